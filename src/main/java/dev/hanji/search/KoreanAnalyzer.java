package dev.hanji.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns text into search terms the way Korean readers type. The browser runs the same rules on
 * queries ({@code search.js}, functions {@code indexTokens} and {@code queryTokens}); the test
 * fixture {@code analysis-cases.json} holds both implementations to the same output.
 *
 * <p>Rules, applied to NFC-normalised text:
 * <ul>
 *   <li>Runs of Hangul syllables give overlapping character bigrams (a one-syllable run gives
 *       itself), so particles ({@code 브로커를}) still share most terms with the bare word. Two runs
 *       separated only by white space also give the bigram across the space, so
 *       {@code 페이지 캐시} and {@code 페이지캐시} give the same terms.</li>
 *   <li>In index mode a Hangul run of two or more syllables also gives its choseong form ({@code 카프카} → {@code ㅋㅍㅋ});
 *       typed initial consonants are kept as they are, and the browser matches them as prefixes.</li>
 *   <li>ASCII words are lower-cased and lightly stemmed ({@code brokers} → {@code broker},
 *       {@code caching} and {@code cache} → {@code cach}); digit runs are kept ({@code 1,000} →
 *       {@code 1000}). A word mixing letters and digits also gives itself whole ({@code 6GB} →
 *       {@code 6}, {@code gb}, {@code 6gb}), and a word followed by a number after a space gives
 *       the joined form too ({@code RAID 10} → {@code raid}, {@code 10}, {@code raid10}).</li>
 * </ul>
 * Everything else separates terms.
 */
public final class KoreanAnalyzer {

  private static final char[] CHOSEONG = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ".toCharArray();
  private static final int SYLLABLE_FIRST = 0xAC00;
  private static final int SYLLABLE_LAST = 0xD7A3;
  private static final int SYLLABLES_PER_CHOSEONG = 588;
  private static final char[] IES = "ies".toCharArray();
  private static final char[] SSES = "sses".toCharArray();
  private static final char[] SS = "ss".toCharArray();
  private static final char[] US = "us".toCharArray();
  private static final char[] IS = "is".toCharArray();
  private static final char[] ING = "ing".toCharArray();
  private static final char[] ED = "ed".toCharArray();

  private KoreanAnalyzer() {
  }

  /** Terms of a text as the index stores them, in order, repeats kept (they count as frequency). */
  public static List<String> indexTokens(String text) {
    return tokens(text, true);
  }

  /**
   * Terms of a query, in order, repeats kept. The same as {@link #indexTokens} without the
   * choseong form of Hangul words: a query written in syllables matches on its bigrams.
   */
  public static List<String> queryTokens(String text) {
    return tokens(text, false);
  }

  /** The choseong (initial consonant) form of a run of Hangul syllables: {@code 카프카} → {@code ㅋㅍㅋ}. */
  public static String choseong(String syllables) {
    char[] out = new char[syllables.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = choseong(syllables.charAt(i));
    }
    return new String(out);
  }

  private static char choseong(char syllable) {
    return CHOSEONG[(syllable - SYLLABLE_FIRST) / SYLLABLES_PER_CHOSEONG];
  }

  /** Text in NFC, the form every rule works on ({@code null} is empty). */
  static String nfc(String text) {
    return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
  }

  private static List<String> tokens(String text, boolean indexMode) {
    List<String> out = new ArrayList<>();
    Splitter splitter = new Splitter();
    splitter.load(nfc(text));
    splitter.split(indexMode, (chars, start, length) -> out.add(new String(chars, start, length)));
    return out;
  }

  /** Receives terms one at a time, each as {@code chars[start, start + length)}, valid only during the call. */
  @FunctionalInterface
  interface TermSink {
    void term(char[] chars, int start, int length);
  }

  /**
   * Splits texts into terms without a string or an object per term or run: the analysis of every page of a
   * build goes through here, under a JIT without escape analysis. Keeps its buffers from one text to the next;
   * not thread-safe.
   */
  static final class Splitter {
    private static final int KEPT_CHARS = 1 << 16;
    private char[] chars = new char[0];
    private char[] scratch = new char[0];
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private Kind[] kinds = new Kind[16];
    private Gap[] gaps = new Gap[16];
    private int runs;
    private String loaded = "";
    private int textLength;

