package dev.hanji.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import dev.hanji.files.SitePaths;
import dev.hanji.sources.TagNames;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Entities;

/**
 * The Flexmark extension that makes pages Hanji pages: fenced blocks go to embedders or the highlighter,
 * admonitions become {@code <aside>} callouts, and links to Markdown files (in Markdown and in raw HTML)
 * become page URLs.
 */
final class PageRendering implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
  private static final String MERMAID = RenderedMarkdown.MERMAID;

  private final Map<String, BlockEmbedder> embedders;
  private final CodeHighlighter highlighter;

  PageRendering(Map<String, BlockEmbedder> embedders, CodeHighlighter highlighter) {
    this.embedders = embedders;
    this.highlighter = highlighter;
  }

  @Override
  public void parserOptions(MutableDataHolder options) {
  }

  @Override
  public void extend(Parser.Builder builder) {
  }

  @Override
  public void rendererOptions(MutableDataHolder options) {
  }

  @Override
  public void extend(HtmlRenderer.Builder builder, String rendererType) {
    builder.nodeRendererFactory(options -> new BlockRenderer());
    builder.linkResolverFactory(new IndependentLinkResolverFactory() {
      @Override
      public LinkResolver apply(LinkResolverBasicContext context) {
        return new PageLinkResolver();
      }
    });
  }

  private static RenderState stateOf(Node node) {
    return RenderState.KEY.get(node.getDocument());
  }

  /** Renders fenced code blocks and admonitions. */
  private final class BlockRenderer implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
      return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, this::renderFence),
          new NodeRenderingHandler<>(AdmonitionBlock.class, this::renderAdmonition),
          new NodeRenderingHandler<>(Callouts.Callout.class, this::renderCalloutBlock),
          new NodeRenderingHandler<>(ObsidianTags.Tag.class, this::renderTag),
          new NodeRenderingHandler<>(WikiLinks.WikiLink.class,
              (link, context, html) -> WikiLinkTargets.render(link, stateOf(link), html)),
          new NodeRenderingHandler<>(HtmlBlock.class, this::renderRawBlock),
          new NodeRenderingHandler<>(HtmlInline.class, this::renderRawInline),
          new NodeRenderingHandler<>(AutoLink.class, this::renderAutolink));
    }

    /**
     * A bare address found in text ({@code https://a.example/ko\_kr}) means what the text shows once its
     * backslash escapes and entities are read, as on GitHub; Flexmark would keep the backslash in both. An
     * address in angle brackets is CommonMark's own autolink, taken literally, and rendered by Flexmark.
     */
    private void renderAutolink(AutoLink link, NodeRendererContext context, HtmlWriter html) {
      if (!link.getOpeningMarker().isEmpty()) {
        context.delegateRender();
        return;
      }
      String text = link.getText().unescape();
      ResolvedLink resolved = context.resolveLink(LinkType.LINK, text, null);
      html.srcPos(link.getText()).attr("href", resolved.getUrl()).withAttr(resolved)
          .tag("a", false, false, () -> html.text(text));
    }

    /**
     * Raw HTML as written (white space kept), with its local links rewritten and GFM's tagfilter applied
     * ({@code <script>}, {@code <title>} ... shown as text).
     */
    private void renderRawBlock(HtmlBlock block, NodeRendererContext context, HtmlWriter html) {
      html.line();
      if (block.hasChildren()) {
        context.renderChildren(block);
      } else {
        String raw = block.getContentChars().normalizeEOL();
        html.rawPre(GfmTagFilter.filter(RawHtmlLinks.rewrite(raw, block, stateOf(block))));
      }
      html.lineIf(context.getHtmlOptions().htmlBlockCloseTagEol);
    }

    private void renderRawInline(HtmlInline inline, NodeRendererContext context, HtmlWriter html) {
      String raw = inline.getChars().normalizeEOL();
      html.rawPre(GfmTagFilter.filter(RawHtmlLinks.rewrite(raw, inline, stateOf(inline))));
    }

    private void renderFence(FencedCodeBlock block, NodeRendererContext context, HtmlWriter html) {
      String info = block.getInfo().toString().trim();
      String kind = info.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
      BlockEmbedder embedder = embedders.get(kind);
      if (embedder != null) {
        renderEmbed(embedder, block, html);
        return;
      }
      if (kind.equals(MERMAID)) {
        renderDiagram(block, html);
        return;
      }
      String language = highlighter.languageOf(kind);
      String code = block.getContentChars().normalizeEOL();
      // Inside openPre/closePre the writer keeps every space, tab and blank line of the code.
      html.line().raw("<pre class=\"code\"><code class=\"language-")
          .raw(language.isEmpty() ? "text" : language).raw("\">").openPre()
          .raw(highlighter.highlight(code, language)).closePre().raw("</code></pre>").line();
    }

    /**
     * A Mermaid diagram: its source as text inside an element of class {@code mermaid}, which the site's copy of
     * Mermaid draws into on pages that have one (readers without scripts, and search, read the source).
     */
    private void renderDiagram(FencedCodeBlock block, HtmlWriter html) {
      String source = block.getContentChars().normalizeEOL();
      String markup = "<div class=\"mermaid\"><pre class=\"mermaid-source\"><code>" + Entities.escape(source)
          + "</code></pre></div>";
      html.line().raw(stateOf(block).placeholderFor(MERMAID, markup)).line();
    }

    private void renderEmbed(BlockEmbedder embedder, FencedCodeBlock block, HtmlWriter html) {
      RenderState state = stateOf(block);
      SourcePosition at = SourcePosition.of(block, state.page().bodyLine());
      Optional<String> embedded = embedder.embed(block.getContentChars().toString().trim(), state.page(),
          at.line(), state.diagnostics());
      embedded.ifPresent(markup -> html.line().raw(state.placeholderFor(embedder.kind(), markup)).line());
    }

    /** A {@code #태그} in text links to the tag's page. */
    private void renderTag(ObsidianTags.Tag tag, NodeRendererContext context, HtmlWriter html) {
      RenderState state = stateOf(tag);
      PageContext page = state.page();
      SourcePosition at = SourcePosition.of(tag, page.bodyLine());
      String href = SitePaths.relative(page.url(), page.langPrefix() + TagNames.pageUrl(tag.name()));
      state.addLink(at.line(), at.column(), tag.getChars().toString(), href);
      html.attr("class", "tag").attr("href", href).withAttr().tag("a", false, false,
          () -> html.text(tag.getChars().toString()));
    }

    private void renderAdmonition(AdmonitionBlock block, NodeRendererContext context, HtmlWriter html) {
      String kind = block.getInfo().toString().toLowerCase(Locale.ROOT);
      renderCallout(block, kind, block.getTitle().toString().trim(), false, false, context, html);
    }

    private void renderCalloutBlock(Callouts.Callout callout, NodeRendererContext context, HtmlWriter html) {
      renderCallout(callout, callout.type(), callout.title(), callout.foldable(), callout.open(), context, html);
    }

    /**
     * One callout, whichever way it was written: an {@code <aside>} with its title, or, when it folds, a
     * {@code <details>} whose {@code <summary>} is the title. Without a written title, the type's title in the
     * page's language.
     */
    private void renderCallout(Node block, String kind, String writtenTitle, boolean foldable, boolean open,
                               NodeRendererContext context, HtmlWriter html) {
      String title = writtenTitle.isEmpty() ? stateOf(block).page().messages().apply("admonition." + kind)
          : writtenTitle;
      String classes = "admonition admonition-" + Entities.escape(kind);
      if (foldable) {
        html.line().raw("<details class=\"" + classes + "\"" + (open ? " open" : "") + ">").line();
        html.raw("<summary class=\"admonition-title\">" + Entities.escape(title) + "</summary>").line();
      } else {
        html.line().raw("<aside class=\"" + classes + "\">").line();
        html.raw("<p class=\"admonition-title\">" + Entities.escape(title) + "</p>").line();
      }
      context.renderChildren(block);
      html.raw(foldable ? "</details>" : "</aside>").line();
    }
  }

  /** Rewrites links: {@code .md} files to page URLs, root-absolute and relative files to relative links. */
  private static final class PageLinkResolver implements LinkResolver {
    @Override
    public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
      if (node instanceof RefNode reference && !reference.isDefined()) {
        // Flexmark asks resolvers about "[text]" without a definition; CommonMark says it is plain text.
        return link;
      }
      RenderState state = stateOf(node);
      SourcePosition at = SourcePosition.of(node, state.page().bodyLine());
      String url = link.getUrl();
      String resolved = isBareWebAddress(node, url) ? "http://" + url : LinkRewriter.rewrite(state, at, url);
      state.addLink(at.line(), at.column(), url, resolved);
      return resolved.equals(url) ? link : link.withStatus(LinkStatus.VALID).withUrl(resolved);
    }

    /** GFM links a bare {@code www.} address in text to {@code http://}; Flexmark leaves it relative. */
    private static boolean isBareWebAddress(Node node, String url) {
      return node instanceof AutoLink && url.regionMatches(true, 0, "www.", 0, 4);
    }
  }
}
