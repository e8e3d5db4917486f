package dev.hanji.calc;

import dev.hanji.calc.SourceTree.Entry;
import dev.hanji.calc.SourceTree.ListNode;
import dev.hanji.calc.SourceTree.MapNode;
import dev.hanji.calc.SourceTree.Node;
import dev.hanji.calc.SourceTree.ScalarNode;
import dev.hanji.calc.Spec.Chart;
import dev.hanji.calc.Spec.ChartType;
import dev.hanji.calc.Spec.Choice;
import dev.hanji.calc.Spec.Format;
import dev.hanji.calc.Spec.Input;
import dev.hanji.calc.Spec.InputType;
import dev.hanji.calc.Spec.Output;
import dev.hanji.calc.Spec.Position;
import dev.hanji.calc.Spec.Preset;
import dev.hanji.calc.Spec.Reference;
import dev.hanji.calc.Spec.Rule;
import dev.hanji.calc.Spec.Series;
import dev.hanji.calc.Spec.Source;
import dev.hanji.calc.Spec.Warning;
import dev.hanji.diagnostics.Diagnostics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns a spec file's {@link SourceTree} into a {@link Spec}, reporting every missing, unknown or
 * malformed key into the diagnostics with its place. Expressions are checked later by {@link SpecCompiler}.
 */
final class SpecReader {
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
  private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Set<String> RESERVED = Set.of("and", "or", "not", "if", "min", "max", "ceil", "floor",
      "round", "abs", "concat");

  private final String file;
  private final Diagnostics diagnostics;
  private final int errorsBefore;

  private SpecReader(String file, Diagnostics diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
    this.errorsBefore = diagnostics.errors().size();
  }

  /** Reads one spec; returns null when it has errors (they are in the diagnostics). */
  static Spec read(String id, String file, Node root, Diagnostics diagnostics) {
    SpecReader reader = new SpecReader(file, diagnostics);
    Spec spec = reader.spec(id, root);
    return diagnostics.errors().size() > reader.errorsBefore ? null : spec;
  }

  private Spec spec(String id, Node root) {
    MapNode map = map(root, "the calculator spec");
    if (map == null) {
      return null;
    }
    keys(map, "id", "title", "intro", "inputs", "outputs", "errors", "warnings", "presets", "reference", "chart");
    Entry idEntry = map.entries().get("id");
    if (idEntry != null && !id.equals(scalar(idEntry.value(), "id"))) {
      error(idEntry.value().position(), "id '" + scalar(idEntry.value(), "id") + "' differs from the file name",
          "the id is the file name without extension ('" + id + "'): remove the key or rename the file");
    }
    Text title = text(required(map, "title"), "title");
    Text intro = map.entries().containsKey("intro") ? text(map.entries().get("intro").value(), "intro") : null;
    List<Input> inputs = list(required(map, "inputs"), "inputs", this::input);
    List<Output> outputs = list(required(map, "outputs"), "outputs", this::output);
    checkUniqueNames(inputs, outputs);
    List<Rule> errors = list(optional(map, "errors"), "errors", this::rule);
    List<Warning> warnings = list(optional(map, "warnings"), "warnings", this::warning);
    Map<String, Input> byId = new LinkedHashMap<>();
    inputs.forEach(input -> byId.put(input.id(), input));
    List<Preset> presets = list(optional(map, "presets"), "presets", node -> preset(node, byId));
    Reference reference = map.entries().containsKey("reference") ? reference(map.entries().get("reference").value())
        : null;
    Chart chart = map.entries().containsKey("chart") ? chart(map.entries().get("chart").value()) : null;
    return new Spec(id, file, title, intro, inputs, outputs, errors, warnings, presets, reference, chart);
  }

