package dev.hanji.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hanji.core.BuildOptions;
import dev.hanji.diagnostics.Diagnostics;
import dev.hanji.sources.FolderWalker;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The project's own calculators (content/calculators), loaded once for the tests. */
final class SiteCalculators {
  private static Calculators loaded;

  private SiteCalculators() {
  }

  static synchronized Calculators get() {
    if (loaded == null) {
      Path dir = Path.of(System.getProperty("hanji.projectDir", "."), "content", "calculators");
      Diagnostics diagnostics = new Diagnostics();
      loaded = load(dir, diagnostics);
      assertEquals(List.of(), diagnostics.all(), "the project's calculator specs must load cleanly");
    }
    return loaded;
  }

  /** Loads the specs in {@code dir} as a build loads {@code content/calculators}. */
  static Calculators load(Path dir, Diagnostics diagnostics) {
    FolderWalker walker = FolderWalker.of(BuildOptions.forProject(dir).folders());
    return Calculators.load(walker.files(dir, "content/calculators", diagnostics), "content/calculators", diagnostics);
  }

  /** Evaluates with some inputs changed from their defaults ("key", "value", ...). */
  static Result eval(String id, String... keyValues) {
    Map<String, String> inputs = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      inputs.put(keyValues[i], keyValues[i + 1]);
    }
    return get().evaluate(id, inputs);
  }
}
