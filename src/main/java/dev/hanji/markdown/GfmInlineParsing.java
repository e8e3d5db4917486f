package dev.hanji.markdown;

import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Inline syntax as the GFM spec reads it where Flexmark's inline parser does not. Link destinations: one in
 * {@code <...>} may hold spaces, not line endings, and ends only at an unescaped {@code >}; one that starts with
 * {@code <} but has no such {@code >} is no destination at all; a title must be separated from the destination by
 * white space, in reference definitions too ({@code [foo]: <bar>(baz)} defines nothing). HTML comments: any text
 * up to the first {@code -->}, and {@code <!-->} and {@code <!--->} (Flexmark allows no {@code --} inside).
 */
final class GfmInlineParsing implements Parser.ParserExtension {
  private static final String ESCAPABLE = "[!-/:-@\\[-`{-~]";
  private static final Pattern ANGLE_DESTINATION = Pattern.compile(
      "^<(?:[^<>\\r\\n\\\\]|\\\\" + ESCAPABLE + "|\\\\(?!" + ESCAPABLE + "))*>");

  @Override
  public void parserOptions(MutableDataHolder options) {
  }

  @Override
  public void extend(Parser.Builder builder) {
    builder.customInlineParserFactory(InlineParser::new);
    // Flexmark adds its reference-definition parser only for its own inline parser; it runs on ours as well.
    builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
  }

  private static final class InlineParser extends CommonmarkInlineParser {
    /** The input last searched in vain for a comment's end: no later comment in it can end either. */
    private BasedSequence inputWithoutCommentEnd;

    InlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                 Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                 List<InlineParserExtensionFactory> inlineParserExtensions) {
      super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
          inlineParserExtensions);
    }

    @Override
    public BasedSequence parseLinkDestination() {
      return peek() == '<' ? match(ANGLE_DESTINATION) : super.parseLinkDestination();
    }

    @Override
    public boolean parseHtmlInline() {
      int length = htmlCommentLength();
      if (length == 0) {
        return super.parseHtmlInline();
      }
      appendNode(new HtmlInlineComment(input.subSequence(index, index + length)));
      index += length;
      return true;
    }

    private int htmlCommentLength() {
      if (!input.matchChars("<!--", index) || input == inputWithoutCommentEnd) {
        return 0;
      }
      if (input.matchChars("<!-->", index)) {
        return 5;
      }
      if (input.matchChars("<!--->", index)) {
        return 6;
      }
      int end = input.indexOf("-->", index + 4);
      if (end < 0) {
        inputWithoutCommentEnd = input;
        return 0;
      }
      return end + 3 - index;
    }

    @Override
    public BasedSequence parseLinkTitle() {
      boolean afterWhiteSpace = index > 0 && Character.isWhitespace(input.charAt(index - 1));
      return afterWhiteSpace ? super.parseLinkTitle() : null;
    }
  }
}
