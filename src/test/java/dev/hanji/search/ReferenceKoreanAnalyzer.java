package dev.hanji.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The analyser as it was before it was rewritten to hand terms to a sink without a string per term: Runs of
 * characters as records, every term a substring. Kept only as the reference the rewrite is held to
 * ({@link KoreanAnalyzerRewriteTest}); the rules are documented on {@link KoreanAnalyzer}.
 */
final class ReferenceKoreanAnalyzer {

  private static final char[] CHOSEONG = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ".toCharArray();
  private static final int SYLLABLE_FIRST = 0xAC00;
  private static final int SYLLABLE_LAST = 0xD7A3;
  private static final int SYLLABLES_PER_CHOSEONG = 588;

  private ReferenceKoreanAnalyzer() {
  }

  /** Terms of a text as the index stores them, in order, repeats kept (they count as frequency). */
  static List<String> indexTokens(String text) {
    return analyze(text, true);
  }

  /**
   * Terms of a query, in order, repeats kept. The same as {@link #indexTokens} without the
   * choseong form of Hangul words: a query written in syllables matches on its bigrams.
   */
  static List<String> queryTokens(String text) {
    return analyze(text, false);
  }

  /** The choseong (initial consonant) form of a run of Hangul syllables: {@code 카프카} → {@code ㅋㅍㅋ}. */
  static String choseong(String syllables) {
    StringBuilder out = new StringBuilder(syllables.length());
    for (int i = 0; i < syllables.length(); i++) {
      out.append(CHOSEONG[(syllables.charAt(i) - SYLLABLE_FIRST) / SYLLABLES_PER_CHOSEONG]);
    }
    return out.toString();
  }

  /** NFC normalisation plus ASCII lower-casing: the form every rule works on. */
  static String normalize(String text) {
    String nfc = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        out.append((char) (c + ('a' - 'A')));
      } else if (c >= 0x1100 && c <= 0x1112) {
        out.append(CHOSEONG[c - 0x1100]);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static List<String> analyze(String text, boolean indexMode) {
    List<Run> runs = Run.split(normalize(text));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      Run run = runs.get(i);
      Run previous = i > 0 ? runs.get(i - 1) : null;
      Run next = i + 1 < runs.size() ? runs.get(i + 1) : null;
      switch (run.kind()) {
        case HANGUL -> emitHangul(run, previous, indexMode, out);
        case JAMO -> out.add(run.text());
        case LETTERS -> out.add(stem(run.text()));
        case DIGITS -> out.add(run.text().replace(",", ""));
      }
      emitJoins(runs, i, previous, next, out);
    }
    return out;
  }

  private static void emitHangul(Run run, Run previous, boolean indexMode, List<String> out) {
    String s = run.text();
    if (previous != null && previous.kind() == Kind.HANGUL && run.gap() == Gap.SPACE) {
      out.add(previous.text().substring(previous.text().length() - 1) + s.charAt(0));
    }
    if (s.length() == 1) {
      out.add(s);
    }
    for (int k = 0; k + 1 < s.length(); k++) {
      out.add(s.substring(k, k + 2));
    }
    if (indexMode && s.length() > 1) {
      out.add(choseong(s));
    }
  }

  /** Whole alphanumeric words ({@code raid10}, {@code 6gb}) and word-space-number pairs ({@code raid 10}). */
  private static void emitJoins(List<Run> runs, int i, Run previous, Run next, List<String> out) {
    Run run = runs.get(i);
    if (!run.kind().isAlphanumeric() || gluedAlphanumeric(run, next)) {
      return;
    }
    int first = i;
    while (first > 0 && gluedAlphanumeric(runs.get(first - 1), runs.get(first))) {
      first--;
    }
    if (first < i) {
      StringBuilder whole = new StringBuilder();
      for (int k = first; k <= i; k++) {
        whole.append(runs.get(k).text().replace(",", ""));
      }
      out.add(whole.toString());
    } else if (run.kind() == Kind.DIGITS && previous != null && previous.kind() == Kind.LETTERS
        && run.gap() == Gap.SPACE && (i < 2 || !gluedAlphanumeric(runs.get(i - 2), previous))) {
      out.add(previous.text() + run.text().replace(",", ""));
    }
  }

