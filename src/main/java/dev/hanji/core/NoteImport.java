package dev.hanji.core;

import dev.hanji.diagnostics.BuildFailedException;
import dev.hanji.diagnostics.Diagnostics;
import dev.hanji.importer.ImportResult;
import dev.hanji.importer.NoteImporter;
import dev.hanji.importer.SlugMapping;
import dev.hanji.importer.Typos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The core of {@code site:import} and the CLI's {@code import}: turns a Notion-style note
 * ({@link BuildOptions#importFile()}) into pages under {@code content/ko/}, with an optional slug mapping
 * file (setting {@code importMapping}).
 */
public final class NoteImport {
  /** The setting that names the YAML file mapping section titles to slugs. */
  public static final String MAPPING_SETTING = "importMapping";
  /** The setting that names the heading level to split the note at (1 to 6; chosen from the note if absent). */
  public static final String SPLIT_LEVEL_SETTING = "importSplitLevel";

  private NoteImport() {
  }

  /**
   * Imports the note.
   *
   * @return the lines to print: files written, repairs made, warnings (suspected typos, missing images)
   * @throws BuildFailedException when the note is missing or unreadable, or a page exists and
   *                              {@code overwrite} is off; nothing is then written
   */
  public static List<String> run(BuildOptions options) throws BuildFailedException {
    Diagnostics diagnostics = new Diagnostics();
    Path note = options.importFile();
    if (note == null || !Files.isRegularFile(note)) {
      diagnostics.error(note == null ? null : options.display(note), 0, 0,
          note == null ? "no note to import" : "note not found",
          "pass the exported Markdown file with -Dsite.importFile=NOTE.md");
      throw new BuildFailedException(diagnostics.all());
    }
    String mappingFile = options.settings().get(MAPPING_SETTING);
    Map<String, String> mapping = mappingFile == null ? Map.of()
        : SlugMapping.load(options.projectDir().resolve(mappingFile), diagnostics);
    int splitLevel = splitLevel(options.settings().get(SPLIT_LEVEL_SETTING), diagnostics);
    if (diagnostics.hasErrors()) {
      throw new BuildFailedException(diagnostics.all());
    }
    Path target = options.contentDir().resolve("ko");
    ImportResult result = NoteImporter.importNote(note, target, mapping, options.overwrite(),
        Typos.load(options.projectDir(), diagnostics), splitLevel, diagnostics);
    if (diagnostics.hasErrors()) {
      throw new BuildFailedException(diagnostics.all());
    }
    List<String> lines = new ArrayList<>();
    result.written().forEach(path -> lines.add("written: " + options.display(path)));
    result.repairs().forEach(repair -> lines.add("repaired: " + repair));
    diagnostics.warnings().forEach(warning -> lines.add(warning.toString()));
    return lines;
  }

  private static int splitLevel(String value, Diagnostics diagnostics) {
    if (value == null) {
      return 0;
    }
    if (!value.strip().matches("[1-6]")) {
      diagnostics.error("-Dsite." + SPLIT_LEVEL_SETTING, 0, 0, "'" + value + "' is not a heading level",
          "give a number from 1 (split at '#') to 6, or leave it out to let the note decide");
      return 0;
    }
    return Integer.parseInt(value.strip());
  }
}