  private Input input(Node node) {
    MapNode map = map(node, "an input");
    if (map == null) {
      return null;
    }
    keys(map, "id", "label", "help", "unit", "type", "default", "min", "max", "step", "choices");
    String id = name(required(map, "id"), "input id");
    InputType type = enumValue(optional(map, "type"), InputType.class, InputType.NUMBER, "input type");
    Text label = text(required(map, "label"), "label");
    Text help = optionalText(map, "help");
    Text unit = optionalText(map, "unit");
    Double min = optionalNumber(map, "min");
    Double max = optionalNumber(map, "max");
    Double step = optionalNumber(map, "step");
    List<Choice> choices = type == InputType.CHOICE ? list(required(map, "choices"), "choices", this::choice)
        : List.of();
    if (type != InputType.CHOICE && map.entries().containsKey("choices")) {
      error(map.entries().get("choices").keyPosition(), "only choice inputs have 'choices'",
          "set 'type: choice' or remove 'choices'");
    }
    Node defaultNode = required(map, "default");
    String defaultValue = scalar(defaultNode, "default");
    Input input = new Input(id, map.position(), label, help, unit, type, defaultValue, min, max, step, choices);
    if (defaultValue != null && id != null) {
      String problem = problemWith(input, defaultValue);
      if (problem != null) {
        error(defaultNode.position(), "default of input '" + id + "' " + problem, "change the default or the bounds");
      }
    }
    return input;
  }

  /** Why a value does not fit an input, or null when it does. */
  static String problemWith(Input input, String value) {
    if (input.type() == InputType.CHOICE) {
      boolean known = input.choices().stream().anyMatch(c -> c.value().equals(value));
      return known ? null : "'" + value + "' is not one of its choices";
    }
    if (finiteDecimal(value) == null) {
      return "'" + value + "' is not a number";
    }
    double number = Double.parseDouble(value);
    if (input.type() == InputType.INTEGER && number != Math.floor(number)) {
      return "'" + value + "' is not a whole number";
    }
    if (input.min() != null && number < input.min() || input.max() != null && number > input.max()) {
      return "'" + value + "' is outside its bounds";
    }
    return null;
  }

  private Choice choice(Node node) {
    if (node instanceof MapNode map) {
      keys(map, "value", "label");
      String value = scalar(required(map, "value"), "choice value");
      return new Choice(value, text(required(map, "label"), "choice label"));
    }
    String value = scalar(node, "choice");
    return value == null ? null : new Choice(value, Text.neutral(value));
  }

  private Output output(Node node) {
    MapNode map = map(node, "an output");
    if (map == null) {
      return null;
    }
    keys(map, "id", "label", "help", "expr", "format", "decimals", "unit", "labels");
    String id = name(required(map, "id"), "output id");
    Text label = text(required(map, "label"), "label");
    Source expression = expression(required(map, "expr"), "expr");
    Format format = enumValue(optional(map, "format"), Format.class, Format.NUMBER, "format");
    Double decimals = optionalNumber(map, "decimals");
    if (decimals != null && (decimals < 0 || decimals > 10 || decimals != Math.floor(decimals))) {
      error(map.entries().get("decimals").value().position(), "decimals must be a whole number from 0 to 10",
          "use e.g. 'decimals: 2'");
    }
    Map<String, Text> labels = new TreeMap<>();
    if (map.entries().get("labels") != null) {
      MapNode labelMap = map(map.entries().get("labels").value(), "labels");
      if (labelMap != null) {
        labelMap.entries().values().forEach(e -> labels.put(e.key(), text(e.value(), "label of " + e.key())));
      }
    }
    return new Output(id, map.position(), label, optionalText(map, "help"), expression, format,
        decimals == null ? 0 : decimals.intValue(), optionalText(map, "unit"), labels);
  }

  private Rule rule(Node node) {
    MapNode map = map(node, "an error rule");
    if (map == null) {
      return null;
    }
    keys(map, "when", "message");
    return new Rule(expression(required(map, "when"), "when"), text(required(map, "message"), "message"));
  }

  private Warning warning(Node node) {
    MapNode map = map(node, "a warning");
    if (map == null) {
      return null;
    }
    keys(map, "code", "when", "message");
    Node codeNode = required(map, "code");
    String code = scalar(codeNode, "code");
    if (code != null && !CODE.matcher(code).matches()) {
      error(codeNode.position(), "warning code '" + code + "' is not lower-case-with-dashes", "e.g. 'heap-over-8'");
    }
    return new Warning(code, map.position(), expression(required(map, "when"), "when"),
        text(required(map, "message"), "message"));
  }

