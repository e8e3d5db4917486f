package dev.hanji.output;

import dev.hanji.files.ProjectFolders;
import dev.hanji.diagnostics.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where a site may be written. A build replaces its output folder wholesale, so the output folder may not be
 * or contain the project folder, may not be, contain or lie inside a source folder (content, templates, static),
 * and may not be, contain or lie inside a {@code .git} folder. Lying inside the project folder, as
 * {@code target/site} does, is fine. Paths are compared as the file system resolves them — symbolic links
 * followed, {@code ..} removed — including the parts of a path that do not exist yet.
 */
final class OutputFolderRules {
  private static final String HINT = "choose a folder of its own, such as target/site, with -Dsite.outputDirectory="
      + " (--outputDirectory= on the command line)";

  private OutputFolderRules() {
  }

  /** The first rule that {@code options.outputDir()} breaks, as an error naming the folder, or empty. */
  static Optional<Diagnostic> check(ProjectFolders options) {
    Path output = real(options.outputDir());
    return problem(output, options).map(what -> Diagnostic.error(options.display(options.outputDir()), 0, 0,
        "the output folder " + what + "; a build replaces the output folder with the site, deleting what was there",
        HINT));
  }

  private static Optional<String> problem(Path output, ProjectFolders options) {
    Path project = real(options.projectDir());
    if (output.equals(project)) {
      return Optional.of("is the project folder");
    }
    if (project.startsWith(output)) {
      return Optional.of("contains the project folder");
    }
    for (Map.Entry<String, Path> source : sourceFolders(options).entrySet()) {
      Optional<String> overlap = overlap(output, real(source.getValue()), source.getKey());
      if (overlap.isPresent()) {
        return overlap;
      }
    }
    return gitProblem(output);
  }

  private static Map<String, Path> sourceFolders(ProjectFolders options) {
    Map<String, Path> folders = new LinkedHashMap<>();
    folders.put("content folder (" + options.display(options.contentDir()) + ")", options.contentDir());
    folders.put("templates folder (" + options.display(options.templatesDir()) + ")", options.templatesDir());
    folders.put("static folder (" + options.display(options.staticDir()) + ")", options.staticDir());
    return folders;
  }

  private static Optional<String> overlap(Path output, Path source, String name) {
    if (output.equals(source)) {
      return Optional.of("is the " + name);
    }
    if (source.startsWith(output)) {
      return Optional.of("contains the " + name);
    }
    if (output.startsWith(source)) {
      return Optional.of("lies inside the " + name);
    }
    return Optional.empty();
  }

  private static Optional<String> gitProblem(Path output) {
    for (Path part : output) {
      if (part.toString().equals(".git")) {
        return Optional.of("is or lies inside a .git folder");
      }
    }
    if (Files.exists(output.resolve(".git"))) {
      return Optional.of("contains a .git folder");
    }
    return Optional.empty();
  }

  /**
   * The absolute path the file system means by {@code path}: its longest existing part with links resolved,
   * followed by the parts that do not exist yet.
   */
  private static Path real(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
    } catch (IOException unreadable) {
      return absolute; // a folder we may not look into: compare the path as it is written
    }
  }
}
