package dev.hanji.markdown;

import dev.hanji.files.SitePaths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Brings spec HTML and Hanji's HTML to one canonical form, so that they can be compared as DOMs. It undoes only
 * what Hanji adds on purpose to every page: heading ids, the classes of code blocks and task lists, syntax
 * highlighting spans, the rewriting of local links relative to the page, and the serialisation details of the
 * sanitiser (attribute order and quoting, boolean attribute values). White space between blocks, and runs of
 * white space in text outside {@code <pre>} and {@code <code>}, are insignificant, as in the spec's own
 * normaliser. Whatever Hanji removes or changes is left for the comparison to find.
 */
final class SpecHtml {
  private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "dd",
      "details", "div", "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
      "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
      "thead", "tr", "ul");
  private static final Set<String> BOOLEAN_ATTRIBUTES = Set.of("checked", "disabled");
  /** Classes Hanji's renderer adds: code blocks ({@code code}, {@code language-*}), task lists, highlighting. */
  private static final Pattern ADDED_CLASS = Pattern.compile("code|language-.*|task-list-item(-checkbox)?");
  private static final Pattern WHITE_SPACE = Pattern.compile("[ \\t\\n\\r\\f]+");

  private SpecHtml() {
  }

  /** A body fragment parsed as jsoup reads it, before normalising. */
  static Document parse(String html) {
    Document document = Jsoup.parseBodyFragment(html);
    document.outputSettings().prettyPrint(false);
    return document;
  }

  /** The canonical text of a normalised body: equal texts mean equal DOMs up to the documented additions. */
  static String canonical(Document document) {
    Element body = document.body();
    removeInvisibleNodes(body);
    unwrapHighlighting(body);
    body.getAllElements().forEach(SpecHtml::normaliseAttributes);
    StringBuilder out = new StringBuilder();
    appendChildren(body, out);
    return out.toString();
  }

  /** Comments, processing instructions, declarations and script data show nothing; the sanitiser drops them. */
  private static void removeInvisibleNodes(Element body) {
    List<Node> invisible = new ArrayList<>();
    body.traverse((node, depth) -> {
      if (!(node instanceof Element || node instanceof TextNode)) {
        invisible.add(node);
      }
    });
    invisible.forEach(Node::remove);
    mergeAdjacentText(body);
  }

  /** Text split only by a removed node is one run of text, for the white-space rules. */
  private static void mergeAdjacentText(Element body) {
    for (TextNode text : body.textNodes()) {
      mergeAdjacentText(text);
    }
    body.children().forEach(SpecHtml::mergeAdjacentText);
  }

  private static void mergeAdjacentText(TextNode text) {
    while (text.nextSibling() instanceof TextNode next) {
      text.text(text.getWholeText() + next.getWholeText());
      next.remove();
    }
  }

  private static void unwrapHighlighting(Element body) {
    body.select("pre > code span.token").forEach(Element::unwrap);
  }

  private static void normaliseAttributes(Element element) {
    String tag = element.normalName();
    if (tag.matches("h[1-6]")) {
      element.removeAttr("id");
    }
    List<String> classes = new ArrayList<>(element.classNames());
    classes.removeIf(name -> ADDED_CLASS.matcher(name).matches());
    if (classes.isEmpty()) {
      element.removeAttr("class");
    } else {
      element.attr("class", String.join(" ", classes));
    }
    for (String linkAttribute : List.of("href", "src")) {
      if (element.hasAttr(linkAttribute)) {
        element.attr(linkAttribute, canonicalLink(element.attr(linkAttribute)));
      }
    }
    BOOLEAN_ATTRIBUTES.stream().filter(element::hasAttr).forEach(name -> element.attr(name, ""));
  }

  /**
   * A local link as the page at the site root resolves it (Hanji writes every local link relative to its page):
   * decoded, without a leading {@code /} or {@code ./}. Links with a scheme and fragment-only links stay.
   */
  static String canonicalLink(String link) {
    if (link.isEmpty() || link.startsWith("#") || SitePaths.isExternal(link)) {
      return link;
    }
    int hash = link.indexOf('#');
    String path = hash < 0 ? link : link.substring(0, hash);
    String fragment = hash < 0 ? "" : link.substring(hash);
    String resolved = SitePaths.resolve("", SitePaths.decode(path));
    return resolved == null ? link : resolved + fragment;
  }

  private static void appendChildren(Element parent, StringBuilder out) {
    for (Node child : parent.childNodes()) {
      if (child instanceof Element element) {
        appendElement(element, out);
      } else if (child instanceof TextNode text) {
        out.append(Entities.escape(textOf(text)));
      }
    }
  }

  private static void appendElement(Element element, StringBuilder out) {
    out.append('<').append(element.normalName());
    element.attributes().asList().stream().sorted(Comparator.comparing(Attribute::getKey))
        .forEach(a -> out.append(' ').append(a.getKey()).append("=\"").append(Entities.escape(a.getValue()))
            .append('"'));
    out.append('>');
    appendChildren(element, out);
    out.append("</").append(element.normalName()).append('>');
  }

  /** A text node's text, with insignificant white space removed. */
  private static String textOf(TextNode text) {
    String value = text.getWholeText();
    if (insidePreformatted(text)) {
      return value;
    }
    value = WHITE_SPACE.matcher(value).replaceAll(" ");
    if (startsAfterBlockBoundary(text)) {
      value = value.stripLeading();
    }
    if (endsBeforeBlockBoundary(text)) {
      value = value.stripTrailing();
    }
    return value;
  }

  private static boolean insidePreformatted(Node node) {
    for (Element parent = node.parent() instanceof Element e ? e : null; parent != null; parent = parent.parent()) {
      if (parent.normalName().equals("pre") || parent.normalName().equals("code")) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsAfterBlockBoundary(TextNode text) {
    Node previous = text.previousSibling();
    if (previous == null) {
      return isBlock(text.parent());
    }
    return isBlock(previous) || previous instanceof Element e && e.normalName().equals("br");
  }

  private static boolean endsBeforeBlockBoundary(TextNode text) {
    Node next = text.nextSibling();
    return next == null ? isBlock(text.parent()) : isBlock(next);
  }

  private static boolean isBlock(Node node) {
    return node instanceof Element element && BLOCKS.contains(element.normalName());
  }
}
