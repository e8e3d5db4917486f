package dev.hanji.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.util.ReferenceRepository;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.DoNotLinkDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.text.Normalizer;
import java.util.Set;

/**
 * Obsidian's wiki links and embeds: {@code [[파일]]}, {@code [[파일|보이는 글]]}, {@code [[파일#제목]]},
 * {@code [[#제목]]}, {@code ![[그림.png]]}, {@code ![[그림.png|300]]}, {@code ![[노트]]}. Parsed here into
 * {@link WikiLink} nodes; {@link WikiLinkTargets} finds what they name when the page is rendered.
 */
final class WikiLinks implements Parser.ParserExtension {

  @Override
  public void parserOptions(MutableDataHolder options) {
  }

  @Override
  public void extend(Parser.Builder builder) {
    builder.customInlineParserExtensionFactory(new Factory());
  }

  /**
   * One wiki link or embed as written. Its child is the text it shows, so that headings and search read it.
   */
  static final class WikiLink extends Node implements DoNotDecorate, DoNotLinkDecorate {
    private final boolean embed;
    private final String target;
    private final String heading;
    private final String label;

    WikiLink(BasedSequence chars, boolean embed, String target, String heading, String label) {
      super(chars);
      this.embed = embed;
      this.target = target;
      this.heading = heading;
      this.label = label;
    }

    /** Whether it was written {@code ![[...]]}. */
    boolean embed() {
      return embed;
    }

    /** The file named, NFC, without the heading; empty for {@code [[#제목]]}. */
    String target() {
      return target;
    }

    /** The heading after {@code #}, or empty. */
    String heading() {
      return heading;
    }

    /** What follows {@code |}: the text shown, or an image's size; empty when none is written. */
    String label() {
      return label;
    }

    /** The text a reader sees: the label, else the file and heading as Obsidian shows them. */
    String shownText() {
      if (!label.isEmpty()) {
        return label;
      }
      if (target.isEmpty()) {
        return heading;
      }
      return heading.isEmpty() ? target : target + " > " + heading;
    }

    @Override
    public BasedSequence[] getSegments() {
      return EMPTY_SEGMENTS;
    }
  }

  /** Reads {@code [[...]]} and {@code ![[...]]} on one line, with no brackets inside. */
  private static final class Reader implements InlineParserExtension {
    @Override
    public void finalizeDocument(InlineParser inlineParser) {
    }

    @Override
    public void finalizeBlock(InlineParser inlineParser) {
    }

    @Override
    public boolean parse(LightInlineParser parser) {
      boolean embed = parser.peek() == '!';
      int open = embed ? 1 : 0;
      if (parser.peek(open) != '[' || parser.peek(open + 1) != '[') {
        return false;
      }
      BasedSequence input = parser.getInput();
      int start = parser.getIndex();
      int close = input.indexOf("]]", start + open + 2);
      if (close < 0) {
        return false;
      }
      String inside = input.subSequence(start + open + 2, close).toString();
      if (inside.isBlank() || inside.indexOf('[') >= 0 || inside.indexOf(']') >= 0 || inside.indexOf('\n') >= 0
          || isDefinedReference(parser, inside)) {
        return false;
      }
      parser.flushTextNode();
      WikiLink link = linkOf(input.subSequence(start, close + 2), embed, inside);
      link.appendChild(new Text(BasedSequence.of(link.shownText())));
      parser.appendNode(link);
      parser.setIndex(close + 2);
      return true;
    }

    /** A note that defines {@code [label]} means CommonMark's reference link by {@code [[label]]}. */
    private static boolean isDefinedReference(LightInlineParser parser, String label) {
      ReferenceRepository references = Parser.REFERENCES.get(parser.getDocument());
      return references.get(references.normalizeKey(label)) != null;
    }

    private static WikiLink linkOf(BasedSequence chars, boolean embed, String inside) {
      int bar = inside.indexOf('|');
      String address = bar < 0 ? inside : inside.substring(0, bar);
      String label = bar < 0 ? "" : inside.substring(bar + 1).strip();
      int hash = address.indexOf('#');
      String target = hash < 0 ? address : address.substring(0, hash);
      String heading = hash < 0 ? "" : address.substring(hash + 1);
      return new WikiLink(chars, embed, nfc(target), nfc(heading), nfc(label));
    }

    private static String nfc(String text) {
      return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }
  }

  private static final class Factory implements InlineParserExtensionFactory {
    @Override
    public CharSequence getCharacters() {
      return "[!";
    }

    @Override
    public InlineParserExtension apply(LightInlineParser parser) {
      return new Reader();
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
      return null;
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return null;
    }

    @Override
    public boolean affectsGlobalScope() {
      return false;
    }
  }
}
