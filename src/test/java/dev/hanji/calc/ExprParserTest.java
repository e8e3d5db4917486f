package dev.hanji.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExprParserTest {
  private static final Map<String, Object> ENV = Map.of("x", 3.0, "level", "10");

  private static Object value(String expression) throws ExprParser.SyntaxError {
    return Evaluator.eval(ExprParser.parse(expression), ENV);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "1 + 2 * 3                | 7.0",
      "(1 + 2) * 3              | 9.0",
      "2 ^ 3 ^ 2                | 512.0",
      "-2 ^ 2                   | -4.0",
      "2 ^ -1                   | 0.5",
      "10 - 4 - 3               | 3.0",
      "12 / 4 / 3               | 1.0",
      "x * 1e3                  | 3000.0",
      ".5 + 1.                  | 1.5",
      "min(4, x, 7)             | 3.0",
      "max(4, x, 7)             | 7.0",
      "ceil(2.1) + floor(2.9)   | 5.0",
      "round(2.5) + round(-2.5) | 1.0",
      "abs(-x)                  | 3.0",
      "if(x > 2, 1, 0)          | 1.0",
      "if(level == \"10\", x, 0)  | 3.0",
  })
  void numbersFollowUsualPrecedence(String expression, double expected) throws Exception {
    assertEquals(expected, value(expression));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "1 < 2 and 2 <= 2          | true",
      "not 1 > 2                 | true",
      "1 > 2 or x == 3           | true",
      "not (x != 3)              | true",
      "x >= 4 or level != '10'   | false",
      "1 < 2 and 2 > 3 or 1 == 1 | true",
  })
  void logicAndComparisons(String expression, boolean expected) throws Exception {
    assertEquals(expected, value(expression));
  }

  @Test
  void concatJoinsTextAndNumbersInJavaScriptForm() throws Exception {
    assertEquals("-Xms3g 0.1 1e+21", value("concat(\"-Xms\", x, \"g \", 0.1, ' ', 1e21)"));
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', value = {
      "''              | 0 | empty expression",
      "1 +             | 3 | expression ends too early: a value is missing",
      "(1 + 2          | 6 | missing ')' to close a '('",
      "1 < 2 < 3       | 6 | comparisons cannot be chained; join them with 'and'",
      "\"abc           | 0 | string is not closed: add the closing \"",
      "1.2.3           | 0 | malformed number '1.2.3'",
      "min(1, )        | 7 | unexpected ')'",
      "x y             | 2 | unexpected 'y'",
      "and 1           | 0 | 'and' needs a value before it",
      "max(1, 2        | 3 | missing ')' to close the argument list",
      "max(1 2)        | 6 | expected ',' or ')' but found '2'",
      "1e999           | 0 | number '1e999' is too large",
      "2 # 3           | 2 | unexpected '#'",
  })
  void syntaxErrorsSayWhatAndWhere(String expression, int offset, String message) {
    ExprParser.SyntaxError error = assertThrows(ExprParser.SyntaxError.class, () -> ExprParser.parse(expression));
    assertEquals(message, error.getMessage());
    assertEquals(offset, error.offset);
  }
}
