package dev.hanji.calc;

import dev.hanji.calc.Spec.Format;
import dev.hanji.calc.Spec.Output;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Visible text of values, identical to what the runtime prints with {@code Intl.NumberFormat}
 * for {@code ko-KR} and {@code en-US}: both group thousands with ',' and use '.' for decimals;
 * like ICU, rounding starts from the shortest decimal that reads back as the double (what
 * {@code String(x)} shows, so 1.005 rounds to 1.01) and goes half away from zero; at most N
 * decimals, no trailing zeros.
 */
final class Formats {
  private static final int MESSAGE_DECIMALS = 6;

  private Formats() {
  }

  /** An output's value as the page shows it, unit included. */
  static String output(Output output, Object value, String lang) {
    String text;
    if (output.format() == Format.TEXT) {
      Text label = output.valueLabels().get((String) value);
      text = label == null ? (String) value : label.in(lang);
    } else if (output.format() == Format.PERCENT) {
      text = grouped(JsNumber.shortest((Double) value).movePointRight(2), output.decimals(), (Double) value) + "%";
    } else {
      text = number((Double) value, output.decimals());
    }
    return output.unit() == null ? text : text + " " + output.unit().in(lang);
  }

  /** A number for a message (e.g. a bound), the same in both languages. */
  static Text plain(double value) {
    return Text.neutral(number(value, MESSAGE_DECIMALS));
  }

  /** {@code value} with at most {@code decimals} decimals and thousands separators. */
  static String number(double value, int decimals) {
    return grouped(JsNumber.shortest(value), decimals, value);
  }

  private static String grouped(BigDecimal exact, int decimals, double original) {
    BigDecimal rounded = exact.setScale(decimals, RoundingMode.HALF_UP);
    boolean negative = original < 0 || Double.doubleToRawLongBits(original) == Long.MIN_VALUE;
    String plain = rounded.abs().stripTrailingZeros().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    String fraction = dot < 0 ? "" : plain.substring(dot);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        out.append(',');
      }
      out.append(whole.charAt(i));
    }
    return (negative ? "-" : "") + out + fraction;
  }
}
