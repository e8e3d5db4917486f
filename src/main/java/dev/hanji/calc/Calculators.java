package dev.hanji.calc;

import dev.hanji.core.Diagnostics;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** Placeholder until the calculator stage lands: knows no calculators. */
public final class Calculators {
  public static final String RUNTIME_PATH = "assets/calc/runtime.js";

  public static Calculators load(Path dir, String displayDir, Diagnostics diagnostics) {
    return new Calculators();
  }

  public boolean contains(String id) {
    return false;
  }

  public SortedSet<String> ids() {
    return new TreeSet<>();
  }

  public String renderHtml(String id, String lang) {
    return "";
  }

  public SortedMap<String, String> browserFiles() {
    return new TreeMap<>(Map.of());
  }
}
