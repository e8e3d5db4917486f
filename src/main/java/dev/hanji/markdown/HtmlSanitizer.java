package dev.hanji.markdown;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Keeps the HTML of a page body to what Markdown produces plus safe raw HTML ({@code <details>},
 * {@code <summary>}, {@code <kbd>} ...): scripts, event handlers, {@code style}, frames and
 * {@code javascript:}, {@code vbscript:} and (outside images) {@code data:} links are removed; links with
 * any other scheme stay as written. Built on jsoup's {@link Safelist} and {@link Cleaner}.
 */
final class HtmlSanitizer {
  /** Base URI used only so that jsoup can judge relative links; it never reaches the output. */
  static final String BASE = "https://hanji.invalid/";
  /** Placeholder element for generated blocks, swapped for their HTML after cleaning. */
  static final String EMBED_TAG = "hanji-embed";

  private final Safelist safelist = new LinkSafelist(Safelist.relaxed()
      // Links keep any scheme as written (kafka://, irc://); LinkSafelist removes only the unsafe ones.
      .removeProtocols("a", "href", "ftp", "http", "https", "mailto")
      .removeProtocols("img", "src", "http", "https"))
      .addTags("details", "summary", "aside", "del", "s", "hr", "kbd", "mark", "abbr", "figure", "figcaption",
          "section", "input", "samp", "var", "time", EMBED_TAG)
      .addAttributes(":all", "id", "class", "title", "lang", "dir")
      .addAttributes("details", "open")
      .addAttributes("th", "align")
      .addAttributes("td", "align")
      .addAttributes("ol", "start", "type")
      .addAttributes("input", "type", "checked", "disabled")
      .addAttributes("img", "loading", "decoding")
      .addAttributes(EMBED_TAG, "data-ref")
      .addEnforcedAttribute("input", "disabled", "disabled")
      .preserveRelativeLinks(true);

  /** A cleaned copy of a body fragment, as a document whose body holds the fragment. */
  Document clean(String bodyHtml) {
    Document dirty = namedAnchorsAsIds(Jsoup.parseBodyFragment(bodyHtml, BASE));
    Document clean = new Cleaner(safelist).clean(dirty);
    clean.outputSettings().prettyPrint(false);
    return clean;
  }

  /** What cleaning would remove from a chunk of raw HTML, one phrase each ({@code <script>}, {@code onerror=}). */
  List<String> unsafeParts(String rawHtml) {
    List<String> found = new ArrayList<>();
    Document fragment = namedAnchorsAsIds(Jsoup.parseBodyFragment(rawHtml, BASE));
    for (Element element : fragment.body().getAllElements()) {
      if (element == fragment.body()) {
        continue;
      }
      String tag = element.normalName();
      if (tag.equals(EMBED_TAG) || !safelist.isSafeTag(tag)) {
        found.add("<" + tag + ">");
        continue;
      }
      for (Attribute attribute : element.attributes()) {
        if (!safelist.isSafeAttribute(tag, element, attribute)) {
          found.add(attribute.getKey() + "=");
        }
      }
    }
    return found;
  }

  /**
   * {@code <a name="intro">}, the old way to mark a place that notes still use (GitHub keeps it), becomes
   * {@code <a id="intro">}: the same target for {@code #intro}, and valid HTML.
   */
  private static Document namedAnchorsAsIds(Document fragment) {
    for (Element anchor : fragment.select("a[name]")) {
      if (!anchor.hasAttr("id")) {
        anchor.id(anchor.attr("name"));
      }
      anchor.removeAttr("name");
    }
    return fragment;
  }

  /** Whether a link is one the sanitiser removes: a script scheme, or {@code data:} outside an image. */
  static boolean isUnsafeLink(String tag, String attribute, String value) {
    String scheme = schemeOf(value);
    boolean imageData = tag.equals("img") && attribute.equals("src") && scheme.equals("data");
    return scheme.equals("javascript") || scheme.equals("vbscript") || (scheme.equals("data") && !imageData);
  }

  /** A link's scheme in lower case, as browsers read it (ignoring white space and controls), or "". */
  private static String schemeOf(String link) {
    StringBuilder scheme = new StringBuilder();
    for (int i = 0; i < link.length(); i++) {
      char c = link.charAt(i);
      if (c == ':') {
        return scheme.toString();
      }
      if (Character.isLetterOrDigit(c) || c == '+' || c == '.' || c == '-') {
        scheme.append(Character.toLowerCase(c));
      } else if (c > ' ') {
        return "";
      }
    }
    return "";
  }

  /** jsoup's relaxed safelist, with links of every scheme but the unsafe ones. */
  private static final class LinkSafelist extends Safelist {
    LinkSafelist(Safelist base) {
      super(base);
    }

    @Override
    public boolean isSafeAttribute(String tagName, Element element, Attribute attribute) {
      String key = attribute.getKey();
      boolean link = key.equals("href") || key.equals("src") || key.equals("cite");
      return super.isSafeAttribute(tagName, element, attribute)
          && !(link && isUnsafeLink(tagName, key, attribute.getValue()));
    }
  }
}
