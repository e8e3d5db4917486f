package dev.hanji.calc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of evaluating a calculator for a set of inputs: each output's raw value (a
 * {@link Double} or, for text outputs, a {@link String}), or the error message that replaced
 * them, plus the codes of the active warnings.
 */
public final class Result {
  private final Map<String, Object> values;
  private final Text error;
  private final List<String> warnings;

  Result(Map<String, Object> values, Text error, List<String> warnings) {
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    this.error = error;
    this.warnings = List.copyOf(warnings);
  }

  static Result failure(Text error) {
    return new Result(Map.of(), error, List.of());
  }

  /** Whether the inputs were valid (no error). */
  public boolean ok() {
    return error == null;
  }

  /** Output id → raw value, in the spec's output order; empty when there is an error. */
  public Map<String, Object> values() {
    return values;
  }

  /** A number output's raw value. */
  public double number(String outputId) {
    Object value = values.get(outputId);
    if (!(value instanceof Double number)) {
      throw new IllegalArgumentException("no number output '" + outputId + "' in " + values.keySet());
    }
    return number;
  }

  /** A text output's value. */
  public String text(String outputId) {
    Object value = values.get(outputId);
    if (!(value instanceof String text)) {
      throw new IllegalArgumentException("no text output '" + outputId + "' in " + values.keySet());
    }
    return text;
  }

  /** The output's {@code data-value}: JavaScript's {@code String(x)} for numbers, the text for text; "" on error. */
  public String dataValue(String outputId) {
    Object value = values.get(outputId);
    if (value == null) {
      return "";
    }
    return value instanceof Double number ? JsNumber.toString(number) : (String) value;
  }

  /** The error message in a page language ("ko" or "en"), if the inputs were invalid. */
  public Optional<String> error(String lang) {
    return error == null ? Optional.empty() : Optional.of(error.in(lang));
  }

  /** Codes of the active warnings, in spec order. */
  public List<String> warnings() {
    return warnings;
  }

  @Override
  public String toString() {
    return ok() ? values + " warnings=" + warnings : "error: " + error.en();
  }
}
