package dev.hanji.importer;

import dev.hanji.diagnostics.Diagnostic;
import dev.hanji.diagnostics.Diagnostics;
import dev.hanji.notion.NotionMarkdown;
import dev.hanji.notion.Repaired;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns one Notion-style Korean note into site pages: the core of {@code mvn site:import} and
 * of the CLI {@code import} command.
 */
public final class NoteImporter {
  private static final String OVERWRITE_HINT = "pass -Dsite.overwrite=true to replace it";

  /** One page to write, and the repairs made to its body (as {@code note:line: what}). */
  private record PlannedPage(Path file, String content, List<String> repairs) {
  }

  private NoteImporter() {
  }

  /**
   * Splits a note at its top-level sections (the highest heading level present, e.g. `##`) into
   * pages under targetDir (content/ko/), each with front matter (title, weight in note order ×10,
   * slug derived in ASCII from the title or taken from the mapping), repaired Markdown; copies
   * referenced local images/attachments beside the new pages and rewrites links; reports missing
   * attachments (warning, not fatal) and suspected typos (warning, text unchanged); never
   * overwrites an existing file unless overwrite. Returns the files written.
   *
   * <p>The typo list is the built-in one plus {@code typos.tsv} of the project directory, taken
   * to be two levels above {@code targetDir} when that is {@code content/ko}; front ends that know
   * the project directory call {@link #importNote(Path, Path, Map, boolean, Typos, Diagnostics)}.
   *
   * @param note        the exported Markdown note
   * @param targetDir   where the pages go, normally {@code content/ko}
   * @param slugMapping section title → slug, overriding the romanised slug (see {@link SlugMapping})
   * @param overwrite   whether existing files may be replaced
   * @param diagnostics receives errors (nothing is written when there is one) and warnings
   * @return the files written; nothing when an error stopped the import
   */
  public static ImportResult importNote(Path note, Path targetDir, Map<String, String> slugMapping,
      boolean overwrite, Diagnostics diagnostics) {
    Path absoluteTarget = targetDir.toAbsolutePath().normalize();
    Typos typos = absoluteTarget.endsWith(Path.of("content", "ko"))
        ? Typos.load(absoluteTarget.getParent().getParent(), diagnostics)
        : Typos.builtIn();
    return importNote(note, targetDir, slugMapping, overwrite, typos, diagnostics);
  }

  /**
   * As {@link #importNote(Path, Path, Map, boolean, Diagnostics)}, with the typo list to check
   * against given explicitly (see {@link Typos#load(Path, Diagnostics)}).
   */
  public static ImportResult importNote(Path note, Path targetDir, Map<String, String> slugMapping,
      boolean overwrite, Typos typos, Diagnostics diagnostics) {
    return importNote(note, targetDir, slugMapping, overwrite, typos, 0, diagnostics);
  }

  /**
   * As {@link #importNote(Path, Path, Map, boolean, Typos, Diagnostics)}, splitting the note at headings of
   * {@code splitLevel} (1 to 6; 0 chooses the level as {@link NoteSections} describes).
   */
  public static ImportResult importNote(Path note, Path targetDir, Map<String, String> slugMapping,
      boolean overwrite, Typos typos, int splitLevel, Diagnostics diagnostics) {
    String noteFile = Diagnostic.display(note);
    List<String> lines = readNote(note, noteFile, diagnostics);
    if (lines == null) {
      return ImportResult.nothing();
    }
    typos.check(noteFile, lines, diagnostics);
    Attachments attachments = new Attachments(note, noteFile);
    List<PlannedPage> pages = planPages(NoteSections.split(lines, note.getFileName().toString(), splitLevel),
        targetDir, slugMapping, attachments, diagnostics);
    if (!nothingInTheWay(pages, attachments, targetDir, overwrite, diagnostics)) {
      return ImportResult.nothing();
    }
    return write(pages, attachments, targetDir, diagnostics);
  }

