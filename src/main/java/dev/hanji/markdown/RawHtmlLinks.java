package dev.hanji.markdown;

import com.vladsch.flexmark.util.ast.Node;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * The {@code src} and {@code href} values of raw HTML ({@code <img src="../img/box.png">}, {@code <figure>},
 * {@code <a href="other.md">}) rewritten like Markdown links, so that they still point at their files from the
 * page's pretty URL, and recorded for the link checker. The HTML stays as written otherwise: an inline tag may
 * be half an element ({@code <a href="x.md">} now, {@code </a>} later), so it is edited in place, not re-parsed.
 */
final class RawHtmlLinks {
  private static final Pattern LINK_ATTRIBUTE = Pattern.compile(
      "(?i)(\\s(?:src|href)\\s*=\\s*)(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+))");

  private RawHtmlLinks() {
  }

  /** A raw HTML node's text with every local link rewritten ({@code node} places them for diagnostics). */
  static String rewrite(String raw, Node node, RenderState state) {
    Matcher attribute = LINK_ATTRIBUTE.matcher(raw);
    if (!attribute.find()) {
      return raw;
    }
    SourcePosition at = SourcePosition.of(node, state.page().bodyLine());
    StringBuilder out = new StringBuilder(raw.length() + 16);
    do {
      String value = attribute.group(2) != null ? attribute.group(2)
          : attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
      String written = Parser.unescapeEntities(value, true).strip();
      String resolved = LinkRewriter.rewrite(state, at, written);
      state.addLink(at.line(), at.column(), written, resolved);
      attribute.appendReplacement(out, Matcher.quoteReplacement(
          attribute.group(1) + "\"" + Entities.escape(resolved) + "\""));
    } while (attribute.find());
    attribute.appendTail(out);
    return out.toString();
  }
}
