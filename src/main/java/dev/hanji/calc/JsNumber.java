package dev.hanji.calc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * JavaScript's {@code Number.prototype.toString()} for doubles (ECMA-262 Number::toString, radix 10).
 * The browser writes {@code data-value} with {@code String(x)}; build-time defaults must be the same
 * string, and {@link Double#toString} is neither shortest (before JDK 19) nor in the same notation.
 */
final class JsNumber {
  private JsNumber() {
  }

  /** {@code String(value)} as a JavaScript engine prints it. */
  static String toString(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "Infinity" : "-Infinity";
    }
    if (value == 0) {
      return "0";
    }
    if (value < 0) {
      return "-" + toString(-value);
    }
    BigDecimal shortest = shortestDecimal(value);
    String digits = shortest.unscaledValue().toString();
    int exponent = digits.length() - shortest.scale(); // value = 0.digits × 10^exponent
    return layout(digits, exponent);
  }

  /**
   * The finite, non-zero {@code value} as the decimal with the fewest significant digits that
   * reads back as it (the closest such decimal on ties), sign included.
   */
  static BigDecimal shortest(double value) {
    if (value == 0) {
      return BigDecimal.ZERO;
    }
    return value < 0 ? shortestDecimal(-value).negate() : shortestDecimal(value);
  }

  private static BigDecimal shortestDecimal(double value) {
    BigDecimal exact = new BigDecimal(value);
    for (int precision = 1; precision <= 17; precision++) {
      BigDecimal down = exact.round(new MathContext(precision, RoundingMode.DOWN));
      BigDecimal up = exact.round(new MathContext(precision, RoundingMode.UP));
      boolean downOk = down.doubleValue() == value;
      boolean upOk = up.doubleValue() == value;
      if (downOk && upOk) {
        return closer(exact, down, up, precision);
      }
      if (downOk || upOk) {
        return strip(downOk ? down : up);
      }
    }
    return strip(exact.round(new MathContext(17, RoundingMode.HALF_EVEN)));
  }

  private static BigDecimal closer(BigDecimal exact, BigDecimal down, BigDecimal up, int precision) {
    int cmp = exact.subtract(down).compareTo(up.subtract(exact));
    if (cmp != 0) {
      return strip(cmp < 0 ? down : up);
    }
    return strip(exact.round(new MathContext(precision, RoundingMode.HALF_EVEN)));
  }

  private static BigDecimal strip(BigDecimal decimal) {
    return decimal.stripTrailingZeros();
  }

  /** Step 6–10 of Number::toString: digits {@code s} (k of them) with the decimal point after {@code n}. */
  private static String layout(String s, int n) {
    int k = s.length();
    if (k <= n && n <= 21) {
      return s + "0".repeat(n - k);
    }
    if (0 < n && n <= 21) {
      return s.substring(0, n) + "." + s.substring(n);
    }
    if (-6 < n && n <= 0) {
      return "0." + "0".repeat(-n) + s;
    }
    int e = n - 1;
    String exponent = (e < 0 ? "-" : "+") + Math.abs(e);
    String mantissa = k == 1 ? s : s.charAt(0) + "." + s.substring(1);
    return mantissa + "e" + exponent;
  }
}
