package dev.hanji.importer;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.hanji.diagnostics.Diagnostic;
import dev.hanji.diagnostics.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the optional slug mapping file of an import: a YAML map from section title to slug,
 * e.g. {@code 카프카 클러스터 운영: cluster-operations}, for titles whose romanised slug is not wanted.
 */
public final class SlugMapping {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private SlugMapping() {
  }

  /**
   * Reads the mapping file. Problems (unreadable file, bad YAML, a value that is not a slug)
   * become errors in {@code diagnostics}; the entries that are fine are still returned.
   *
   * @return title (NFC) → slug, in file order; empty when the file could not be read
   */
  public static Map<String, String> load(Path file, Diagnostics diagnostics) {
    String where = Diagnostic.display(file);
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      diagnostics.error(where, 0, 0, "cannot read the slug mapping file: " + e.getMessage(),
          "check the path given as the mapping file");
      return Map.of();
    }
    JsonNode root;
    try {
      root = YAML.readTree(text);
    } catch (JacksonException e) {
      diagnostics.error(where, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          e.getLocation() == null ? 0 : e.getLocation().getColumnNr(),
          "the slug mapping is not valid YAML: " + e.getOriginalMessage(),
          "write one 'title: slug' pair per line");
      return Map.of();
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return Map.of();
    }
    if (!root.isObject()) {
      diagnostics.error(where, 1, 1, "the slug mapping must be a map of 'title: slug' pairs",
          "write one 'title: slug' pair per line");
      return Map.of();
    }
    return entries(root, List.of(text.split("\n", -1)), where, diagnostics);
  }

  private static Map<String, String> entries(JsonNode root, List<String> lines, String where,
      Diagnostics diagnostics) {
    Map<String, String> mapping = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : root.properties()) {
      String slug = entry.getValue().isValueNode() ? entry.getValue().asText() : "";
      if (!Slugs.isValid(slug)) {
        diagnostics.error(where, lineOf(lines, entry.getKey()), 1,
            "'" + slug + "' is not a valid slug for '" + entry.getKey() + "'",
            "use lower-case ASCII letters and digits joined by '-', e.g. broker-hardware");
        continue;
      }
      mapping.put(Normalizer.normalize(entry.getKey(), Normalizer.Form.NFC), slug);
    }
    return Collections.unmodifiableMap(mapping);
  }

  private static int lineOf(List<String> lines, String key) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(key)) {
        return i + 1;
      }
    }
    return 0;
  }
}
