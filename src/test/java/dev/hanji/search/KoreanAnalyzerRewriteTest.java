package dev.hanji.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Chars;

/**
 * The analyser that hands terms to a sink gives the terms the string-per-term analyser gave
 * ({@link ReferenceKoreanAnalyzer}), and a page's term table counts them as a map would.
 */
class KoreanAnalyzerRewriteTest {

  /** Text made of what the rules care about: every kind of run, separators, spaces, digits' separators, NFD. */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.of("카프카", "브로커를", "페이지", "캐시", "가", "ㅋㅍㅋ", "ㄱ", "\u1100\u1161", "\u110F",
            "\u1161\u11A8", "각\u11A8"),
        Arbitraries.of("RAID", "raid", "10", "1,000", "6.5", "GB", "gb", "6GB", "Brokers", "caches", "cached",
            "caching", "stopped", "policies", "class", "status", "classes", "bus", "axis", "running", "fizzed",
            "hopped", "see", "ies", "sses", "fed", "ing", "seeing"),
        Arbitraries.of(" ", "  ", "\t", "\n", "\r", "\f", "\u000B", "\u00A0", "\u3000", ",", ".", "-", "/",
            "(", ")", "→", "é", "e\u0301", "😀", "İ"),
        Arbitraries.strings().withChars("abcsedingyAZ019,.한글ㄱ \u1100\u1161 ").ofMaxLength(6));
    return pieces.list().ofMaxSize(12).map(list -> String.join("", list));
  }

  /** Texts with enough terms to make a table grow. */
  @Provide
  Arbitrary<String> longTexts() {
    return texts().list().ofMaxSize(12).map(list -> String.join(" ", list));
  }

  @Property(tries = 3000)
  void indexTermsAreTheReferenceTerms(@ForAll("texts") String text) {
    assertEquals(ReferenceKoreanAnalyzer.indexTokens(text), KoreanAnalyzer.indexTokens(text));
  }

  @Property(tries = 3000)
  void queryTermsAreTheReferenceTerms(@ForAll("texts") String text) {
    assertEquals(ReferenceKoreanAnalyzer.queryTokens(text), KoreanAnalyzer.queryTokens(text));
  }

  @Property(tries = 1000)
  void anyStringAnalysesAsTheReference(@ForAll String text) {
    assertEquals(ReferenceKoreanAnalyzer.indexTokens(text), KoreanAnalyzer.indexTokens(text));
  }

  /** What a page stored and indexed before: NFC, then white space collapsed as by the regex, then its terms. */
  @Property(tries = 3000)
  void cleanedTextAndItsTermsAreTheReferences(@ForAll("texts") String first, @ForAll("texts") String second) {
    KoreanAnalyzer.Splitter splitter = new KoreanAnalyzer.Splitter();
    splitter.loadCleaned(first);
    splitter.indexTerms((chars, start, length) -> { });
    String cleaned = Normalizer.normalize(second, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    assertEquals(cleaned, splitter.loadCleaned(second));
    List<String> terms = new ArrayList<>();
    splitter.indexTerms((chars, start, length) -> terms.add(new String(chars, start, length)));
    assertEquals(ReferenceKoreanAnalyzer.indexTokens(cleaned), terms);
  }

  @Property(tries = 3000)
  void nearlyPlainTextIsCleanedAsTheReference(@ForAll @Chars({'a', 'Z', ' ', '\n', '\u00e9', '\u02ff', '\u0300',
      '\u0301', '\u0327', '\u11a8', '\u1161', '\u1100', '\uac00', '\uac01', '\ud7a3', '\ud7a4', '\u2000',
      '\u3131'}) String text) {
    String cleaned = Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    assertEquals(cleaned, new KoreanAnalyzer.Splitter().loadCleaned(text));
  }

  @Example
  void everyCharacterTakenAsPlainlyNfcIsNfcAlone() {
    for (char c = 0; c < 0x300; c++) {
      assertTrue(Normalizer.isNormalized(String.valueOf(c), Normalizer.Form.NFC), Integer.toHexString(c));
    }
    for (char c = 0xAC00; c <= 0xD7A3; c++) {
      assertTrue(Normalizer.isNormalized(String.valueOf(c), Normalizer.Form.NFC), Integer.toHexString(c));
    }
  }

  /** Most text comes cleaned already (the section cutter collapses it): it is then stored without a copy. */
  @Property(tries = 1000)
  void cleanedPlainTextIsKeptAsItIs(@ForAll @Chars({'a', 'Z', ' ', '\n', '\t', '\u00e9', '\uac00', '\ud7a3',
      '\u00a0'}) String text) {
    String cleaned = new KoreanAnalyzer.Splitter().loadCleaned(text);
    assertSame(cleaned, new KoreanAnalyzer.Splitter().loadCleaned(cleaned));
  }

  /** A table emptied after an earlier page counts the next as a map would. */
  @Property(tries = 1000)
  void termCountsCountAsAMap(@ForAll("texts") String earlier, @ForAll("longTexts") String text,
                             @ForAll("texts") String more) {
    AnalysedPage.TermCounts counts = new AnalysedPage.TermCounts(2);
    count(counts, earlier, 3);
    counts.clear();
    Map<String, Integer> expected = new LinkedHashMap<>();
    int total = 0;
    for (int weight = 1; weight <= 2; weight++) {
      for (String term : ReferenceKoreanAnalyzer.indexTokens(weight == 1 ? text : more)) {
        expected.merge(term, weight, Integer::sum);
        total += weight;
      }
    }
    count(counts, text, 1);
    count(counts, more, 2);
    Map<String, Integer> counted = new LinkedHashMap<>();
    String[] terms = counts.terms(new AnalysedPage.Spellings());
    int[] termCounts = counts.counts();
    for (int i = 0; i < terms.length; i++) {
      assertSame(terms[i].intern(), terms[i]);
      counted.put(terms[i], termCounts[i]);
    }
    assertEquals(expected, counted);
    assertEquals(total, counts.total());
  }

  /** Past its limit the cache of spellings starts again, and every spelling still comes back as its one string. */
  @Example
  void spellingsAreTheInternedStringsPastTheLimit() {
    AnalysedPage.Spellings spellings = new AnalysedPage.Spellings();
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 40_000; i++) {
        char[] chars = ("<" + i + ">").toCharArray();
        String spelling = spellings.of(AnalysedPage.TermCounts.hash(chars, 1, chars.length - 2), chars, 1,
            chars.length - 2);
        assertSame(String.valueOf(i).intern(), spelling);
      }
    }
  }

  private static void count(AnalysedPage.TermCounts counts, String text, int weight) {
    counts.weight(weight);
    for (String term : ReferenceKoreanAnalyzer.indexTokens(text)) {
      counts.term(("<" + term + ">").toCharArray(), 1, term.length());
    }
  }
}
