package dev.hanji.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GitHub alerts ({@code > [!NOTE]} ... {@code > [!CAUTION]}) and Obsidian callouts ({@code > [!tip]- 제목}): a block
 * quote whose first line is such a marker becomes a {@link Callout}, rendered like a {@code !!!} admonition. A
 * {@code -} or {@code +} after the marker makes it foldable (closed or open).
 */
final class Callouts implements Parser.ParserExtension {
  private static final Pattern MARKER = Pattern.compile("^\\[!([A-Za-z][A-Za-z0-9_-]*)\\]([+-]?)(?:[ \\t]+(.*))?$");
  /** Obsidian's other names for a type, mapped to the type whose style and title they share. */
  private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("summary", "abstract"),
      Map.entry("tldr", "abstract"), Map.entry("hint", "tip"), Map.entry("check", "success"),
      Map.entry("done", "success"), Map.entry("help", "question"), Map.entry("faq", "question"),
      Map.entry("attention", "warning"), Map.entry("fail", "failure"), Map.entry("missing", "failure"),
      Map.entry("error", "danger"), Map.entry("cite", "quote"));
  private static final Set<String> TYPES = Set.of("note", "tip", "info", "warning", "danger",
      "caution", "important", "example", "abstract", "question", "success", "failure", "bug", "quote", "todo");

  @Override
  public void parserOptions(MutableDataHolder options) {
  }

  @Override
  public void extend(Parser.Builder builder) {
    builder.postProcessorFactory(new Factory());
  }

  /**
   * A callout block; its children are the quote's content without the marker line.
   */
  static final class Callout extends Block {
    private final String type;
    private final String title;
    private final char fold;

    Callout(BasedSequence chars, String type, String title, char fold) {
      super(chars);
      this.type = type;
      this.title = title;
      this.fold = fold;
    }

    /** The type as styled ({@code note}, {@code tip} ...): an alias is resolved, an unknown type is a note. */
    String type() {
      return type;
    }

    /** The title written after the marker, or empty for the type's title from the message bundle. */
    String title() {
      return title;
    }

    /** Whether it folds ({@code -} closed, {@code +} open). */
    boolean foldable() {
      return fold != 0;
    }

    /** Whether a foldable callout starts open. */
    boolean open() {
      return fold == '+';
    }

    @Override
    public BasedSequence[] getSegments() {
      return EMPTY_SEGMENTS;
    }
  }

  /** The title a callout of an unknown type shows: its name as written, as Obsidian does. */
  static String titleOfUnknownType(String written) {
    return written.isEmpty() ? written : written.substring(0, 1).toUpperCase(Locale.ROOT) + written.substring(1);
  }

  private static final class Converter extends NodePostProcessor {
    @Override
    public void process(NodeTracker state, Node node) {
      if (!(node.getFirstChild() instanceof Paragraph paragraph)) {
        return;
      }
      BasedSequence firstLine = paragraph.getChars().trimEOL();
      int end = firstLine.indexOf('\n');
      Matcher marker = MARKER.matcher((end < 0 ? firstLine : firstLine.subSequence(0, end)).toString().strip());
      if (!marker.matches()) {
        return;
      }
      removeFirstLine(paragraph);
      String written = marker.group(1).toLowerCase(Locale.ROOT);
      String type = ALIASES.getOrDefault(written, written);
      String title = marker.group(3) == null ? "" : Escaping.unescapeString(marker.group(3).strip());
      if (!TYPES.contains(type)) {
        title = title.isEmpty() ? titleOfUnknownType(marker.group(1)) : title;
        type = "note";
      }
      char fold = marker.group(2).isEmpty() ? 0 : marker.group(2).charAt(0);
      Callout callout = new Callout(node.getChars(), type, title, fold);
      callout.takeChildren(node);
      node.insertBefore(callout);
      node.unlink();
      state.nodeRemoved(node);
      state.nodeAddedWithDescendants(callout);
    }

    /** Removes the marker line's inline nodes, and the paragraph when nothing else is in it. */
    private static void removeFirstLine(Paragraph paragraph) {
      Node child = paragraph.getFirstChild();
      while (child != null) {
        Node next = child.getNext();
        boolean lineEnd = child instanceof SoftLineBreak || child instanceof HardLineBreak;
        child.unlink();
        if (lineEnd) {
          break;
        }
        child = next;
      }
      if (!paragraph.hasChildren()) {
        paragraph.unlink();
      }
    }
  }

  private static final class Factory extends NodePostProcessorFactory {
    Factory() {
      super(false);
      addNodes(BlockQuote.class);
    }

    @Override
    public NodePostProcessor apply(Document document) {
      return new Converter();
    }
  }
}