  private Preset preset(Node node, Map<String, Input> inputs) {
    MapNode map = map(node, "a preset");
    if (map == null) {
      return null;
    }
    keys(map, "id", "label", "values");
    String id = name(required(map, "id"), "preset id");
    Map<String, String> values = new LinkedHashMap<>();
    MapNode valueMap = map(required(map, "values"), "preset values");
    if (valueMap != null) {
      for (Entry entry : valueMap.entries().values()) {
        Input input = inputs.get(entry.key());
        String value = scalar(entry.value(), "preset value");
        if (input == null) {
          error(entry.keyPosition(), "preset sets unknown input '" + entry.key() + "'",
              "inputs are: " + String.join(", ", inputs.keySet()));
        } else if (value != null && problemWith(input, value) != null) {
          error(entry.value().position(), "preset value for '" + entry.key() + "' " + problemWith(input, value),
              "use a value the input accepts");
        } else {
          values.put(entry.key(), value);
        }
      }
    }
    return new Preset(id, map.position(), text(required(map, "label"), "label"), values);
  }

  private Reference reference(Node node) {
    MapNode map = map(node, "reference");
    if (map == null) {
      return null;
    }
    keys(map, "title", "columns", "rows");
    List<Text> columns = list(required(map, "columns"), "columns", n -> text(n, "column"));
    List<List<Text>> rows = list(required(map, "rows"), "rows", row -> {
      List<Text> cells = list(row, "row", n -> text(n, "cell"));
      if (cells.size() != columns.size()) {
        error(row.position(), "row has " + cells.size() + " cells but there are " + columns.size() + " columns",
            "give one cell per column");
      }
      return cells;
    });
    return new Reference(text(required(map, "title"), "title"), columns, rows);
  }

  private Chart chart(Node node) {
    MapNode map = map(node, "chart");
    if (map == null) {
      return null;
    }
    keys(map, "type", "title", "series", "highlight", "params");
    ChartType type = enumValue(required(map, "type"), ChartType.class, null, "chart type");
    List<Series> series = list(optional(map, "series"), "series", this::series);
    Source highlight = map.entries().containsKey("highlight")
        ? expression(map.entries().get("highlight").value(), "highlight") : null;
    Map<String, Source> params = new LinkedHashMap<>();
    if (type == ChartType.RAID_LAYOUT) {
      MapNode paramMap = map(required(map, "params"), "params");
      if (paramMap != null) {
        keys(paramMap, "level", "disks", "groups");
        for (String key : List.of("level", "disks", "groups")) {
          params.put(key, expression(required(paramMap, key), key));
        }
      }
    } else if (series.isEmpty()) {
      error(map.position(), "a " + type.name().toLowerCase(Locale.ROOT).replace('_', '-') + " chart needs 'series'",
          "list the values to draw");
    }
    return new Chart(type, map.position(), text(required(map, "title"), "title"), series, highlight, params);
  }

  private Series series(Node node) {
    MapNode map = map(node, "a chart series");
    if (map == null) {
      return null;
    }
    keys(map, "key", "label", "value");
    Node key = optional(map, "key");
    return new Series(key == null ? null : scalar(key, "key"), text(required(map, "label"), "label"),
        expression(required(map, "value"), "value"));
  }

  private void checkUniqueNames(List<Input> inputs, List<Output> outputs) {
    Map<String, Position> seen = new LinkedHashMap<>();
    inputs.forEach(i -> checkUnique(seen, i.id(), i.position()));
    outputs.forEach(o -> checkUnique(seen, o.id(), o.position()));
  }

  private void checkUnique(Map<String, Position> seen, String id, Position at) {
    if (id == null) {
      return;
    }
    Position first = seen.putIfAbsent(id, at);
    if (first != null) {
      error(at, "'" + id + "' is declared twice (first at line " + first.line() + ")",
          "inputs and outputs share one namespace: rename one");
    }
  }

  // ---- small typed accessors, each reporting what is wrong ----

  private MapNode map(Node node, String what) {
    if (node instanceof MapNode map) {
      return map;
    }
    if (node != null) {
      error(node.position(), what + " must be a mapping (key: value) but is " + node.kind(),
          "write it as indented 'key: value' lines, as in the specs under content/calculators");
    }
    return null;
  }

