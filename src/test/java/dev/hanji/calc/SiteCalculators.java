package dev.hanji.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hanji.core.Diagnostics;
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
      loaded = Calculators.load(dir, "content/calculators", diagnostics);
      assertEquals(List.of(), diagnostics.all(), "the project's calculator specs must load cleanly");
    }
    return loaded;
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