    /**
     * Loads a text to index as a page stores it: in NFC, white space collapsed
     * ({@link SearchIndexWriter#collapseWhitespace(String)}).
     *
     * @return the text as stored; {@code text} itself if it needs no change and has only characters below U+0300
     *     and Hangul syllables
     */
    String loadCleaned(String text) {
      load(text);
      if (!isPlainlyNfc()) {
        load(Normalizer.normalize(text, Normalizer.Form.NFC));
      }
      String cleaned = SearchIndexWriter.collapseWhitespace(loaded, chars, textLength);
      loaded = cleaned;
      textLength = cleaned.length();
      return cleaned;
    }

    /** Gives {@code sink} the index terms of the loaded text, in order. */
    void indexTerms(TermSink sink) {
      split(true, sink);
    }

    /** Gives {@code sink} the index or query terms of the loaded text, in order. */
    private void split(boolean indexMode, TermSink sink) {
      findRuns();
      for (int i = 0; i < runs; i++) {
        switch (kinds[i]) {
          case HANGUL -> emitHangul(i, indexMode, sink);
          case JAMO -> sink.term(chars, starts[i], ends[i] - starts[i]);
          case LETTERS -> emitStem(i, sink);
          case DIGITS -> sink.term(scratch, 0, appendDigits(i, 0));
        }
        emitJoins(i, sink);
      }
    }

    /** Whether a huge text grew the buffers past what is worth keeping for the next. */
    boolean isLarge() {
      return chars.length > KEPT_CHARS;
    }

    private void load(String text) {
      loaded = text;
      textLength = text.length();
      if (chars.length < textLength + 1) {
        chars = new char[textLength + 1];
        scratch = new char[textLength + 1];
      }
      text.getChars(0, textLength, chars, 0);
    }

    /**
     * Whether the loaded text is made only of characters below U+0300 and Hangul syllables, and so is in NFC
     * without the normaliser's look-ups: these are all in NFC, and none of them composes with the character before
     * it (the first that can is U+0300; a syllable composes only with a following jamo, U+11A8 and up).
     */
    private boolean isPlainlyNfc() {
      for (int i = 0; i < textLength; i++) {
        char c = chars[i];
        if (c >= 0x300 && (c < SYLLABLE_FIRST || c > SYLLABLE_LAST)) {
          return false;
        }
      }
      return true;
    }

    /**
     * Cuts the loaded text into maximal runs of one kind of term character (a digit run takes in a {@code .} or
     * {@code ,} between digits), folding it on the way: ASCII lower-cased and conjoining choseong made
     * compatibility jamo, the form the rules read. One pass, as it runs over every character of every page.
     */
    private void findRuns() {
      runs = 0;
      Gap gap = Gap.BREAK; // nothing before the first run joins with it
      Kind run = null;
      int start = 0;
      for (int i = 0; i < textLength; i++) {
        char c = fold(chars[i]);
        chars[i] = c;
        Kind kind = Kind.of(c);
        if (kind != null && kind == run || run == Kind.DIGITS && isDigitSeparator(i)) {
          continue;
        }
        if (run != null) {
          addRun(run, start, i, gap);
          gap = Gap.NONE;
        }
        if (kind == null) {
          gap = isSpace(c) && gap != Gap.BREAK ? Gap.SPACE : Gap.BREAK;
        }
        run = kind;
        start = i;
      }
      if (run != null) {
        addRun(run, start, textLength, gap);
      }
    }

    private static char fold(char c) {
      if (c >= 'A' && c <= 'Z') {
        return (char) (c + ('a' - 'A'));
      }
      return c >= 0x1100 && c <= 0x1112 ? CHOSEONG[c - 0x1100] : c;
    }

    private boolean isDigitSeparator(int i) {
      char c = chars[i];
      return (c == '.' || c == ',') && i + 1 < textLength && chars[i + 1] >= '0' && chars[i + 1] <= '9';
    }

    private void addRun(Kind kind, int start, int end, Gap gap) {
      if (runs == starts.length) {
        starts = Arrays.copyOf(starts, runs * 2);
        ends = Arrays.copyOf(ends, runs * 2);
        kinds = Arrays.copyOf(kinds, runs * 2);
        gaps = Arrays.copyOf(gaps, runs * 2);
      }
      starts[runs] = start;
      ends[runs] = end;
      kinds[runs] = kind;
      gaps[runs++] = gap;
    }

