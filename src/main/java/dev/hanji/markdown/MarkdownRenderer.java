package dev.hanji.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.Escaping;
import dev.hanji.diagnostics.Diagnostics;
import dev.hanji.files.SitePaths;
import dev.hanji.notion.NotionMarkdown;
import dev.hanji.notion.Repaired;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jsoup.nodes.Element;

/**
 * The Markdown stage: CommonMark + GFM (tables, strikethrough, task lists, autolinks), footnotes,
 * admonitions, definition lists; heading ids that keep Hangul; build-time code highlighting; links to
 * {@code .md} files turned into page URLs; raw HTML sanitised. One instance serves every page and
 * every thread. Bodies first pass through {@link NotionMarkdown#repair}, so notes exported from Notion
 * (multi-line table cells, toggles) render as their authors meant.
 */
public final class MarkdownRenderer {
  /** Heading ids GitHub-style: spaces become '-', '-' and '_' stay, other punctuation goes, Hangul stays. */
  private static final String ID_TO_DASH = " ";
  private static final String ID_KEPT = "-_";
  private final Parser parser;
  private final HtmlRenderer renderer;
  private final HtmlSanitizer sanitizer = new HtmlSanitizer();

  /** A renderer that hands fenced blocks of the embedders' kinds to them. */
  public MarkdownRenderer(List<BlockEmbedder> embedders) {
    Map<String, BlockEmbedder> byKind = new TreeMap<>();
    embedders.forEach(embedder -> byKind.put(embedder.kind(), embedder));
    MutableDataSet options = new MutableDataSet()
        // Flexmark lets the last registered renderer of a node type win: GfmRendering comes after the extensions
        // whose nodes it renders (tables), and PageRendering last.
        .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
            TaskListExtension.create(), new GfmAutolinks(), FootnoteExtension.create(),
            new Admonitions(), new Callouts(), DefinitionExtension.create(), new GfmEmphasis(),
            new GfmInlineParsing(), new WikiLinks(), new ObsidianTags(),
            new GfmRendering(),
            new PageRendering(byKind, new CodeHighlighter())))
        .set(TablesExtension.COLUMN_SPANS, false)
        .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
        .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
        .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
        .set(HtmlRenderer.GENERATE_HEADER_ID, true)
        .set(HtmlRenderer.RENDER_HEADER_ID, true)
        .set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true)
        .set(HtmlRenderer.HEADER_ID_GENERATOR_TO_DASH_CHARS, ID_TO_DASH)
        .set(HtmlRenderer.HEADER_ID_GENERATOR_NON_DASH_CHARS, ID_KEPT)
        .set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, false)
        .set(HtmlRenderer.HEADER_ID_GENERATOR_NON_ASCII_TO_LOWERCASE, true)
        .set(HtmlRenderer.FENCED_CODE_NO_LANGUAGE_CLASS, "language-text")
        .set(HtmlRenderer.SOFT_BREAK, "\n")
        // GitHub's task-list checkbox: a plain space after it (Flexmark's default adds &nbsp; and readonly).
        .set(TaskListExtension.ITEM_DONE_MARKER,
            "<input type=\"checkbox\" class=\"task-list-item-checkbox\" checked=\"checked\" disabled=\"disabled\" /> ")
        .set(TaskListExtension.ITEM_NOT_DONE_MARKER,
            "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\" /> ")
        .set(FootnoteExtension.FOOTNOTE_REF_PREFIX, "")
        .set(FootnoteExtension.FOOTNOTE_BACK_REF_STRING, "↩");
    // Flexmark computes these defaults (the SVG icons are read from its jar) for every parsed document
    // unless they are set: about half the CPU time of a parse (1.15 -> 0.6 ms per page). Setting them to
    // the same defaults once keeps the output.
    MutableDataSet defaults = new MutableDataSet();
    options.set(AdmonitionExtension.QUALIFIER_TYPE_MAP, AdmonitionExtension.QUALIFIER_TYPE_MAP.get(defaults))
        .set(AdmonitionExtension.QUALIFIER_TITLE_MAP, AdmonitionExtension.QUALIFIER_TITLE_MAP.get(defaults))
        .set(AdmonitionExtension.TYPE_SVG_MAP, AdmonitionExtension.TYPE_SVG_MAP.get(defaults));
    this.parser = Parser.builder(options).build();
    this.renderer = HtmlRenderer.builder(options).build();
  }

  /** The id a heading with this text gets in a page body (before duplicates are numbered). */
  static String headingId(String text) {
    return HeaderIdGenerator.generateId(text, ID_TO_DASH, ID_KEPT, false, true);
  }

  /**
   * Parses a page body. When the body starts with a level-1 heading, that heading becomes the page's
   * title and leaves the body (the template prints the title).
   */
  public ParsedMarkdown parse(String body) {
    return parse(body, null);
  }

  /**
   * Parses a page body whose front matter may set a title. The leading level-1 heading becomes the title and leaves
   * the body only when it says the same as that title, or there is none; a heading that says something else stays
   * in the body, so its text is not lost.
   *
   * @param frontMatterTitle the title the front matter sets, or null
   */
  public ParsedMarkdown parse(String body, String frontMatterTitle) {
    return DeepStack.call(() -> parseHere(body, frontMatterTitle))
        .orElseGet(() -> new ParsedMarkdown(parser.parse(""), Optional.empty(), true, List.of()));
  }

  private ParsedMarkdown parseHere(String body, String frontMatterTitle) {
    Repaired repaired = NotionMarkdown.repair(body);
    Document document = parser.parse(repaired.text());
    document.set(SourcePosition.REPAIRED, repaired);
    Node first = document.getFirstChild();
    String title = null;
    if (first instanceof Heading heading && heading.getLevel() == 1) {
      String text = plainText(heading).strip();
      if (frontMatterTitle == null || frontMatterTitle.strip().equals(text)) {
        title = text;
        heading.unlink();
      }
    }
    return new ParsedMarkdown(document, Optional.ofNullable(title).filter(t -> !t.isEmpty()), false,
        tagsOf(document));
  }

  /** The Obsidian tags of a body, each once, in the order written. */
  private static List<String> tagsOf(Document document) {
    Set<String> tags = new LinkedHashSet<>();
    for (Node node : document.getDescendants()) {
      if (node instanceof ObsidianTags.Tag tag) {
        tags.add(tag.name());
      }
    }
    return List.copyOf(tags);
  }

  /** A heading's text as a reader sees it: escapes and entities resolved, except inside code spans. */
  private static String plainText(Heading heading) {
    StringBuilder text = new StringBuilder();
    for (Node node : heading.getDescendants()) {
      if (node instanceof Text && node.getParent() instanceof Code) {
        text.append(node.getChars());
      } else if (node instanceof Text || node instanceof HtmlEntity) {
        text.append(Escaping.unescapeString(node.getChars().toString()));
      } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
        text.append(' ');
      }
    }
    return text.toString();
  }

  /** Renders a parsed page body to sanitised HTML, reporting bad links, embeds and unsafe HTML. */
  public RenderedMarkdown render(ParsedMarkdown parsed, PageContext page, Diagnostics diagnostics) {
    return render(parsed, page, diagnostics, body -> { });
  }

  /**
   * Like {@link #render(ParsedMarkdown, PageContext, Diagnostics)}, handing {@code bodyReader} the sanitised tree the
   * HTML is printed from (the {@code <body>} element holding it), so that later stages read the body without parsing
   * its HTML again. It is not called for a page too complex to render, whose HTML is empty.
   */
  public RenderedMarkdown render(ParsedMarkdown parsed, PageContext page, Diagnostics diagnostics,
                                 Consumer<Element> bodyReader) {
    Optional<RenderedMarkdown> rendered = parsed.tooComplex() ? Optional.empty()
        : DeepStack.call(() -> renderHere(parsed, page, diagnostics, bodyReader));
    if (rendered.isPresent()) {
      return rendered.get();
    }
    diagnostics.error(page.displayPath(), page.bodyLine(), 1,
        "the page is too deeply nested for the Markdown parser (or an unclosed '<!--', tag or bracket runs on"
            + " over a very long line)",
        "nest lists and quotes less deeply, close HTML comments and tags, or split the page");
    return new RenderedMarkdown("", List.of(), List.of(), Set.of(), List.of());
  }

  private RenderedMarkdown renderHere(ParsedMarkdown parsed, PageContext page, Diagnostics diagnostics,
                                      Consumer<Element> bodyReader) {
    Document document = parsed.document();
    RenderState state = new RenderState(page, diagnostics);
    inspect(document, state);
    document.set(RenderState.KEY, state);
    String dirty = renderer.render(document);
    org.jsoup.nodes.Document clean = sanitizer.clean(dirty);
    insertEmbeds(clean, state.embedHtml());
    sizeImages(clean, page);
    List<RenderedMarkdown.Heading> headings = new ArrayList<>();
    for (Element heading : clean.select("h1, h2, h3, h4, h5, h6")) {
      headings.add(new RenderedMarkdown.Heading(heading.normalName().charAt(1) - '0', heading.id(), heading.text()));
    }
    bodyReader.accept(clean.body());
    return new RenderedMarkdown(clean.body().html(), headings, state.anchors(), state.embedKinds(), state.links());
  }

  /**
   * One walk over the tree before rendering: warns about unsafe raw HTML (its links are rewritten and recorded as it
   * is rendered: RawHtmlLinks), and records {@code [text]()}, which Flexmark asks no link resolver about, so that
   * the checker reports it at its line.
   */
  private void inspect(Document document, RenderState state) {
    int bodyLine = state.page().bodyLine();
    for (Node node : document.getDescendants()) {
      if (node instanceof HtmlBlock || node instanceof HtmlInline) {
        String raw = node.getChars().toString();
        warnAboutUnsafeHtml(raw, GfmTagFilter.filter(raw), SourcePosition.of(node, bodyLine), state);
      } else if (node instanceof Link link && link.getUrl().isBlank()) {
        SourcePosition at = SourcePosition.of(node, bodyLine);
        state.addLink(at.line(), at.column(), "", "");
      }
    }
  }

  private void warnAboutUnsafeHtml(String raw, String filtered, SourcePosition at, RenderState state) {
    List<String> problems = new ArrayList<>();
    Set<String> shownAsText = GfmTagFilter.disallowedTags(raw);
    if (!shownAsText.isEmpty()) {
      problems.add("raw HTML shown as text: " + String.join(", ", shownAsText));
    }
    Set<String> removed = new LinkedHashSet<>(sanitizer.unsafeParts(filtered));
    if (!removed.isEmpty()) {
      problems.add("unsafe raw HTML removed: " + String.join(", ", removed));
    }
    if (!problems.isEmpty()) {
      PageContext page = state.page();
      state.diagnostics().warning(page.displayPath(), at.line(), at.column(), String.join("; ", problems),
          "use Markdown, or only safe tags such as <details>, <summary>, <kbd>");
    }
  }

  /** Gives local images without a size their intrinsic one, so the page does not shift as they load. */
  private static void sizeImages(org.jsoup.nodes.Document clean, PageContext page) {
    String folder = page.url().endsWith("/") ? page.url().substring(0, page.url().length() - 1) : page.url();
    for (Element image : clean.select("img[src]:not([width]):not([height])")) {
      String src = image.attr("src").replaceFirst("[?#].*$", "");
      if (src.isEmpty() || src.startsWith("/") || SitePaths.isExternal(src)) {
        continue;
      }
      String sitePath = SitePaths.resolve(folder, SitePaths.decode(src));
      if (sitePath != null) {
        page.imageSizes().apply(sitePath).ifPresent(size -> image.attr("width", String.valueOf(size.width()))
            .attr("height", String.valueOf(size.height())));
      }
    }
  }

  private static void insertEmbeds(org.jsoup.nodes.Document clean, List<String> embedHtml) {
    for (Element placeholder : clean.select(HtmlSanitizer.EMBED_TAG)) {
      String ref = placeholder.attr("data-ref");
      int index = ref.matches("\\d{1,6}") ? Integer.parseInt(ref) : -1;
      if (index >= 0 && index < embedHtml.size()) {
        placeholder.before(embedHtml.get(index));
      }
      placeholder.remove();
    }
  }
}
