package dev.hanji.sources;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.hanji.core.Diagnostics;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads YAML (front matter, {@code site.yaml}, the glossary) into typed records with Jackson and turns
 * every Jackson error into a diagnostic at the right line of the source file.
 */
public final class YamlReader {
  private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private YamlReader() {
  }

  /**
   * Parses {@code yaml} as {@code type}.
   *
   * @param file        the file name printed in diagnostics
   * @param firstLine   the file line on which {@code yaml} starts (1 for a whole file)
   * @param diagnostics where a problem is reported
   * @return the value, or empty when the YAML is invalid (an error is then reported)
   */
  public static <T> Optional<T> read(String yaml, Class<T> type, String file, int firstLine,
                                     Diagnostics diagnostics) {
    try {
      if (yaml.isBlank()) {
        return Optional.of(MAPPER.readValue("{}", type));
      }
      return Optional.ofNullable(MAPPER.readValue(yaml, type));
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      int line = where == null ? firstLine : firstLine + Math.max(where.getLineNr(), 1) - 1;
      int column = where == null ? 0 : Math.max(where.getColumnNr(), 0);
      diagnostics.error(file, line, column, describe(e), hint(e));
      return Optional.empty();
    }
  }

  private static String describe(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      return "unknown key '" + unknown.getPropertyName() + "'";
    }
    if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      String key = mismatch.getPath().stream()
          .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
          .collect(Collectors.joining("."));
      return "'" + key + "' has the wrong type (" + firstLine(e.getOriginalMessage()) + ")";
    }
    return "invalid YAML: " + firstLine(e.getOriginalMessage());
  }

  private static String hint(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      String known = unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
          .collect(Collectors.joining(", "));
      return "use one of: " + known;
    }
    if (e instanceof MismatchedInputException) {
      return "check the value's type (text, number, true/false or a list)";
    }
    return "fix the YAML syntax (indentation, quotes, 'key: value' pairs)";
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable value";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
