package dev.hanji.calc;

import dev.hanji.files.BundledResources;
import dev.hanji.diagnostics.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The calculators of a site (DESIGN §5): loaded from the spec files under
 * {@code content/calculators/}, evaluated in Java for build-time defaults and tests, rendered as
 * widget markup, and emitted for the browser as a shared runtime plus one data module each.
 */
public final class Calculators {
  /** Where the browser runtime is written, relative to the output folder. */
  public static final String RUNTIME_PATH = "assets/calc/runtime.js";

  private static final String ASSET_DIR = "assets/calc/";
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");
  private static final Pattern SPEC_FILE = Pattern.compile("[^/]*\\.(yaml|yml|json)");
  private static final Set<String> RESERVED_IDS = Set.of("runtime", "messages");
  private static final Set<String> LANGS = Set.of("ko", "en");

  private final SortedMap<String, Calculator> calculators;
  private final Messages messages;
  private final Evaluator evaluator;

  private Calculators(SortedMap<String, Calculator> calculators, Messages messages) {
    this.calculators = calculators;
    this.messages = messages;
    this.evaluator = new Evaluator(messages);
  }

  /**
   * Loads every {@code *.yaml}, {@code *.yml} and {@code *.json} spec among {@code files}: the files of the
   * calculator folder by their path in it, as {@code sources.FolderWalker} lists them (specs in sub-folders are
   * not read; no files means no calculators). Problems are reported into {@code diagnostics} as
   * {@code file:line:column} with file names printed under {@code displayDir}; a spec with errors is left out.
   */
  public static Calculators load(SortedMap<String, Path> files, String displayDir, Diagnostics diagnostics) {
    SortedMap<String, Calculator> loaded = new TreeMap<>();
    files.forEach((name, file) -> {
      if (!SPEC_FILE.matcher(name).matches()) {
        return;
      }
      String id = name.substring(0, name.lastIndexOf('.'));
      String display = displayDir.isEmpty() ? name : displayDir + "/" + name;
      Calculator calculator = loadOne(file, id, display, diagnostics);
      if (calculator == null) {
        return;
      }
      if (loaded.containsKey(id)) {
        diagnostics.error(display, 1, 1, "a calculator with id '" + id + "' is already defined by "
            + loaded.get(id).spec().file(), "keep one spec file per calculator id");
        return;
      }
      loaded.put(id, calculator);
    });
    return new Calculators(Collections.unmodifiableSortedMap(loaded), Messages.load());
  }

  private static Calculator loadOne(Path file, String id, String display, Diagnostics diagnostics) {
    if (!ID.matcher(id).matches() || RESERVED_IDS.contains(id)) {
      diagnostics.error(display, 1, 1, "'" + id + "' is not a usable calculator id",
          "name the file in lower case with dashes (e.g. raid.yaml); 'runtime' and 'messages' are reserved");
      return null;
    }
    String content;
    try {
      content = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      diagnostics.error(display, 0, 0, "cannot read calculator spec: " + e.getMessage(), "check the file");
      return null;
    }
    SourceTree.Node root;
    try {
      root = SourceTree.parse(content, display.endsWith(".json"));
    } catch (SourceTree.SyntaxError e) {
      diagnostics.error(display, e.position.line(), e.position.column(), "invalid spec syntax: " + e.getMessage(),
          "fix the YAML/JSON syntax at this place");
      return null;
    }
    Spec spec = SpecReader.read(id, display, root, diagnostics);
    return spec == null ? null : SpecCompiler.compile(spec, diagnostics);
  }

  /** Whether a calculator with this id exists (used to check {@code ```calculator} blocks). */
  public boolean contains(String id) {
    return calculators.containsKey(id);
  }

  /** The ids of all calculators, sorted. */
  public SortedSet<String> ids() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(calculators.keySet()));
  }

  /**
   * The widget HTML for page language {@code "ko"} or {@code "en"}, with the default results
   * computed in Java already in it (so it works with JavaScript off).
   */
  public String renderHtml(String id, String lang) {
    if (!LANGS.contains(lang)) {
      throw new IllegalArgumentException("language must be ko or en: " + lang);
    }
    Calculator calculator = require(id);
    return new HtmlRenderer(messages).render(calculator, evaluator.evaluate(calculator, Map.of()), lang);
  }

  /**
   * Files to write into the site, output-relative path → UTF-8 text: the shared runtime
   * ({@link #RUNTIME_PATH}), the UI strings and one data module per calculator. Deterministic.
   */
  public SortedMap<String, String> browserFiles() {
    SortedMap<String, String> files = new TreeMap<>();
    files.put(RUNTIME_PATH, runtimeSource());
    files.put(ASSET_DIR + "messages.js", BrowserModule.messages(messages));
    calculators.forEach((id, calculator) -> files.put(ASSET_DIR + id + ".js", BrowserModule.of(calculator)));
    return Collections.unmodifiableSortedMap(files);
  }

  /**
   * Evaluates a calculator in Java: raw values per output id plus the error or the active
   * warnings. Inputs are raw strings as typed; missing ones take their defaults.
   */
  public Result evaluate(String id, Map<String, String> inputs) {
    return evaluator.evaluate(require(id), inputs);
  }

  /** Visible text of an output value in a language, as the page prints it (for tests). */
  String format(String id, String outputId, Object value, String lang) {
    Spec.Output output = require(id).spec().outputs().stream().filter(o -> o.id().equals(outputId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no output " + outputId));
    return Formats.output(output, value, lang);
  }

  /** The compiled calculator (for tests in this package). */
  Calculator calculator(String id) {
    return require(id);
  }

  private Calculator require(String id) {
    Calculator calculator = calculators.get(id);
    if (calculator == null) {
      throw new IllegalArgumentException("unknown calculator '" + id + "'; known: " + calculators.keySet());
    }
    return calculator;
  }

  private static String runtimeSource() {
    return BundledResources.text(Calculators.class, "runtime.js");
  }
}
