package dev.hanji.sources;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.hanji.diagnostics.Diagnostics;
import dev.hanji.diagnostics.EditDistance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads YAML (front matter, {@code site.yaml}, the glossary) into typed records with Jackson and turns
 * every Jackson error into a diagnostic at the right line of the source file.
 */
public final class YamlReader {
  /** A key written twice is an error: YAML parsers otherwise keep the last value and silently drop the first. */
  private static final ObjectMapper MAPPER = new ObjectMapper(
      YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final ObjectReader IGNORING_UNKNOWN_KEYS = MAPPER.reader()
      .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

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
    return read(yaml, type, null, file, firstLine, diagnostics);
  }

  /**
   * Parses YAML that other tools write too, such as a page's front matter: a key {@code type} does not know is
   * ignored (Jekyll's {@code layout}, Obsidian's {@code cssclasses}), unless it is a likely typo of a key that
   * {@code type} or those tools use ({@code titel}, {@code wieght}), which is an error with "did you mean".
   *
   * @param otherToolsKeys keys other tools use that {@code type} accepts and ignores, for the typo check
   */
  public static <T> Optional<T> readTolerant(String yaml, Class<T> type, Set<String> otherToolsKeys, String file,
                                             int firstLine, Diagnostics diagnostics) {
    return read(yaml, type, Objects.requireNonNull(otherToolsKeys), file, firstLine, diagnostics);
  }

  private static <T> Optional<T> read(String yaml, Class<T> type, Set<String> tolerated, String file,
                                      int firstLine, Diagnostics diagnostics) {
    try {
      if (yaml.isBlank()) {
        return Optional.of(MAPPER.readValue("{}", type));
      }
      Optional<JsonLocation> alias = firstAlias(yaml);
      if (alias.isPresent()) {
        diagnostics.error(file, firstLine + alias.get().getLineNr() - 1, alias.get().getColumnNr(),
            "aliases are not supported", "write the value out instead of *" + aliasName(yaml, alias.get()));
        return Optional.empty();
      }
      return Optional.ofNullable(MAPPER.readValue(yaml, type));
    } catch (UnrecognizedPropertyException e) {
      return readWithoutUnknownKeys(yaml, type, e, tolerated, file, firstLine, diagnostics);
    } catch (JsonProcessingException e) {
      report(e, yaml, file, firstLine, diagnostics);
      return Optional.empty();
    }
  }

  /**
   * Jackson stops at the first unknown key: reads the YAML again without it, and again, so that every unknown key
   * of a file is reported in one build; when they are tolerated and none is a typo, the value is read ignoring
   * them (so a remaining problem is still placed at its line).
   */
  private static <T> Optional<T> readWithoutUnknownKeys(String yaml, Class<T> type,
                                                        UnrecognizedPropertyException first, Set<String> tolerated,
                                                        String file, int firstLine, Diagnostics diagnostics) {
    boolean reported = false;
    try {
      JsonNode tree = MAPPER.readTree(yaml);
      for (UnrecognizedPropertyException unknown = first; unknown != null; unknown = nextUnknownKey(tree, type)) {
        Optional<String> typoOf = tolerated == null ? Optional.empty() : typoOf(unknown, tolerated);
        if (tolerated == null || typoOf.isPresent()) {
          report(unknown, yaml, file, firstLine, diagnostics, typoOf);
          reported = true;
        }
        if (!remove(tree, unknown)) {
          break;
        }
      }
      return reported ? Optional.empty() : Optional.ofNullable(IGNORING_UNKNOWN_KEYS.forType(type).readValue(yaml));
    } catch (JsonProcessingException e) {
      if (!reported) {
        report(e, yaml, file, firstLine, diagnostics);
      }
      return Optional.empty();
    }
  }

  /** The next unknown key of the tree, or null when there is none (or another problem comes first). */
  private static UnrecognizedPropertyException nextUnknownKey(JsonNode tree, Class<?> type) {
    try {
      MAPPER.treeToValue(tree, type);
      return null;
    } catch (UnrecognizedPropertyException unknown) {
      return unknown;
    } catch (JsonProcessingException | IllegalArgumentException otherProblem) {
      return null;
    }
  }

  /** The known key an unknown one is most likely a typo of: one edit away, or two for longer keys. */
  private static Optional<String> typoOf(UnrecognizedPropertyException unknown, Set<String> tolerated) {
    String key = unknown.getPropertyName();
    if (tolerated.contains(key)) {
      return Optional.empty();
    }
    int allowed = key.length() >= 6 ? 2 : 1;
    return Stream.concat(unknown.getKnownPropertyIds().stream().map(String::valueOf), tolerated.stream())
        .filter(known -> EditDistance.between(key.toLowerCase(Locale.ROOT), known.toLowerCase(Locale.ROOT)) <= allowed)
        .sorted().findFirst();
  }