  private void keys(MapNode map, String... allowed) {
    Set<String> known = Set.of(allowed);
    for (Entry entry : map.entries().values()) {
      if (!known.contains(entry.key())) {
        error(entry.keyPosition(), "unknown key '" + entry.key() + "'", "allowed here: " + String.join(", ", allowed));
      }
    }
  }

  private Node required(MapNode map, String key) {
    Entry entry = map.entries().get(key);
    if (entry == null) {
      error(map.position(), "missing key '" + key + "'", "add '" + key + ":'");
      return null;
    }
    return entry.value();
  }

  private static Node optional(MapNode map, String key) {
    Entry entry = map.entries().get(key);
    return entry == null ? null : entry.value();
  }

  private <T> List<T> list(Node node, String what, Function<Node, T> item) {
    if (node == null) {
      return List.of();
    }
    if (!(node instanceof ListNode list)) {
      error(node.position(), "'" + what + "' must be a list but is " + node.kind(), "write each item as '- ...'");
      return List.of();
    }
    List<T> items = new ArrayList<>();
    for (Node child : list.items()) {
      T value = item.apply(child);
      if (value != null) {
        items.add(value);
      }
    }
    return List.copyOf(items);
  }

  private String scalar(Node node, String what) {
    if (node == null) {
      return null;
    }
    if (node instanceof ScalarNode scalar && !scalar.text().isEmpty()) {
      return scalar.text();
    }
    error(node.position(), what + " must be a single value but is " + node.kind(),
        "write one value after the colon, not a list or a mapping");
    return null;
  }

  private String name(Node node, String what) {
    String name = scalar(node, what);
    if (name != null && (!NAME.matcher(name).matches() || RESERVED.contains(name))) {
      error(node.position(), what + " '" + name + "' is not a usable name",
          "use letters and digits starting with a letter (camelCase), not a keyword or function name");
      return null;
    }
    return name;
  }

  private Text text(Node node, String what) {
    if (node == null) {
      return null;
    }
    if (node instanceof ScalarNode) {
      String value = scalar(node, what);
      return value == null ? null : Text.neutral(value);
    }
    MapNode map = map(node, what);
    if (map == null) {
      return null;
    }
    keys(map, "ko", "en");
    String ko = scalar(required(map, "ko"), what + " (ko)");
    String en = scalar(required(map, "en"), what + " (en)");
    return new Text(ko, en);
  }

  private Text optionalText(MapNode map, String key) {
    Node node = optional(map, key);
    return node == null ? null : text(node, key);
  }

  private Double optionalNumber(MapNode map, String key) {
    Node node = optional(map, key);
    if (node == null) {
      return null;
    }
    if (!(node instanceof ScalarNode scalar && scalar.isNumber())) {
      error(node.position(), "'" + key + "' must be a number but is " + node.kind(), "write e.g. '" + key + ": 1'");
      return null;
    }
    Double value = finiteDecimal(scalar.text());
    if (value == null) {
      error(node.position(), "'" + key + "' must be a finite decimal number but is " + scalar.text(),
          "write a decimal number between -1.7e308 and 1.7e308, e.g. '" + key + ": 1'");
    }
    return value;
  }

  /** The value of a decimal number that a double holds without becoming infinite, or null. */
  private static Double finiteDecimal(String text) {
    if (!NUMBER.matcher(text).matches()) {
      return null;
    }
    double value = Double.parseDouble(text);
    return Double.isFinite(value) ? value : null;
  }

  private Source expression(Node node, String what) {
    if (node == null) {
      return null;
    }
    if (node instanceof ScalarNode scalar && !scalar.text().isBlank()) {
      return scalar.source();
    }
    error(node.position(), "'" + what + "' must be an expression but is " + node.kind(),
        "write the formula as one text value, e.g. 'disks * diskTb' (see DESIGN §5)");
    return null;
  }

  private <E extends Enum<E>> E enumValue(Node node, Class<E> type, E fallback, String what) {
    if (node == null) {
      return fallback;
    }
    String value = scalar(node, what);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(value)) {
        return constant;
      }
    }
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      names.add(constant.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    error(node.position(), "unknown " + what + " '" + value + "'", "use one of: " + String.join(", ", names));
    return fallback;
  }

  private void error(Position at, String message, String hint) {
    diagnostics.error(file, at.line(), at.column(), message, hint);
  }
}
