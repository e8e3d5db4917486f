package dev.hanji.importer;

import dev.hanji.files.BundledResources;
import dev.hanji.diagnostics.Diagnostic;
import dev.hanji.diagnostics.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * A list of known misspellings ({@code wrong → right}) and the check that reports them as
 * warnings without changing the text. The built-in list is the resource
 * {@code dev/hanji/importer/typos.tsv}; a {@code typos.tsv} in the project directory adds entries.
 */
public final class Typos {
  /** The name of the built-in list and of the user's extension file in the project directory. */
  public static final String FILE_NAME = "typos.tsv";

  private final List<Entry> entries;

  private Typos(List<Entry> entries) {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparingInt((Entry e) -> -e.wrong().length()).thenComparing(Entry::wrong));
    this.entries = List.copyOf(sorted);
  }

  /** The built-in list only. */
  public static Typos builtIn() {
    String text = BundledResources.text(Typos.class, FILE_NAME);
    return new Typos(parse(text, "typos.tsv (built in)", new Diagnostics()));
  }

  /**
   * The built-in list plus the entries of {@code projectDir/typos.tsv} when that file exists;
   * malformed lines of the user's file become errors in {@code diagnostics}.
   */
  public static Typos load(Path projectDir, Diagnostics diagnostics) {
    Typos builtIn = builtIn();
    Path userFile = projectDir.resolve(FILE_NAME);
    if (!Files.isRegularFile(userFile)) {
      return builtIn;
    }
    try {
      List<Entry> all = new ArrayList<>(builtIn.entries);
      all.addAll(parse(Files.readString(userFile, StandardCharsets.UTF_8), Diagnostic.display(userFile), diagnostics));
      return new Typos(all);
    } catch (IOException e) {
      diagnostics.error(Diagnostic.display(userFile), 0, 0, "cannot read the typo list: " + e.getMessage(),
          "fix the file's permissions or remove it");
      return builtIn;
    }
  }

  /** Number of known misspellings. */
  public int size() {
    return entries.size();
  }

  /**
   * Reports every known misspelling in the lines as a warning at {@code file:line:column}.
   * Lines inside fenced code blocks are skipped; where two entries overlap, the longer one wins.
   */
  void check(String file, List<String> lines, Diagnostics diagnostics) {
    boolean inFence = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
        inFence = !inFence;
        continue;
      }
      if (!inFence) {
        checkLine(file, i + 1, line, diagnostics);
      }
    }
  }

  private void checkLine(String file, int lineNumber, String line, Diagnostics diagnostics) {
    BitSet reported = new BitSet(line.length());
    for (Entry entry : entries) {
      for (int at = line.indexOf(entry.wrong()); at >= 0; at = line.indexOf(entry.wrong(), at + 1)) {
        int end = at + entry.wrong().length();
        if (reported.get(at, end).isEmpty() && entry.matchesAt(line, at)) {
          reported.set(at, end);
          diagnostics.warning(file, lineNumber, line.codePointCount(0, at) + 1,
              "'" + entry.wrong() + "' may be a typo for '" + entry.right() + "'",
              "fix it in the source note or ignore");
        }
      }
    }
  }

  private static List<Entry> parse(String text, String where, Diagnostics diagnostics) {
    List<Entry> entries = new ArrayList<>();
    String[] lines = Normalizer.normalize(text, Normalizer.Form.NFC).split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t");
      boolean anywhere = fields.length == 3 && fields[2].strip().equals("anywhere");
      if (fields.length < 2 || fields.length > 3 || fields[0].isEmpty() || fields[1].isEmpty()
          || (fields.length == 3 && !anywhere)) {
        diagnostics.error(where, i + 1, 1, "a typo entry must be 'wrong<TAB>right' with an optional '<TAB>anywhere'",
            "separate the fields with one tab character");
        continue;
      }
      entries.add(new Entry(fields[0], fields[1], anywhere));
    }
    return entries;
  }

  /** One misspelling; unless {@code anywhere}, it must start a word (and, if Latin, end one). */
  private record Entry(String wrong, String right, boolean anywhere) {
    boolean matchesAt(String line, int at) {
      if (anywhere) {
        return true;
      }
      boolean startsWord = at == 0 || !Character.isLetterOrDigit(line.codePointBefore(at));
      int end = at + wrong.length();
      boolean latinEnd = isLatin(wrong.charAt(wrong.length() - 1));
      boolean endsWord = !latinEnd || end >= line.length() || !isLatin(line.charAt(end));
      return startsWord && endsWord;
    }

    private static boolean isLatin(char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
  }
}
