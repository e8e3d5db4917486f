package dev.hanji.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.DoNotLinkDecorate;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GitHub's extended autolinks, as the GFM spec defines them: {@code www.}, {@code http://}, {@code https://} and
 * {@code ftp://} addresses and e-mail addresses in text become links. Replaces Flexmark's autolink extension, whose
 * link finder follows other rules: it links any scheme ({@code PLAINTEXT://:9092}), stops at the first unmatched
 * {@code )}, and loses the text of a link followed by an entity ({@code https://x.org/?a=1&amp;} became an empty
 * {@code <a href="">}).
 */
final class GfmAutolinks implements Parser.ParserExtension {
  private static final Pattern TRAILING_ENTITY = Pattern.compile("&[A-Za-z0-9]+;$");
  private static final String TRAILING_PUNCTUATION = "?!.,:*_~";
  private static final String DELIMITERS_BEFORE = "*_~(";

  @Override
  public void parserOptions(MutableDataHolder options) {
  }

  @Override
  public void extend(Parser.Builder builder) {
    builder.postProcessorFactory(new Factory());
  }

  /** Where a link starts and ends in a text node, and whether it is an e-mail address. */
  record Span(int start, int end, boolean email) {
  }

  /** The links GFM finds in a run of text; {@code before} is the character in front of it, or a space. */
  static List<Span> find(CharSequence text, char before) {
    List<Span> spans = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char previous = i == 0 ? before : text.charAt(i - 1);
      int end = startsAtBoundary(previous) ? webLinkEnd(text, i) : -1;
      if (end > i) {
        spans.add(new Span(i, end, false));
        i = end;
      } else {
        i++;
      }
    }
    addEmailLinks(text, spans);
    spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return spans;
  }

  private static boolean startsAtBoundary(char previous) {
    return Character.isWhitespace(previous) || DELIMITERS_BEFORE.indexOf(previous) >= 0;
  }

  /** The end of a web link starting at {@code start}, or -1 when none starts there. */
  private static int webLinkEnd(CharSequence text, int start) {
    char first = text.charAt(start);
    if ("wWhHfF".indexOf(first) < 0) { // as most words do not start a link, decided before copying any text
      return -1;
    }
    String head = text.subSequence(start, Math.min(text.length(), start + 8)).toString().toLowerCase(Locale.ROOT);
    int domainStart;
    int addressStart;
    if (head.startsWith("www.")) {
      domainStart = start;
      addressStart = start + 4;
    } else if (head.startsWith("http://") || head.startsWith("ftp://") || head.startsWith("https://")) {
      domainStart = start + head.indexOf("://") + 3;
      addressStart = domainStart;
    } else {
      return -1;
    }
    int domainEnd = domainEnd(text, domainStart);
    if (!isValidDomain(text.subSequence(domainStart, domainEnd).toString())) {
      return -1;
    }
    int end = domainEnd;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '<') {
      end++;
    }
    end = start + trimmedLength(text.subSequence(start, end).toString());
    return end > addressStart ? end : -1;
  }

  private static int domainEnd(CharSequence text, int from) {
    int end = from;
    while (end < text.length() && (isHostCharacter(text.charAt(end)) || text.charAt(end) == '.')) {
      end++;
    }
    return end;
  }

  private static boolean isHostCharacter(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '_';
  }

  /** Segments of host characters between periods, with no underscore in the last two segments. */
  private static boolean isValidDomain(String domain) {
    String[] segments = domain.replaceAll("\\.+$", "").split("\\.", -1);
    if (segments[0].isEmpty()) {
      return false;
    }
    int lastTwo = Math.max(0, segments.length - 2);
    for (int s = lastTwo; s < segments.length; s++) {
      if (segments[s].contains("_")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The length of a link once GFM's trailing rules are applied until none does: trailing punctuation is not part
   * of it, nor a {@code )} without its {@code (} in the link, nor an entity-like {@code &name;} at the end.
   */
  static int trimmedLength(String link) {
    String trimmed = link;
    while (!trimmed.isEmpty()) {
      char last = trimmed.charAt(trimmed.length() - 1);
      Matcher entity = TRAILING_ENTITY.matcher(trimmed);
      if (TRAILING_PUNCTUATION.indexOf(last) >= 0 || last == ')' && count(trimmed, ')') > count(trimmed, '(')) {
        trimmed = trimmed.substring(0, trimmed.length() - 1);
      } else if (last == ';' && entity.find()) {
        trimmed = trimmed.substring(0, entity.start());
      } else {
        break;
      }
    }
    return trimmed.length();
  }

  private static long count(String text, char c) {
    return text.chars().filter(ch -> ch == c).count();
  }

  /** E-mail links around each {@code @} that no web link covers. */
  private static void addEmailLinks(CharSequence text, List<Span> spans) {
    for (int at = 0; at < text.length(); at++) {
      if (text.charAt(at) != '@' || covered(spans, at)) {
        continue;
      }
      int start = at;
      while (start > 0 && isLocalPartCharacter(text.charAt(start - 1)) && !covered(spans, start - 1)) {
        start--;
      }
      int end = domainEnd(text, at + 1);
      while (end > at + 1 && text.charAt(end - 1) == '.') {
        end--;
      }
      String domain = text.subSequence(at + 1, end).toString();
      char last = end > at + 1 ? text.charAt(end - 1) : '-';
      if (start < at && domain.contains(".") && !domain.contains("..") && last != '-' && last != '_') {
        spans.add(new Span(start, end, true));
        at = end;
      }
    }
  }

  private static boolean isLocalPartCharacter(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || ".-_+".indexOf(c) >= 0);
  }

  private static boolean covered(List<Span> spans, int index) {
    return spans.stream().anyMatch(span -> index >= span.start() && index < span.end());
  }

  /** Splits a text node into text and link nodes. */
  private static final class Linker extends NodePostProcessor {
    @Override
    public void process(NodeTracker state, Node node) {
      if (node.getAncestorOfType(DoNotDecorate.class, DoNotLinkDecorate.class) != null) {
        return;
      }
      BasedSequence chars = node.getChars();
      int offset = chars.getStartOffset();
      char before = offset > 0 ? chars.getBaseSequence().charAt(offset - 1) : ' ';
      List<Span> spans = find(chars, before);
      if (spans.isEmpty()) {
        return;
      }
      int done = 0;
      for (Span span : spans) {
        if (span.start() > done) {
          insertBefore(node, new Text(chars.subSequence(done, span.start())), state);
        }
        insertBefore(node, link(chars.subSequence(span.start(), span.end()), span.email()), state);
        done = span.end();
      }
      if (done < chars.length()) {
        insertBefore(node, new Text(chars.subSequence(done)), state);
      }
      node.unlink();
      state.nodeRemoved(node);
    }

    private static Node link(BasedSequence address, boolean email) {
      Node link;
      if (email) {
        MailLink mail = new MailLink();
        mail.setText(address);
        link = mail;
      } else {
        AutoLink web = new AutoLink();
        web.setText(address);
        web.setUrlChars(address);
        link = web;
      }
      link.appendChild(new Text(address));
      link.setCharsFromContent();
      return link;
    }

    private static void insertBefore(Node node, Node inserted, NodeTracker state) {
      node.insertBefore(inserted);
      state.nodeAddedWithChildren(inserted);
    }
  }

  private static final class Factory extends NodePostProcessorFactory {
    Factory() {
      super(false);
      addNodes(Text.class);
    }

    @Override
    public NodePostProcessor apply(Document document) {
      return new Linker();
    }
  }
}