  /** Removes the unknown key an exception names from the tree; false when it cannot be found. */
  private static boolean remove(JsonNode tree, UnrecognizedPropertyException unknown) {
    JsonNode parent = tree;
    List<JsonMappingException.Reference> path = unknown.getPath();
    for (JsonMappingException.Reference step : path.subList(0, Math.max(path.size() - 1, 0))) {
      parent = step.getFieldName() != null ? parent.get(step.getFieldName()) : parent.get(step.getIndex());
      if (parent == null) {
        return false;
      }
    }
    return parent instanceof ObjectNode object && object.remove(unknown.getPropertyName()) != null;
  }

  private static void report(JsonProcessingException e, String yaml, String file, int firstLine,
                             Diagnostics diagnostics) {
    report(e, yaml, file, firstLine, diagnostics, Optional.empty());
  }

  private static void report(JsonProcessingException e, String yaml, String file, int firstLine,
                             Diagnostics diagnostics, Optional<String> typoOf) {
    JsonLocation where = e.getLocation();
    int line = where == null ? firstLine : firstLine + Math.max(where.getLineNr(), 1) - 1;
    int column = where == null ? 0 : Math.max(where.getColumnNr(), 0);
    if (e instanceof UnrecognizedPropertyException unknown) {
      int keyLine = lineOfKey(yaml, unknown.getPropertyName());
      if (keyLine > 0) {
        line = firstLine + keyLine - 1;
        column = yaml.lines().skip(keyLine - 1).findFirst().orElse("").indexOf(unknown.getPropertyName()) + 1;
      }
    }
    diagnostics.error(file, line, column, describe(e),
        typoOf.map(known -> "did you mean '" + known + "'? (keys other site generators use, such as layout or "
            + "tags, are accepted)").orElseGet(() -> hint(e)));
  }

  /**
   * Where the first alias ({@code *name}) is written, if any. Jackson would read an alias as the text of its name,
   * silently, so aliases are refused; anchors alone ({@code &name}) are harmless.
   */
  private static Optional<JsonLocation> firstAlias(String yaml) throws JsonProcessingException {
    if (yaml.indexOf('*') < 0) {
      return Optional.empty();
    }
    try (JsonParser parser = MAPPER.getFactory().createParser(yaml)) {
      while (parser.nextToken() != null) {
        if (parser instanceof YAMLParser yamlParser && yamlParser.isCurrentAlias()) {
          return Optional.of(parser.currentTokenLocation());
        }
      }
      return Optional.empty();
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading a string does no I/O
    }
  }

  private static String aliasName(String yaml, JsonLocation where) {
    String line = yaml.lines().skip(Math.max(where.getLineNr() - 1, 0)).findFirst().orElse("");
    int star = line.indexOf('*', Math.max(where.getColumnNr() - 2, 0));
    if (star < 0) {
      return "";
    }
    int end = star + 1;
    while (end < line.length() && !Character.isWhitespace(line.charAt(end)) && ",]}".indexOf(line.charAt(end)) < 0) {
      end++;
    }
    return line.substring(star + 1, end);
  }

  /**
   * Where the value of a top-level {@code key} is written, as a 1-based line and column of the file.
   *
   * @param firstLine the file line on which {@code yaml} starts
   * @return empty when the key is not there or the YAML cannot be read
   */
  public static Optional<Position> valuePosition(String yaml, String key, int firstLine) {
    try (JsonParser parser = MAPPER.getFactory().createParser(yaml)) {
      int depth = 0;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token.isStructStart() || token.isStructEnd()) {
          depth += token.isStructStart() ? 1 : -1;
        } else if (depth == 1 && token == JsonToken.FIELD_NAME && parser.currentName().equals(key)) {
          parser.nextToken();
          JsonLocation where = parser.currentTokenLocation();
          return Optional.of(new Position(firstLine + where.getLineNr() - 1, where.getColumnNr()));
        }
      }
    } catch (IOException e) {
      // a YAML error is reported where the YAML is read
    }
    return Optional.empty();
  }

  /**
   * A place in a file.
   *
   * @param line   1-based line
   * @param column 1-based column
   */
  public record Position(int line, int column) {
  }

  /**
   * The 1-based line where {@code key} is written: Jackson reports unknown keys of creator-built types only
   * once the whole object is read, so its location points past the key.
   */
  private static int lineOfKey(String yaml, String key) {
    java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(
        "^\\s*(?:-\\s+)?[\"']?" + java.util.regex.Pattern.quote(key) + "[\"']?\\s*:");
    List<String> lines = yaml.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (pattern.matcher(lines.get(i)).find()) {
        return i + 1;
      }
    }
    return 0;
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