  private static boolean gluedAlphanumeric(Run left, Run right) {
    return right != null && right.gap() == Gap.NONE && left.kind().isAlphanumeric()
        && right.kind().isAlphanumeric();
  }

  /**
   * Light English stemming: plurals, then {@code -ing}/{@code -ed} (undoubling a final
   * consonant), then a final {@code e}, so that {@code cache}, {@code caches}, {@code cached}
   * and {@code caching} meet in {@code cach}. Words of three letters or fewer stay as they are.
   */
  static String stem(String word) {
    String w = word;
    if (w.length() <= 3) {
      return w;
    }
    if (w.endsWith("ies") && w.length() > 4) {
      w = w.substring(0, w.length() - 3) + "y";
    } else if (w.endsWith("sses")) {
      w = w.substring(0, w.length() - 2);
    } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.endsWith("ing") && w.length() >= 6) {
      w = undouble(w.substring(0, w.length() - 3));
    } else if (w.endsWith("ed") && w.length() >= 5) {
      w = undouble(w.substring(0, w.length() - 2));
    }
    if (w.endsWith("e") && w.length() > 3) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }

  private static String undouble(String w) {
    int n = w.length();
    if (n >= 2 && w.charAt(n - 1) == w.charAt(n - 2) && "lsz".indexOf(w.charAt(n - 1)) < 0
        && "aeiou".indexOf(w.charAt(n - 1)) < 0) {
      return w.substring(0, n - 1);
    }
    return w;
  }

  /** What a run of characters is made of. */
  enum Kind {
    HANGUL, JAMO, LETTERS, DIGITS;

    boolean isAlphanumeric() {
      return this == LETTERS || this == DIGITS;
    }

    static Kind of(char c) {
      if (c >= SYLLABLE_FIRST && c <= SYLLABLE_LAST) {
        return HANGUL;
      }
      if (c >= 0x3131 && c <= 0x314E) {
        return JAMO;
      }
      if (c >= 'a' && c <= 'z') {
        return LETTERS;
      }
      if (c >= '0' && c <= '9') {
        return DIGITS;
      }
      return null;
    }
  }

  /** What separates a run from the one before it. */
  enum Gap { NONE, SPACE, BREAK }

  /** A maximal run of one kind of term character. */
  record Run(Kind kind, String text, Gap gap) {

    static List<Run> split(String s) {
      List<Run> runs = new ArrayList<>();
      Gap gap = Gap.BREAK; // nothing before the first run joins with it
      int i = 0;
      while (i < s.length()) {
        Kind kind = Kind.of(s.charAt(i));
        if (kind == null) {
          gap = isSpace(s.charAt(i)) && gap != Gap.BREAK ? Gap.SPACE : Gap.BREAK;
          i++;
          continue;
        }
        int end = runEnd(s, i, kind);
        runs.add(new Run(kind, s.substring(i, end), gap));
        gap = Gap.NONE;
        i = end;
      }
      return runs;
    }

    private static int runEnd(String s, int start, Kind kind) {
      int end = start + 1;
      while (end < s.length()) {
        char c = s.charAt(end);
        boolean sameKind = Kind.of(c) == kind;
        boolean digitSeparator = kind == Kind.DIGITS && (c == '.' || c == ',')
            && end + 1 < s.length() && Kind.of(s.charAt(end + 1)) == Kind.DIGITS;
        if (!sameKind && !digitSeparator) {
          break;
        }
        end++;
      }
      return end;
    }

    private static boolean isSpace(char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00A0'
          || c == '\u3000';
    }
  }
}