    private void emitHangul(int run, boolean indexMode, TermSink sink) {
      int start = starts[run];
      int length = ends[run] - start;
      if (run > 0 && kinds[run - 1] == Kind.HANGUL && gaps[run] == Gap.SPACE) {
        scratch[0] = chars[ends[run - 1] - 1];
        scratch[1] = chars[start];
        sink.term(scratch, 0, 2);
      }
      if (length == 1) {
        sink.term(chars, start, 1);
      }
      for (int k = start; k + 1 < start + length; k++) {
        sink.term(chars, k, 2);
      }
      if (indexMode && length > 1) {
        for (int k = 0; k < length; k++) {
          scratch[k] = choseong(chars[start + k]);
        }
        sink.term(scratch, 0, length);
      }
    }

    private void emitStem(int run, TermSink sink) {
      int length = ends[run] - starts[run];
      System.arraycopy(chars, starts[run], scratch, 0, length);
      sink.term(scratch, 0, stem(scratch, length));
    }

    /** Whole alphanumeric words ({@code raid10}, {@code 6gb}) and word-space-number pairs ({@code raid 10}). */
    private void emitJoins(int run, TermSink sink) {
      if (!kinds[run].isAlphanumeric() || gluedAlphanumeric(run, run + 1)) {
        return;
      }
      int first = run;
      while (first > 0 && gluedAlphanumeric(first - 1, first)) {
        first--;
      }
      if (first < run) {
        int length = 0;
        for (int k = first; k <= run; k++) {
          length = appendDigits(k, length);
        }
        sink.term(scratch, 0, length);
      } else if (kinds[run] == Kind.DIGITS && run > 0 && kinds[run - 1] == Kind.LETTERS
          && gaps[run] == Gap.SPACE && (run < 2 || !gluedAlphanumeric(run - 2, run - 1))) {
        int word = ends[run - 1] - starts[run - 1];
        System.arraycopy(chars, starts[run - 1], scratch, 0, word);
        sink.term(scratch, 0, appendDigits(run, word));
      }
    }

    /** Copies a run to {@code scratch[at...]} without its thousands separators; returns the end. */
    private int appendDigits(int run, int at) {
      for (int k = starts[run]; k < ends[run]; k++) {
        if (chars[k] != ',') {
          scratch[at++] = chars[k];
        }
      }
      return at;
    }

    private boolean gluedAlphanumeric(int left, int right) {
      return right < runs && gaps[right] == Gap.NONE && kinds[left].isAlphanumeric()
          && kinds[right].isAlphanumeric();
    }

    private static boolean isSpace(char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00A0'
          || c == '\u3000';
    }
  }

  /**
   * Light English stemming of the lower-case word {@code word[0, length)} in place: plurals, then
   * {@code -ing}/{@code -ed} (undoubling a final consonant), then a final {@code e}, so that {@code cache},
   * {@code caches}, {@code cached} and {@code caching} meet in {@code cach}. Words of three letters or fewer
   * stay as they are.
   *
   * @return the stem's length
   */
  static int stem(char[] word, int length) {
    int n = length;
    if (n <= 3) {
      return n;
    }
    if (endsWith(word, n, IES) && n > 4) {
      word[n - 3] = 'y';
      n -= 2;
    } else if (endsWith(word, n, SSES)) {
      n -= 2;
    } else if (word[n - 1] == 's' && !endsWith(word, n, SS) && !endsWith(word, n, US)
        && !endsWith(word, n, IS)) {
      n--;
    }
    if (endsWith(word, n, ING) && n >= 6) {
      n = undouble(word, n - 3);
    } else if (endsWith(word, n, ED) && n >= 5) {
      n = undouble(word, n - 2);
    }
    if (n > 3 && word[n - 1] == 'e') {
      n--;
    }
    return n;
  }

  private static boolean endsWith(char[] word, int length, char[] suffix) {
    int from = length - suffix.length;
    if (from < 0) {
      return false;
    }
    for (int i = 0; i < suffix.length; i++) {
      if (word[from + i] != suffix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int undouble(char[] word, int n) {
    char last = word[n - 1];
    boolean staysDoubled = last == 'l' || last == 's' || last == 'z' || last == 'a' || last == 'e' || last == 'i'
        || last == 'o' || last == 'u';
    return n >= 2 && last == word[n - 2] && !staysDoubled ? n - 1 : n;
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
}
