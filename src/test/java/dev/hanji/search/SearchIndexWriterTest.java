package dev.hanji.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hanji.model.Glossary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class SearchIndexWriterTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void writesOneIndexPerLanguageAtTheContractPaths() throws IOException {
    SortedMap<String, String> out = SearchIndexWriter.write(SampleSite.documents(), SampleSite.glossary());
    assertEquals(Set.of("search/index.json", "en/search/index.json"), out.keySet());
    JsonNode ko = JSON.readTree(out.get("search/index.json"));
    JsonNode en = JSON.readTree(out.get("en/search/index.json"));
    assertEquals("ko", ko.get("lang").asText());
    assertEquals("../", ko.get("root").asText());
    assertEquals("../../", en.get("root").asText());
    assertEquals(5, ko.get("pages").size());
    assertEquals(5, en.get("pages").size());
    en.get("pages").forEach(page -> assertTrue(page.get(0).asText().startsWith("en/"), page.toString()));
  }

  @Test
  void sameDocumentsInAnyOrderGiveTheSameBytes() {
    List<SearchDocument> shuffled = new ArrayList<>(SampleSite.documents());
    Collections.reverse(shuffled);
    assertEquals(SearchIndexWriter.write(SampleSite.documents(), SampleSite.glossary()),
        SearchIndexWriter.write(shuffled, SampleSite.glossary()));
  }

  @Test
  void postingsPointAtTheSectionsHoldingTheTermWithTitleAndHeadingBoosts() throws IOException {
    JsonNode ko = JSON.readTree(SearchIndexWriter.write(SampleSite.documents(), SampleSite.glossary())
        .get("search/index.json"));
    List<String> terms = new ArrayList<>();
    ko.get("terms").forEach(t -> terms.add(t.asText()));
    List<String> sorted = new ArrayList<>(terms);
    Collections.sort(sorted);
    assertEquals(sorted, terms, "terms are sorted for prefix search");
    JsonNode postings = ko.get("postings").get(terms.indexOf("ㅋㅍㅋ"));
    assertTrue(postings.size() >= 2 && postings.size() % 2 == 0);
    int sectionIndex = 0;
    for (int i = 0; i < postings.size(); i += 2) {
      sectionIndex += postings.get(i).asInt();
      assertTrue(i == 0 || postings.get(i).asInt() > 0, "gaps are positive");
      JsonNode section = ko.get("sections").get(sectionIndex);
      assertTrue((section.get(2).asText() + section.get(3).asText()).contains("카프카"), section.toString());
    }
    JsonNode title = ko.get("titles").get("ㅋㅍㅋ");
    assertEquals(2, title.size(), "only the home page title holds 카프카");
    assertTrue(ko.get("pages").get(title.get(0).asInt()).get(1).asText().contains("카프카"));
    assertEquals(SearchIndexWriter.TITLE_WEIGHT, title.get(1).asInt());
    // "RAID 10" is a heading (x2) and "RAID10" appears once in its text: 3 in that section.
    JsonNode raid10 = ko.get("postings").get(terms.indexOf("raid10"));
    JsonNode section = ko.get("sections").get(raid10.get(0).asInt());
    assertEquals("raid-10", section.get(1).asText());
    assertEquals(SearchIndexWriter.HEADING_WEIGHT + 1, raid10.get(1).asInt());
    JsonNode headingPages = ko.get("headings").get("raid10");
    assertEquals(1, headingPages.size(), "one page has RAID 10 as a heading");
    assertEquals(section.get(0).asInt(), headingPages.get(0).asInt());
  }

  @Test
  void glossaryPairsAreWrittenAsQueryTermListsIntoBothIndexes() throws IOException {
    SortedMap<String, String> out = SearchIndexWriter.write(SampleSite.documents(), SampleSite.glossary());
    for (String json : out.values()) {
      JsonNode synonyms = JSON.readTree(json).get("synonyms");
      assertEquals(3, synonyms.size());
      assertEquals("[[\"브로\",\"로커\"],[\"broker\"],[\"kafka\",\"broker\"]]", synonyms.get(0).toString());
      assertEquals("[[\"페이\",\"이지\",\"지캐\",\"캐시\"],[\"pag\",\"cach\"]]", synonyms.get(1).toString(),
          "the alias 페이지캐시 analyses like 페이지 캐시 and is not repeated");
    }
  }

  @Test
  void storedTextIsNfcWithCollapsedWhiteSpace() throws IOException {
    String nfd = java.text.Normalizer.normalize("브로커   설정\n입니다", java.text.Normalizer.Form.NFD);
    var doc = new SearchDocument("ko", "x/", "제목", List.of(new SearchDocument.Section("", "", nfd)));
    JsonNode ko = JSON.readTree(SearchIndexWriter.write(List.of(doc), Glossary.empty()).get("search/index.json"));
    assertEquals("브로커 설정 입니다", ko.get("sections").get(0).get(3).asText());
  }

  @Test
  void pageWithoutSectionsIsStillFoundByItsTitle() throws IOException {
    var doc = new SearchDocument("en", "en/empty/", "Lonely page", List.of());
    JsonNode en = JSON.readTree(SearchIndexWriter.write(List.of(doc), null).get("en/search/index.json"));
    assertEquals(1, en.get("sections").size());
    assertTrue(en.get("terms").toString().contains("\"lonely\""), "title terms are searchable terms");
    assertEquals("[0,4]", en.get("titles").get("lonely").toString());
  }

  @Test
  void unknownLanguageIsRejectedWithTheDocumentNamed() {
    var doc = new SearchDocument("fr", "fr/", "Bonjour", List.of());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SearchIndexWriter.write(List.of(doc), Glossary.empty()));
    assertTrue(e.getMessage().contains("fr/"), e.getMessage());
  }

  @Test
  void tenPageSiteStaysFarUnderTheGzipBudget() throws IOException {
    List<SearchDocument> docs = new ArrayList<>(SampleSite.synthetic("ko", 12, 8, 150, 1));
    docs.addAll(SampleSite.synthetic("en", 12, 8, 150, 2));
    for (String json : SearchIndexWriter.write(docs, SampleSite.glossary()).values()) {
      int gzipped = gzip(json).length;
      assertTrue(gzipped < 100_000, "index is " + gzipped + " bytes gzipped");
      assertFalse(json.contains("\n"), "compact JSON");
    }
  }

  @Test
  void scriptIsTheBrowserModule() {
    String script = SearchIndexWriter.script();
    assertTrue(script.contains("export function queryTokens"));
    assertFalse(script.contains("eval("));
    assertFalse(script.contains("innerHTML"));
    assertEquals("assets/search/search.js", SearchIndexWriter.SCRIPT_PATH);
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }
}
