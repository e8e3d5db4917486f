package dev.hanji.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What an import wrote.
 *
 * @param pages       the Markdown pages written, in note order
 * @param attachments the images and files copied beside them, in the order the note links to them
 * @param repairs     the Notion quirks repaired on the way, as {@code note:line: what}, for the
 *                    front end to list (informational, not diagnostics)
 */
public record ImportResult(List<Path> pages, List<Path> attachments, List<String> repairs) {

  public ImportResult {
    pages = List.copyOf(pages);
    attachments = List.copyOf(attachments);
    repairs = List.copyOf(repairs);
  }

  /** Nothing written: the result of an import that stopped on errors. */
  public static ImportResult nothing() {
    return new ImportResult(List.of(), List.of(), List.of());
  }

  /** Every file written: the pages, then the attachments. */
  public List<Path> written() {
    List<Path> all = new ArrayList<>(pages);
    all.addAll(attachments);
    return List.copyOf(all);
  }
}
