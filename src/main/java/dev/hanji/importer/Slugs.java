package dev.hanji.importer;

import java.text.Normalizer;
import java.util.Locale;

/**
 * ASCII slugs from titles: Hangul syllables are romanised with the Revised Romanization of
 * Korean, one jamo at a time (the only sound change applied is ㄹ+ㄹ → {@code ll}), Latin letters
 * and digits are kept lower-cased, and everything else separates words with {@code -}.
 */
final class Slugs {
  private static final int SYLLABLE_FIRST = 0xAC00;
  private static final int SYLLABLE_LAST = 0xD7A3;
  private static final String[] INITIALS = {
      "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"};
  private static final String[] VOWELS = {
      "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we",
      "wi", "yu", "eu", "ui", "i"};
  private static final String[] FINALS = {
      "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p",
      "t", "t", "ng", "t", "t", "k", "t", "p", "t"};
  private static final int RIEUL_INITIAL = 5;
  private static final int RIEUL_FINAL = 8;

  private Slugs() {
  }

  /** The slug of a title, or {@code "page"} when the title has no letters or digits at all. */
  static String of(String title) {
    String text = Normalizer.normalize(title, Normalizer.Form.NFC);
    StringBuilder slug = new StringBuilder();
    int previousFinal = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= SYLLABLE_FIRST && c <= SYLLABLE_LAST) {
        int index = c - SYLLABLE_FIRST;
        int initial = index / (21 * 28);
        int vowel = index % (21 * 28) / 28;
        int last = index % 28;
        boolean doubleRieul = previousFinal == RIEUL_FINAL && initial == RIEUL_INITIAL;
        slug.append(doubleRieul ? "l" : INITIALS[initial]).append(VOWELS[vowel]).append(FINALS[last]);
        previousFinal = last;
        continue;
      }
      previousFinal = -1;
      if (c < 128 && Character.isLetterOrDigit(c)) {
        slug.append(Character.toLowerCase(c));
      } else if (slug.length() > 0 && slug.charAt(slug.length() - 1) != '-') {
        slug.append('-');
      }
    }
    String result = trimDashes(slug.toString()).toLowerCase(Locale.ROOT);
    return result.isEmpty() ? "page" : result;
  }

  private static String trimDashes(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '-') {
      end--;
    }
    return s.substring(0, end);
  }

  /** Whether a string is a well-formed slug: lower-case ASCII words joined by single dashes. */
  static boolean isValid(String slug) {
    return slug.matches("[a-z0-9]+(-[a-z0-9]+)*");
  }
}
