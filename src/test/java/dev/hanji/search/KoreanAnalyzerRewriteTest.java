package dev.hanji.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

  @Property(tries = 1000)
  void oneSplitterGivesEachTextItsOwnTerms(@ForAll("texts") String first, @ForAll("texts") String second) {
    KoreanAnalyzer.Splitter splitter = new KoreanAnalyzer.Splitter();
    List<String> terms = new ArrayList<>();
    splitter.indexTerms(KoreanAnalyzer.nfc(first), (chars, start, length) -> terms.add("-"));
    terms.clear();
    splitter.indexTerms(KoreanAnalyzer.nfc(second), (chars, start, length) -> terms.add(new String(chars, start,
        length)));
    assertEquals(ReferenceKoreanAnalyzer.indexTokens(second), terms);
  }

  /** The analyser reads cleaned text without normalising it again: cleaning leaves text in NFC. */
  @Property(tries = 2000)
  void collapsedNfcIsNfc(@ForAll("texts") String text) {
    String cleaned = SearchIndexWriter.collapseWhitespace(Normalizer.normalize(text, Normalizer.Form.NFC));
    assertTrue(Normalizer.isNormalized(cleaned, Normalizer.Form.NFC), cleaned);
  }

  @Property(tries = 3000)
  void nfcIsTheNormalisersNfc(@ForAll("texts") String text) {
    assertEquals(Normalizer.normalize(text, Normalizer.Form.NFC), KoreanAnalyzer.nfc(text));
  }

  @Property(tries = 3000)
  void nfcOfNearlyPlainTextIsTheNormalisersNfc(@ForAll @Chars({'a', 'Z', ' ', '\u00e9', '\u02ff', '\u0300',
      '\u0301', '\u0327', '\u11a8', '\u1161', '\u1100', '\uac00', '\uac01', '\ud7a3', '\ud7a4', '\u2000',
      '\u3131'}) String text) {
    assertEquals(Normalizer.normalize(text, Normalizer.Form.NFC), KoreanAnalyzer.nfc(text));
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

  @Property(tries = 1000)
  void termCountsCountAsAMap(@ForAll("texts") String text, @ForAll("texts") String more) {
    AnalysedPage.TermCounts counts = new AnalysedPage.TermCounts();
    Map<String, Integer> expected = new LinkedHashMap<>();
    int total = 0;
    for (int weight = 1; weight <= 2; weight++) {
      counts.weight(weight);
      for (String term : ReferenceKoreanAnalyzer.indexTokens(weight == 1 ? text : more)) {
        counts.term(("<" + term + ">").toCharArray(), 1, term.length());
        expected.merge(term, weight, Integer::sum);
        total += weight;
      }
    }
    Map<String, Integer> counted = new LinkedHashMap<>();
    String[] terms = counts.terms();
    int[] termCounts = counts.counts();
    for (int i = 0; i < terms.length; i++) {
      counted.put(terms[i], termCounts[i]);
    }
    assertEquals(expected, counted);
    assertEquals(total, counts.total());
  }
}
