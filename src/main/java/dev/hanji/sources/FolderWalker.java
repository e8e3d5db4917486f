package dev.hanji.sources;

import dev.hanji.files.ProjectFolders;
import dev.hanji.diagnostics.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Lists the files under a source folder — a language of {@code content/}, {@code static/}, the calculator
 * specs — the same way for every stage. A symbolic link is followed only when what it leads to lies inside the
 * project folder or inside one of the configured source folders, so that a link cannot publish a file from
 * elsewhere on the machine ({@code static/passwd -> /etc/passwd}); such a link, a broken link and a link back to
 * a folder that contains it are skipped with a warning that names the link. Links to files and folders inside
 * the project are followed like the files and folders themselves.
 */
public final class FolderWalker {
  private static final String OUTSIDE_HINT = "copy the file into the project, or link to a file inside it";
  private final List<Path> trusted;

  private FolderWalker(List<Path> trusted) {
    this.trusted = trusted;
  }

  /** A walker that follows links into the project folder and the source folders of {@code options}. */
  public static FolderWalker of(ProjectFolders options) {
    List<Path> trusted = new ArrayList<>();
    for (Path folder : List.of(options.projectDir(), options.contentDir(), options.templatesDir(),
        options.staticDir())) {
      realPath(folder).ifPresent(trusted::add);
    }
    return new FolderWalker(List.copyOf(trusted));
  }

  /**
   * Every regular file under {@code root} by its path relative to it, with forward slashes, in path order; empty
   * when {@code root} is missing. A skipped link is reported to {@code diagnostics} as a warning at
   * {@code displayRoot/its path}.
   */
  public SortedMap<String, Path> files(Path root, String displayRoot, Diagnostics diagnostics) {
    SortedMap<String, Path> found = new TreeMap<>();
    new Walk(displayRoot, diagnostics, found).visit(root, "");
    return found;
  }

  /**
   * Whether a file read by its name ({@code site.yaml}, a message bundle, the page template) may be read: it is
   * missing (the reader reports that), or it lies inside the project or a source folder once every link on its
   * path is resolved. Otherwise it is reported as a warning naming it, and must be skipped.
   */
  public boolean mayRead(Path file, String display, Diagnostics diagnostics) {
    Optional<Path> target = realPath(file);
    if (target.isEmpty() || isTrusted(target.get())) {
      return true;
    }
    diagnostics.warning(display, 0, 0, outside(target.get()) + "; skipped", OUTSIDE_HINT);
    return false;
  }

  private boolean isTrusted(Path target) {
    return trusted.stream().anyMatch(target::startsWith);
  }

  private static String outside(Path target) {
    return "symbolic link to " + target + ", outside the project folder";
  }

  /** One listing: the folders being listed (to notice a link back into one of them) and what was found. */
  private final class Walk {
    private final String displayRoot;
    private final Diagnostics diagnostics;
    private final SortedMap<String, Path> found;
    private final Set<Path> openFolders = new HashSet<>();

    Walk(String displayRoot, Diagnostics diagnostics, SortedMap<String, Path> found) {
      this.displayRoot = displayRoot;
      this.diagnostics = diagnostics;
      this.found = found;
    }

    void visit(Path path, String relative) {
      if (Files.isSymbolicLink(path) && !mayFollow(path, relative)) {
        return;
      }
      if (Files.isDirectory(path)) {
        enter(path, relative);
      } else if (Files.isRegularFile(path) && !relative.isEmpty()) {
        found.put(relative, path);
      }
    }

    private void enter(Path folder, String relative) {
      Path real = realPath(folder).orElse(folder.toAbsolutePath().normalize());
      if (!openFolders.add(real)) {
        skip(relative, "symbolic link to a folder that contains it",
            "remove the link; it would list the same files again and again");
        return;
      }
      try (Stream<Path> entries = Files.list(folder)) {
        for (Path entry : entries.sorted().toList()) {
          String name = entry.getFileName().toString();
          visit(entry, relative.isEmpty() ? name : relative + "/" + name);
        }
      } catch (IOException e) {
        diagnostics.error(display(relative), 0, 0, "cannot list folder: " + e.getMessage(),
            "check that the folder is readable");
      } finally {
        openFolders.remove(real);
      }
    }

    private boolean mayFollow(Path link, String relative) {
      Path target = realPath(link).orElse(null);
      if (target == null) {
        skip(relative, "broken symbolic link (what it names is missing, or links lead in a circle)",
            "point the link at an existing file, or remove it");
        return false;
      }
      if (!isTrusted(target)) {
        skip(relative, outside(target), OUTSIDE_HINT);
        return false;
      }
      return true;
    }

    private void skip(String relative, String what, String hint) {
      diagnostics.warning(display(relative), 0, 0, what + "; skipped", hint);
    }

    private String display(String relative) {
      if (relative.isEmpty()) {
        return displayRoot;
      }
      return displayRoot.isEmpty() ? relative : displayRoot + "/" + relative;
    }
  }

  /** Where a path leads with every link resolved, or empty when it leads nowhere (missing, broken, a loop). */
  private static Optional<Path> realPath(Path path) {
    try {
      return Optional.of(path.toRealPath());
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
