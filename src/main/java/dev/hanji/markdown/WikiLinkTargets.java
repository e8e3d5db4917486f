package dev.hanji.markdown;

import com.vladsch.flexmark.html.HtmlWriter;
import dev.hanji.files.SitePaths;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Finds what a {@link WikiLinks.WikiLink} names, the way Obsidian does: by file name anywhere in the language's
 * folder, ignoring case, {@code .md} implied; a partial path ({@code [[kafka/설정]]}) narrows the choice; among
 * several files of one name, the one in the page's folder, else the shallowest, else the first by path. Writes the
 * link, image or, when nothing matches, the text with the link recorded as broken for the link checker.
 */
final class WikiLinkTargets {
  private static final Set<String> IMAGE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp", "avif",
      "bmp");
  private static final Pattern SIZE = Pattern.compile("(\\d{1,5})(?:x(\\d{1,5}))?");

  private WikiLinkTargets() {
  }

  /** Writes the link or embed into the page. */
  static void render(WikiLinks.WikiLink link, RenderState state, HtmlWriter html) {
    SourcePosition at = SourcePosition.of(link, state.page().bodyLine());
    String written = link.getChars().toString();
    Optional<String> href = href(link, state, at);
    if (href.isEmpty()) {
      state.addLink(at.line(), at.column(), written, "");
      html.raw("<span class=\"wiki-link wiki-link-missing\">" + Entities.escape(link.shownText()) + "</span>");
      return;
    }
    state.addLink(at.line(), at.column(), written, href.get());
    if (link.embed() && isImage(link.target())) {
      html.raw(image(link, href.get()));
    } else {
      String kind = link.embed() ? "wiki-link wiki-embed" : "wiki-link";
      html.raw("<a class=\"" + kind + "\" href=\"" + Entities.escape(href.get()) + "\">"
          + Entities.escape(link.embed() && link.label().isEmpty() ? link.target() : link.shownText()) + "</a>");
    }
  }

  /** The link to write, relative to the page; empty (and the problem flagged) when nothing matches. */
  private static Optional<String> href(WikiLinks.WikiLink link, RenderState state, SourcePosition at) {
    PageContext page = state.page();
    String fragment = fragmentOf(link.heading());
    if (link.target().isEmpty()) {
      addAnchor(state, at, page.url(), fragment, link);
      return Optional.of("#" + fragment);
    }
    String lower = link.target().toLowerCase(Locale.ROOT);
    Optional<String> path = bestMatch(page, lower.endsWith(".md") ? link.target() : link.target() + ".md");
    boolean note = path.isPresent() || !hasExtension(link.target());
    if (path.isEmpty() && !note) {
      path = bestMatch(page, link.target());
    }
    if (path.isEmpty()) {
      String fileName = note && !lower.endsWith(".md") ? link.target() + ".md" : link.target();
      state.flagLink("wiki link to missing " + (note ? "page" : "file") + " '" + link.getChars() + "'",
          "create " + lastSegment(fileName) + " anywhere in content/" + page.lang() + " or correct the name");
      return Optional.empty();
    }
    if (!note) {
      return Optional.of(SitePaths.relative(page.url(), page.langPrefix() + path.get()));
    }
    String url = page.pages().urlOf(page.lang(), path.get()).orElseThrow(); // pathsNamed lists built pages
    addAnchor(state, at, url, fragment, link);
    return Optional.of(SitePaths.relative(page.url(), url + (fragment.isEmpty() ? "" : "#" + fragment)));
  }

  private static void addAnchor(RenderState state, SourcePosition at, String url, String fragment,
                                WikiLinks.WikiLink link) {
    if (!fragment.isEmpty()) {
      state.addAnchor(new RenderedMarkdown.AnchorLink(at.line(), at.column(), url, fragment,
          link.getChars().toString()));
    }
  }

  /** A heading's id; an Obsidian block reference ({@code #^id}) names no heading, so the link goes to the page. */
  private static String fragmentOf(String heading) {
    return heading.isEmpty() || heading.startsWith("^") ? "" : MarkdownRenderer.headingId(heading);
  }

  private static Optional<String> bestMatch(PageContext page, String written) {
    String wanted = written.toLowerCase(Locale.ROOT);
    String folder = page.folder();
    return page.pages().pathsNamed(page.lang(), lastSegment(written)).stream()
        .filter(path -> path.toLowerCase(Locale.ROOT).equals(wanted)
            || path.toLowerCase(Locale.ROOT).endsWith("/" + wanted))
        .min(Comparator.comparing((String path) -> !parentOf(path).equals(folder))
            .thenComparing(path -> path.split("/").length)
            .thenComparing(Comparator.naturalOrder()));
  }

  private static String image(WikiLinks.WikiLink link, String src) {
    Matcher size = SIZE.matcher(link.label());
    boolean sized = size.matches();
    String alt = sized || link.label().isEmpty() ? lastSegment(link.target()) : link.label();
    StringBuilder img = new StringBuilder("<img src=\"").append(Entities.escape(src)).append("\" alt=\"")
        .append(Entities.escape(alt)).append('"');
    if (sized) {
      img.append(" width=\"").append(size.group(1)).append('"');
      if (size.group(2) != null) {
        img.append(" height=\"").append(size.group(2)).append('"');
      }
    }
    return img.append(">").toString();
  }

  private static boolean isImage(String target) {
    return IMAGE_EXTENSIONS.contains(extension(target));
  }

  private static boolean hasExtension(String target) {
    return !extension(target).isEmpty() && extension(target).matches("[a-z0-9]{1,5}");
  }

  private static String extension(String target) {
    String name = lastSegment(target);
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String lastSegment(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static String parentOf(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }
}
