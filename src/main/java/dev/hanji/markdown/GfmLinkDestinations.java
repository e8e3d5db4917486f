package dev.hanji.markdown;

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
 * Link destinations and titles as CommonMark reads them, where Flexmark's inline parser does not: a destination in
 * {@code <...>} may hold spaces, not line endings, and ends only at an unescaped {@code >}; a destination that
 * starts with {@code <} but has no such {@code >} is no destination at all; and a title must be separated from the
 * destination by white space, in reference definitions too ({@code [foo]: <bar>(baz)} defines nothing).
 */
final class GfmLinkDestinations implements Parser.ParserExtension {
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
    public BasedSequence parseLinkTitle() {
      boolean afterWhiteSpace = index > 0 && Character.isWhitespace(input.charAt(index - 1));
      return afterWhiteSpace ? super.parseLinkTitle() : null;
    }
  }
}
