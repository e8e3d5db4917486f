package dev.hanji.files;

import dev.hanji.diagnostics.Diagnostic;
import java.nio.file.Path;

/**
 * Where a project's files are: the project folder, its source folders and the output folder, all absolute and
 * normalised. What the stages need of the build options, as plain values.
 *
 * @param projectDir   the project folder
 * @param contentDir   Markdown sources, {@code content/}
 * @param templatesDir the site's own templates and message bundles, {@code site-templates/}
 * @param staticDir    the site's own static files, {@code static/}
 * @param outputDir    where the site is written, {@code target/site}
 */
public record ProjectFolders(Path projectDir, Path contentDir, Path templatesDir, Path staticDir, Path outputDir) {

  /**
   * How a path is printed in diagnostics: relative to the project, with forward slashes ({@code .} for the project
   * folder itself); absolute when it lies outside.
   */
  public String display(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(projectDir) ? projectDir.relativize(absolute) : absolute;
    String text = Diagnostic.display(shown);
    return text.isEmpty() ? "." : text;
  }
}
