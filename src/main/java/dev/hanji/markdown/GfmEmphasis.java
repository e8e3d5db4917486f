package dev.hanji.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.delimiter.AsteriskDelimiterProcessor;
import com.vladsch.flexmark.parser.core.delimiter.Delimiter;
import com.vladsch.flexmark.parser.core.delimiter.UnderscoreDelimiterProcessor;
import com.vladsch.flexmark.parser.delimiter.DelimiterRun;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Emphasis with CommonMark's "multiple of 3" rule as GFM has it: when a delimiter run can both open and close,
 * an opener and a closer whose run lengths add up to a multiple of 3 do not match, unless both lengths are
 * multiples of 3 ({@code foo***bar***baz} is {@code foo<em><strong>bar</strong></em>baz}). Flexmark lacks the
 * "unless" and compares what is left of the runs rather than their original lengths. Otherwise Flexmark's
 * {@code *} and {@code _} processors decide, so they are replaced by subclasses.
 */
final class GfmEmphasis implements Parser.ParserExtension {

  @Override
  public void parserOptions(MutableDataHolder options) {
    options.set(Parser.ASTERISK_DELIMITER_PROCESSOR, false).set(Parser.UNDERSCORE_DELIMITER_PROCESSOR, false);
  }

  @Override
  public void extend(Parser.Builder builder) {
    builder.customDelimiterProcessor(new Asterisks());
    builder.customDelimiterProcessor(new Underscores());
  }

  /** How many delimiters a match of opener and closer uses: 0 when they may not match, else CommonMark's. */
  static int delimiterUse(DelimiterRun opener, DelimiterRun closer) {
    int openerLength = originalLength(opener);
    int closerLength = originalLength(closer);
    boolean ruleOfThree = (opener.canClose() || closer.canOpen()) && closerLength % 3 != 0
        && (openerLength + closerLength) % 3 == 0;
    if (ruleOfThree) {
      return 0;
    }
    return opener.length() >= 2 && closer.length() >= 2 ? 2 : 1;
  }

  /** The length of the whole delimiter run, before matches took delimiters from it. */
  private static int originalLength(DelimiterRun run) {
    if (!(run instanceof Delimiter delimiter)) {
      return run.length();
    }
    BasedSequence input = delimiter.getInput();
    char c = delimiter.getDelimiterChar();
    int start = delimiter.getStartIndex();
    while (start > 0 && input.charAt(start - 1) == c && (start < 2 || input.charAt(start - 2) != '\\')) {
      start--;
    }
    int end = delimiter.getEndIndex();
    while (end < input.length() && input.charAt(end) == c) {
      end++;
    }
    return end - start;
  }

  private static final class Asterisks extends AsteriskDelimiterProcessor {
    Asterisks() {
      super(false);
    }

    @Override
    public int getDelimiterUse(DelimiterRun opener, DelimiterRun closer) {
      return delimiterUse(opener, closer);
    }
  }

  private static final class Underscores extends UnderscoreDelimiterProcessor {
    Underscores() {
      super(false);
    }

    @Override
    public int getDelimiterUse(DelimiterRun opener, DelimiterRun closer) {
      return delimiterUse(opener, closer);
    }
  }
}
