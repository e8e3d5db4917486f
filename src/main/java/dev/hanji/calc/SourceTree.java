package dev.hanji.calc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.hanji.calc.Spec.Position;
import dev.hanji.calc.Spec.Segment;
import dev.hanji.calc.Spec.Source;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML or JSON document read with Jackson's streaming parser into a small tree whose every
 * node remembers its line and column, so later checks can point at the exact place.
 */
final class SourceTree {
  private static final JsonFactory YAML = new YAMLFactory();
  private static final JsonFactory JSON = new JsonFactory();

  /** A node of the tree. */
  sealed interface Node permits MapNode, ListNode, ScalarNode {
    Position position();

    /** What the node is, in words for messages. */
    String kind();
  }

  /** A key of a mapping with where the key is written. */
  record Entry(String key, Position keyPosition, Node value) {
  }

  record MapNode(Position position, Map<String, Entry> entries) implements Node {
    @Override
    public String kind() {
      return "a mapping";
    }
  }

  record ListNode(Position position, List<Node> items) implements Node {
    @Override
    public String kind() {
      return "a list";
    }
  }

  /** A scalar; {@code quoted} tells a YAML/JSON string from a number, boolean or null. */
  record ScalarNode(Position position, String text, JsonToken token, Source source) implements Node {
    @Override
    public String kind() {
      return switch (token) {
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
        case VALUE_TRUE, VALUE_FALSE -> "a boolean";
        case VALUE_NULL -> "empty";
        default -> "a string";
      };
    }

    boolean isNumber() {
      return token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
    }
  }

  /** A syntax error of the document. */
  static final class SyntaxError extends Exception {
    final Position position;

    SyntaxError(String message, Position position) {
      super(message);
      this.position = position;
    }
  }

  private final JsonParser parser;
  private final String[] lines;

  private SourceTree(JsonParser parser, String content) {
    this.parser = parser;
    this.lines = content.split("\r?\n", -1);
  }

  /** Parses a whole document; {@code json} selects JSON rather than YAML syntax. */
  static Node parse(String content, boolean json) throws SyntaxError {
    try (JsonParser parser = (json ? JSON : YAML).createParser(content)) {
      SourceTree tree = new SourceTree(parser, content);
      JsonToken first = parser.nextToken();
      if (first == null) {
        return new MapNode(new Position(1, 1), Map.of());
      }
      return tree.read(first);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      Position position = at == null ? new Position(0, 0) : position(at);
      throw new SyntaxError(e.getOriginalMessage(), position);
    } catch (IOException e) {
      throw new SyntaxError(e.getMessage(), new Position(0, 0));
    }
  }

  private Node read(JsonToken token) throws IOException, SyntaxError {
    Position at = position(parser.currentTokenLocation());
    if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) { // Jackson reads an alias as its name's text
      throw new SyntaxError("aliases (*" + parser.getText() + ") are not supported; write the value out", at);
    }
    if (token == JsonToken.START_OBJECT) {
      return readMap(at);
    }
    if (token == JsonToken.START_ARRAY) {
      List<Node> items = new ArrayList<>();
      for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
        items.add(read(next));
      }
      return new ListNode(at, List.copyOf(items));
    }
    String text = token == JsonToken.VALUE_NULL ? "" : parser.getText();
    return new ScalarNode(at, text, token, sourceOf(text, at));
  }

  private MapNode readMap(Position at) throws IOException, SyntaxError {
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
      String key = parser.currentName();
      Position keyAt = position(parser.currentTokenLocation());
      Node value = read(parser.nextToken());
      if (entries.containsKey(key)) {
        throw new SyntaxError("duplicate key '" + key + "'", keyAt);
      }
      entries.put(key, new Entry(key, keyAt, value));
    }
    return new MapNode(at, entries);
  }

  /**
   * Finds the file lines holding a scalar's content: after an opening quote, or for block
   * scalars ({@code |}, {@code >}) on the indented lines below, otherwise where the value starts.
   */
  private Source sourceOf(String text, Position at) {
    int lineIndex = at.line() - 1;
    if (lineIndex < 0 || lineIndex >= lines.length) {
      return new Source(text, List.of(new Segment(at.line(), at.column(), text.length())));
    }
    String line = lines[lineIndex];
    int column = at.column() - 1;
    char first = column >= 0 && column < line.length() ? line.charAt(column) : ' ';
    List<Segment> segments = new ArrayList<>();
    if (first == '|' || first == '>') {
      blockSegments(lineIndex + 1, segments);
    } else {
      int start = first == '"' || first == '\'' ? column + 1 : column;
      segments.add(new Segment(at.line(), start + 1, Math.max(line.length() - start, 0)));
      int consumed = line.length() - start + 1;
      for (int i = lineIndex + 1; i < lines.length && consumed < text.length(); i++) {
        String next = lines[i];
        int indent = next.length() - next.stripLeading().length();
        segments.add(new Segment(i + 1, indent + 1, next.length() - indent));
        consumed += next.length() - indent + 1;
      }
    }
    if (segments.isEmpty()) {
      segments.add(new Segment(at.line(), at.column(), 0));
    }
    return new Source(text, List.copyOf(segments));
  }

  private void blockSegments(int firstLine, List<Segment> segments) {
    int blockIndent = -1;
    for (int i = firstLine; i < lines.length; i++) {
      String next = lines[i];
      if (next.isBlank()) {
        continue;
      }
      int indent = next.length() - next.stripLeading().length();
      if (blockIndent < 0) {
        blockIndent = indent;
      }
      if (indent < blockIndent || blockIndent == 0) {
        break;
      }
      segments.add(new Segment(i + 1, blockIndent + 1, next.length() - blockIndent));
    }
  }

  private static Position position(JsonLocation location) {
    return new Position(Math.max(location.getLineNr(), 0), Math.max(location.getColumnNr(), 0));
  }
}
