package dev.hanji.check;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/**
 * Finds output paths that cannot both be written: a file whose path another file needs as a folder
 * ({@code assets/site.css} and an alias writing {@code assets/site.css/index.html}). The disk would refuse the
 * second one halfway through writing; the build reports it instead.
 */
public final class PathConflicts {
  private PathConflicts() {
  }

  /**
   * A file that stands where another file needs a folder.
   *
   * @param file   the file in the way
   * @param nested the file that needs {@code file} to be a folder
   */
  public record Conflict(String file, String nested) {
  }

  /** Every conflict among the output paths, in path order. */
  public static List<Conflict> find(SortedSet<String> files) {
    List<Conflict> conflicts = new ArrayList<>();
    for (String path : files) {
      for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
        String folder = path.substring(0, slash);
        if (files.contains(folder)) {
          conflicts.add(new Conflict(folder, path));
          break;
        }
      }
    }
    return conflicts;
  }
}
