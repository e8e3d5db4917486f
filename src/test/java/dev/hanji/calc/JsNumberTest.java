package dev.hanji.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsNumberTest {

  private static void js(String expected, double value) {
    assertEquals(expected, JsNumber.toString(value), () -> "String(" + value + ")");
  }

  @Test
  void integersPrintWithoutFractionOrExponentUpTo21Digits() {
    js("0", 0.0);
    js("0", -0.0);
    js("1", 1);
    js("-42", -42);
    js("9007199254740992", 9007199254740992d);
    js("100000000000000000000", 1e20);
    js("123456789012345680000", 123456789012345678901d);
  }

  @Test
  void fromTwentyTwoDigitsOnTheExponentFormIsUsed() {
    js("1e+21", 1e21);
    js("1e+23", 1e23);
    js("1.7976931348623157e+308", Double.MAX_VALUE);
    js("-2.5e+25", -2.5e25);
  }

  @Test
  void fractionsUseTheShortestDigitsThatReadBack() {
    js("0.1", 0.1);
    js("0.30000000000000004", 0.1 + 0.2);
    js("0.3333333333333333", 1.0 / 3);
    js("33.333333333333336", 100.0 / 3);
    js("1.5", 1.5);
    js("181.44", 181.44);
    // JDK 17's Double.toString prints 2.82879384806159008E17 here: not shortest.
    js("282879384806159000", 2.82879384806159E17);
  }

  @Test
  void smallNumbersSwitchToExponentBelowOneMillionth() {
    js("0.000001", 1e-6);
    js("0.0000015", 1.5e-6);
    js("1e-7", 1e-7);
    js("1.5e-7", 1.5e-7);
    js("5e-324", Double.MIN_VALUE);
  }

  @Test
  void nonFiniteValuesUseJavaScriptNames() {
    js("NaN", Double.NaN);
    js("Infinity", Double.POSITIVE_INFINITY);
    js("-Infinity", Double.NEGATIVE_INFINITY);
  }

  @Test
  void everyPrintedStringReadsBackAsTheSameDouble() {
    java.util.Random random = new java.util.Random(42);
    for (int i = 0; i < 20000; i++) {
      double value = Double.longBitsToDouble(random.nextLong());
      if (Double.isFinite(value)) {
        String text = JsNumber.toString(value);
        assertEquals(value == 0 ? 0.0 : value, Double.parseDouble(text), text);
        String digits = text.replaceFirst("^-", "").replaceFirst("e.*$", "").replace(".", "")
            .replaceFirst("^0+", "").replaceFirst("0+$", "");
        assertEquals(true, digits.length() <= 17, text);
      }
    }
  }
}