  private static List<String> readNote(Path note, String noteFile, Diagnostics diagnostics) {
    if (!Files.isRegularFile(note)) {
      diagnostics.error(noteFile, 0, 0, "the note to import does not exist",
          "pass the exported Markdown file with -Dsite.importFile=NOTE.md");
      return null;
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(note)))
          .toString();
      String clean = Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
      return List.of((clean.startsWith("\uFEFF") ? clean.substring(1) : clean).split("\n", -1));
    } catch (CharacterCodingException e) {
      diagnostics.error(noteFile, 0, 0, "the note is not UTF-8 text", "export it from Notion again as Markdown");
    } catch (IOException e) {
      diagnostics.error(noteFile, 0, 0, "cannot read the note: " + e.getMessage(), "check the file's permissions");
    }
    return null;
  }

  private static List<PlannedPage> planPages(List<NoteSections.Section> sections, Path targetDir,
      Map<String, String> slugMapping, Attachments attachments, Diagnostics diagnostics) {
    List<PlannedPage> pages = new ArrayList<>();
    Set<String> usedSlugs = new HashSet<>();
    List<String> slugs = new ArrayList<>();
    Map<String, String> slugByTitle = new HashMap<>();
    for (NoteSections.Section section : sections) {
      String slug = uniqueSlug(slugMapping.getOrDefault(section.title(), Slugs.of(section.title())), usedSlugs);
      slugs.add(slug);
      slugByTitle.putIfAbsent(section.title().strip().toLowerCase(Locale.ROOT), slug);
    }
    for (int s = 0; s < sections.size(); s++) {
      NoteSections.Section section = sections.get(s);
      String slug = slugs.get(s);
      List<String> repairs = new ArrayList<>();
      String body = pageBody(section, slug, attachments, new SectionLinks(slugByTitle), diagnostics, repairs);
      String content = FrontMatter.of(section.title(), (s + 1) * 10, slug) + "\n" + body;
      pages.add(new PlannedPage(targetDir.resolve(slug + ".md"), content, repairs));
    }
    return pages;
  }

  private static String uniqueSlug(String wanted, Set<String> used) {
    String slug = wanted;
    for (int n = 2; !used.add(slug); n++) {
      slug = wanted + "-" + n;
    }
    return slug;
  }

  private static String pageBody(NoteSections.Section section, String slug, Attachments attachments,
      SectionLinks sectionLinks, Diagnostics diagnostics, List<String> repairs) {
    List<String> body = new ArrayList<>(section.body().size());
    for (int i = 0; i < section.body().size(); i++) {
      String line = attachments.rewrite(section.body().get(i), section.lineNumbers().get(i), slug, diagnostics);
      body.add(sectionLinks.retarget(line));
    }
    int from = firstContentLine(body);
    int to = lastContentLine(body) + 1;
    if (from >= to) {
      return "";
    }
    Repaired repaired = NotionMarkdown.repair(String.join("\n", body.subList(from, to)));
    String noteFile = Diagnostic.display(attachments.note());
    for (Repaired.Repair repair : repaired.repairs()) {
      repairs.add(noteFile + ":" + section.lineNumbers().get(from + repair.line() - 1) + ": " + repair.what());
    }
    return repaired.text() + "\n";
  }

  /** The first line that is not blank or a Notion section-separating {@code ---} rule. */
  private static int firstContentLine(List<String> body) {
    int from = 0;
    while (from < body.size() && isEdgeLine(body.get(from))) {
      from++;
    }
    return from;
  }

  private static int lastContentLine(List<String> body) {
    int last = body.size() - 1;
    while (last >= 0 && isEdgeLine(body.get(last))) {
      last--;
    }
    return last;
  }

  private static boolean isEdgeLine(String line) {
    return line.isBlank() || line.strip().equals("---");
  }

  private static boolean nothingInTheWay(List<PlannedPage> pages, Attachments attachments, Path targetDir,
      boolean overwrite, Diagnostics diagnostics) {
    if (overwrite) {
      return true;
    }
    List<Path> targets = new ArrayList<>();
    pages.forEach(p -> targets.add(p.file()));
    attachments.copies().values().forEach(name -> targets.add(targetDir.resolve(name)));
    boolean free = true;
    for (Path target : targets) {
      if (Files.exists(target)) {
        diagnostics.error(Diagnostic.display(target), 0, 0,
            "'" + Diagnostic.display(target) + "' already exists; the import would replace it", OVERWRITE_HINT);
        free = false;
      }
    }
    return free;
  }

  private static ImportResult write(List<PlannedPage> pages, Attachments attachments, Path targetDir,
      Diagnostics diagnostics) {
    List<Path> pagesWritten = new ArrayList<>();
    List<String> repairs = new ArrayList<>();
    pages.forEach(p -> repairs.addAll(p.repairs()));
    List<Path> attachmentsWritten = new ArrayList<>();
    try {
      Files.createDirectories(targetDir);
      for (PlannedPage page : pages) {
        Files.writeString(page.file(), page.content(), StandardCharsets.UTF_8);
        pagesWritten.add(page.file());
      }
      for (Map.Entry<Path, String> copy : attachments.copies().entrySet()) {
        Path target = targetDir.resolve(copy.getValue());
        Files.copy(copy.getKey(), target, StandardCopyOption.REPLACE_EXISTING);
        attachmentsWritten.add(target);
      }
    } catch (IOException e) {
      diagnostics.error(Diagnostic.display(targetDir), 0, 0, "cannot write the imported pages: " + e.getMessage(),
          "check that the target directory is writable");
    }
    return new ImportResult(pagesWritten, attachmentsWritten, repairs);
  }
}
