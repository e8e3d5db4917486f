package dev.hanji.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class KoreanAnalyzerTest {

  @Test
  void particleAttachedWordSharesTheBareWordsBigrams() {
    List<String> bare = KoreanAnalyzer.queryTokens("브로커");
    List<String> withParticle = KoreanAnalyzer.indexTokens("브로커를 늘립니다");
    assertEquals(List.of("브로", "로커"), bare);
    assertTrue(withParticle.containsAll(bare), withParticle.toString());
  }

  @Test
  void compoundWithAndWithoutSpaceGiveTheSameQueryTerms() {
    assertEquals(KoreanAnalyzer.queryTokens("페이지 캐시"), KoreanAnalyzer.queryTokens("페이지캐시"));
    assertTrue(KoreanAnalyzer.indexTokens("리눅스의 페이지 캐시가")
        .containsAll(KoreanAnalyzer.queryTokens("페이지캐시")));
  }

  @Test
  void punctuationStopsTheBigramAcrossWords() {
    assertTrue(!KoreanAnalyzer.indexTokens("카프카, 브로커").contains("카브"));
    assertTrue(KoreanAnalyzer.indexTokens("카프카 브로커").contains("카브"));
  }

  @Test
  void indexGivesTheChoseongOfEachHangulWordAndQueriesKeepTypedJamo() {
    assertTrue(KoreanAnalyzer.indexTokens("카프카는").contains("ㅋㅍㅋㄴ"));
    assertTrue(KoreanAnalyzer.indexTokens("카프카 브로커").containsAll(List.of("ㅋㅍㅋ", "ㅂㄹㅋ")));
    assertEquals(List.of("ㅋㅍㅋ"), KoreanAnalyzer.queryTokens("ㅋㅍㅋ"));
    assertEquals("ㄲㄸㅃㅆㅉ", KoreanAnalyzer.choseong("까따빠싸짜"));
    assertTrue(!KoreanAnalyzer.queryTokens("카프카").contains("ㅋㅍㅋ"), "syllable queries match on bigrams");
  }

  @Test
  void decomposedInputAnalysesLikeComposedInput() {
    String nfd = Normalizer.normalize("페이지 캐시를 브로커가", Normalizer.Form.NFD);
    assertTrue(nfd.length() > "페이지 캐시를 브로커가".length());
    assertEquals(KoreanAnalyzer.indexTokens("페이지 캐시를 브로커가"), KoreanAnalyzer.indexTokens(nfd));
    assertEquals(List.of("ㅋㅍㅋ"), KoreanAnalyzer.queryTokens("\u110F\u1111\u110F"));
  }

  @Test
  void latinWordsAreLowerCasedAndLightlyStemmed() {
    assertEquals(List.of("broker", "broker", "partition"), KoreanAnalyzer.queryTokens("Brokers broker PARTITIONS"));
    assertEquals(List.of("cach", "cach", "cach", "cach"), KoreanAnalyzer.queryTokens("cache caches cached caching"));
    assertEquals(List.of("policy", "class", "status", "stop"), KoreanAnalyzer.queryTokens("policies class status stopped"));
  }

  @Test
  void numbersAndUnitsAreKeptWholeAndSplit() {
    assertEquals(List.of("raid", "10", "raid10"), KoreanAnalyzer.queryTokens("RAID10"));
    assertEquals(List.of("raid", "10", "raid10"), KoreanAnalyzer.queryTokens("RAID 10"));
    assertEquals(List.of("6", "gb", "6gb"), KoreanAnalyzer.queryTokens("6GB"));
    assertEquals(List.of("1000", "개"), KoreanAnalyzer.queryTokens("1,000개"));
  }

  @Test
  void mixedKoreanEnglishAndNumbersSplitAtScriptBoundaries() {
    assertEquals(List.of("kafka", "가", "6.5", "gb", "6.5gb", "를", "를씁", "씁니", "니다"),
        KoreanAnalyzer.queryTokens("Kafka가 6.5GB를 씁니다"));
    assertEquals(List.of("카프", "프카", "kafka", "브로", "로커"), KoreanAnalyzer.queryTokens("카프카Kafka브로커"));
  }

  @Test
  void markupCharactersAreSeparatorsNotTerms() {
    assertEquals(List.of("script", "alert", "1", "script"),
        KoreanAnalyzer.queryTokens("<script>alert(1)</script>"));
    assertEquals(List.of(), KoreanAnalyzer.indexTokens("  <> / → "));
  }
}
