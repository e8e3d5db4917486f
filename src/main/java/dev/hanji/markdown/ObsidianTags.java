package dev.hanji.markdown;

import com.vladsch.flexmark.ast.Code;
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
import dev.hanji.sources.TagNames;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Obsidian's tags in text: {@code #카프카}, {@code #운영/모니터링}, after a space or at the start of a line, with
 * at least one character that is not a digit ({@code #1} is not a tag), never in code or links. Each becomes
 * a {@link Tag} that links to the tag's page.
 */
final class ObsidianTags implements Parser.ParserExtension {
  private static final String TAG_CHARACTER = "[\\p{L}\\p{M}\\p{N}_/-]";
  private static final Pattern TAG = Pattern.compile(
      "#(" + TAG_CHARACTER + "*[\\p{L}\\p{M}_/-]" + TAG_CHARACTER + "*)");

  @Override
  public void parserOptions(MutableDataHolder options) {
  }

  @Override
  public void extend(Parser.Builder builder) {
    builder.postProcessorFactory(new Factory());
  }

  /** A tag written in text; its child is the text as written ({@code #카프카}). */
  static final class Tag extends Node implements DoNotDecorate, DoNotLinkDecorate {
    private final String name;

    Tag(BasedSequence chars, String name) {
      super(chars);
      this.name = name;
    }

    /** The tag, NFC, without {@code #} and without a trailing {@code /}. */
    String name() {
      return name;
    }

    @Override
    public BasedSequence[] getSegments() {
      return EMPTY_SEGMENTS;
    }
  }

  private static final class Finder extends NodePostProcessor {
    @Override
    public void process(NodeTracker state, Node node) {
      if (node.getAncestorOfType(DoNotDecorate.class, DoNotLinkDecorate.class, Code.class) != null) {
        return;
      }
      BasedSequence chars = node.getChars();
      Matcher matcher = TAG.matcher(chars);
      int done = 0;
      while (matcher.find()) {
        String name = TagNames.normalise(matcher.group(1).replaceAll("/+$", ""));
        if (!startsAtBoundary(chars, matcher.start()) || !TagNames.isUsable(name)) {
          continue;
        }
        if (matcher.start() > done) {
          insertBefore(node, new Text(chars.subSequence(done, matcher.start())), state);
        }
        BasedSequence written = chars.subSequence(matcher.start(), matcher.end());
        Tag tag = new Tag(written, name);
        tag.appendChild(new Text(written));
        insertBefore(node, tag, state);
        done = matcher.end();
      }
      if (done == 0) {
        return;
      }
      if (done < chars.length()) {
        insertBefore(node, new Text(chars.subSequence(done)), state);
      }
      node.unlink();
      state.nodeRemoved(node);
    }

    private static boolean startsAtBoundary(BasedSequence chars, int index) {
      int offset = chars.getStartOffset() + index;
      return offset == 0 || Character.isWhitespace(chars.getBaseSequence().charAt(offset - 1));
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
      return new Finder();
    }
  }
}
