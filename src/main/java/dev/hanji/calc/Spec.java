package dev.hanji.calc;

import java.util.List;
import java.util.Map;

/**
 * One calculator as declared in its spec file, after reading and before compiling the
 * expressions. Expressions stay source text with their place in the file ({@link Source}).
 */
record Spec(String id, String file, Text title, Text intro, List<Input> inputs, List<Output> outputs,
            List<Rule> errors, List<Warning> warnings, List<Preset> presets, Reference reference,
            Chart chart) {

  /** Where a value sits in the spec file, for diagnostics. */
  record Position(int line, int column) {
  }

  /** One physical line of a scalar's content: where it starts and how many characters it holds. */
  record Segment(int line, int column, int length) {
  }

  /**
   * An expression's text and the file lines it was written on, so an offset inside the text
   * maps back to a line and column (folded and block scalars join their lines with one character).
   */
  record Source(String text, List<Segment> segments) {
    Position at(int offset) {
      int rest = offset;
      for (Segment segment : segments) {
        if (rest <= segment.length()) {
          return new Position(segment.line(), segment.column() + rest);
        }
        rest -= segment.length() + 1;
      }
      Segment first = segments.get(0);
      return new Position(first.line(), first.column());
    }
  }

  /** How an input is typed in. */
  enum InputType { NUMBER, INTEGER, CHOICE }

  /** A choice of a {@code choice} input: the value the formulas see and its label. */
  record Choice(String value, Text label) {
  }

  record Input(String id, Position position, Text label, Text help, Text unit, InputType type,
               String defaultValue, Double min, Double max, Double step, List<Choice> choices) {
  }

  /** How an output's value is printed. */
  enum Format { NUMBER, PERCENT, TEXT }

  record Output(String id, Position position, Text label, Text help, Source expression, Format format,
                int decimals, Text unit, Map<String, Text> valueLabels) {
  }

  /** An error rule: when its condition holds the inputs are invalid and the message shows. */
  record Rule(Source when, Text message) {
  }

  record Warning(String code, Position position, Source when, Text message) {
  }

  record Preset(String id, Position position, Text label, Map<String, String> values) {
  }

  /** A small table shown beside the calculator (e.g. reference clusters). */
  record Reference(Text title, List<Text> columns, List<List<Text>> rows) {
  }

  /** Chart kinds the runtime draws. */
  enum ChartType { STACKED_BAR, BARS, RAID_LAYOUT }

  /** A chart part: a labelled value; {@code key} names it for highlighting. */
  record Series(String key, Text label, Source value) {
  }

  /** A chart; {@code highlight} (bars) names the key to emphasise; the raid layout uses {@code params}. */
  record Chart(ChartType type, Position position, Text title, List<Series> series, Source highlight,
               Map<String, Source> params) {
  }
}
