package dev.hanji.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads what the link checker needs of printed pages, reading each distinct line of the page chrome once. The
 * sidebar, header and footer repeat, line for line, on every page of a section: most of a page is chrome, so most
 * of the parsing was the same lines again. The chrome is read line by line (a line ending a tag and followed by one
 * starts a new part) and what each line holds is remembered; the Markdown body, different on every page, is read
 * whole. The result equals {@link LinkChecker.PageFacts#of(byte[])} of the whole page: the facts are attributes and
 * text of single elements, and no element, attribute or text that matters spans two such parts.
 */
public final class PageFactsReader {
  /** Lines remembered at most (a few MB); then forgotten all at once, which costs one reading of each again. */
  private static final int MAX_REMEMBERED = 20_000;
  /** Markup that may hold a line break before a tag. */
  private static final List<String> SPANNING_MARKUP = List.of("<!--", "<![", "<?");
  private final Map<String, LinkChecker.PageFacts> lines = new ConcurrentHashMap<>();

  /**
   * The facts of one printed page.
   *
   * @param html the page
   * @param body the Markdown body as printed in it, read whole; empty when the page has none
   */
  public LinkChecker.PageFacts read(byte[] html, String body) {
    return read(new String(html, StandardCharsets.UTF_8), body, null);
  }

  /**
   * The facts of one printed page whose body's facts may be known already ({@link LinkChecker.PageFacts#of(
   * org.jsoup.nodes.Element)} of the tree it was printed from): then only the chrome is read.
   *
   * @param page      the page
   * @param body      the Markdown body as printed in it; empty when the page has none
   * @param bodyFacts the facts of {@code body}, or null to read them from {@code body}
   */
  public LinkChecker.PageFacts read(String page, String body, LinkChecker.PageFacts bodyFacts) {
    int at = body.isEmpty() ? -1 : page.indexOf(body);
    List<LinkChecker.PageFacts> parts = new ArrayList<>();
    if (at < 0) {
      readChrome(page, 0, page.length(), parts);
    } else {
      readChrome(page, 0, at, parts);
      parts.add(bodyFacts != null ? bodyFacts : LinkChecker.PageFacts.of(body));
      readChrome(page, at + body.length(), page.length(), parts);
    }
    return LinkChecker.PageFacts.join(parts);
  }

  /**
   * Reads the chrome between {@code from} and {@code to}. Comments, CDATA and processing instructions may hold line
   * breaks before tags: such chrome is read whole.
   */
  private void readChrome(String page, int from, int to, List<LinkChecker.PageFacts> parts) {
    if (holdsMarkupSpanningLines(page, from, to)) {
      parts.add(LinkChecker.PageFacts.of(page.substring(from, to)));
      return;
    }
    int start = from;
    for (int end = page.indexOf('\n', from); end >= 0 && end < to; end = page.indexOf('\n', end + 1)) {
      if (endsWithTag(page, start, end) && startsWithTag(page, end + 1, to)) {
        parts.add(line(page.substring(start, end)));
        start = end + 1;
      }
    }
    if (start < to) {
      parts.add(line(page.substring(start, to)));
    }
  }

  /** Whether {@code <!--}, {@code <![} or {@code <?} occurs between {@code from} and {@code to}. */
  private static boolean holdsMarkupSpanningLines(String page, int from, int to) {
    for (String marker : SPANNING_MARKUP) {
      int found = page.indexOf(marker, from);
      if (found >= 0 && found + marker.length() <= to) {
        return true;
      }
    }
    return false;
  }

  private LinkChecker.PageFacts line(String line) {
    LinkChecker.PageFacts known = lines.get(line);
    if (known != null) {
      return known;
    }
    LinkChecker.PageFacts facts = LinkChecker.PageFacts.of(line);
    if (lines.size() >= MAX_REMEMBERED) {
      lines.clear();
    }
    lines.put(line, facts);
    return facts;
  }

  private static boolean endsWithTag(String text, int start, int end) {
    int last = end - 1;
    while (last >= start && Character.isWhitespace(text.charAt(last))) {
      last--;
    }
    return last >= start && text.charAt(last) == '>';
  }

  private static boolean startsWithTag(String text, int from, int to) {
    int first = from;
    while (first < to && Character.isWhitespace(text.charAt(first))) {
      first++;
    }
    return first == to || text.charAt(first) == '<';
  }
}
