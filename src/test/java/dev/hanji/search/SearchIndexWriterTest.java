package dev.hanji.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hanji.sources.Glossary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class SearchIndexWriterTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void writesAManifestShardsAndOneDataFilePerPageAtTheContractPaths() throws IOException {
    SortedMap<String, String> out = SearchIndexWriter.write(SampleSite.documents(), SampleSite.glossary());
    assertEquals(Set.of("search/index.json", "search/terms/0.json", "search/docs/0.json", "search/docs/1.json",
        "search/docs/2.json", "search/docs/3.json", "search/docs/4.json", "en/search/index.json",
        "en/search/terms/0.json", "en/search/docs/0.json", "en/search/docs/1.json", "en/search/docs/2.json",
        "en/search/docs/3.json", "en/search/docs/4.json"), out.keySet(), "a small site keeps one shard");
    JsonNode ko = JSON.readTree(out.get("search/index.json"));
    JsonNode en = JSON.readTree(out.get("en/search/index.json"));
    assertEquals("ko", ko.get("lang").asText());
    assertEquals("../", ko.get("root").asText());
    assertEquals("../../", en.get("root").asText());
    assertEquals(5, ko.get("lengths").size());
    assertEquals(0, ko.get("shards").size());
    for (int page = 0; page < 5; page++) {
      assertTrue(doc(out, "en/search/", page).get(0).asText().startsWith("en/"));
    }
    assertEquals("brokers/", doc(out, "search/", 1).get(0).asText(), "pages are numbered in URL order");
  }

  @Test
  void sameDocumentsInAnyOrderGiveTheSameBytes() {
    List<SearchDocument> shuffled = new ArrayList<>(SampleSite.documents());
    Collections.reverse(shuffled);
    assertEquals(SearchIndexWriter.write(SampleSite.documents(), SampleSite.glossary()),
        SearchIndexWriter.write(shuffled, SampleSite.glossary()));
  }

  @Test
  void postingsPointAtThePagesHoldingTheTermWithTitleAndHeadingBoosts() throws IOException {
    SortedMap<String, String> out = SearchIndexWriter.write(SampleSite.documents(), SampleSite.glossary());
    JsonNode shard = JSON.readTree(out.get("search/terms/0.json"));
    List<String> terms = texts(shard.get("terms"));
    List<String> sorted = new ArrayList<>(terms);
    Collections.sort(sorted);
    assertEquals(sorted, terms, "terms are sorted for prefix search");
    JsonNode postings = shard.get("postings").get(terms.indexOf("ㅋㅍㅋ"));
    assertTrue(postings.size() >= 2 && postings.size() % 2 == 0, postings.toString());
    int page = 0;
    for (int i = 0; i < postings.size(); i += 2) {
      page += postings.get(i).asInt();
      assertTrue(i == 0 || postings.get(i).asInt() > 0, "gaps are positive");
      assertTrue(doc(out, "search/", page).get(2).toString().contains("카프카"), "page " + page);
    }
    assertEquals("[0]", shard.get("titles").get("ㅋㅍㅋ").toString(), "only the home page title holds 카프카");
    // "RAID 10" is a heading (x2) and "RAID10" appears once in its text: 3 on that page.
    JsonNode raid10 = shard.get("postings").get(terms.indexOf("raid10"));
    assertEquals("raid/", doc(out, "search/", raid10.get(0).asInt()).get(0).asText());
    assertEquals(SearchIndexWriter.HEADING_WEIGHT + 1, raid10.get(1).asInt());
    assertEquals("[" + raid10.get(0).asInt() + "]", shard.get("headings").get("raid10").toString(),
        "one page has RAID 10 as a heading");
  }

  @Test
  void pageLengthsCountTitleTermsTimesTheirWeightAndSectionTerms() throws IOException {
    var doc = new SearchDocument("en", "en/x/", "Broker disks", List.of(
        new SearchDocument.Section("a", "Heading", "one two three")));
    JsonNode en = JSON.readTree(SearchIndexWriter.write(List.of(doc), null).get("en/search/index.json"));
    assertEquals("[" + (2 * SearchIndexWriter.TITLE_WEIGHT + SearchIndexWriter.HEADING_WEIGHT + 3) + "]",
        en.get("lengths").toString());
  }

  @Test
  void aLargerSiteIsCutIntoShardsOfSortedTermsNamedInTheManifest() throws IOException {
    int pages = 5 * IndexLayout.PAGES_PER_SHARD - 3;
    SortedMap<String, String> out = SearchIndexWriter.write(SampleSite.synthetic("ko", pages, 4, 60, 7), null);
    JsonNode boundaries = JSON.readTree(out.get("search/index.json")).get("shards");
    assertEquals(4, boundaries.size(), "one shard per " + IndexLayout.PAGES_PER_SHARD + " pages");
    List<String> all = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    for (int shard = 0; shard < 5; shard++) {
      JsonNode json = JSON.readTree(out.get("search/terms/" + shard + ".json"));
      List<String> terms = texts(json.get("terms"));
      assertFalse(terms.isEmpty(), "shard " + shard);
      if (shard > 0) {
        assertEquals(boundaries.get(shard - 1).asText(), terms.get(0), "the manifest names each shard's first term");
      }
      all.addAll(terms);
      sizes.add(out.get("search/terms/" + shard + ".json").length());
    }
    List<String> sorted = new ArrayList<>(all);
    Collections.sort(sorted);
    assertEquals(sorted, all, "shards are runs of sorted terms");
    assertEquals(all.size(), Set.copyOf(all).size(), "each term is in one shard");
    assertTrue(Collections.max(sizes) < 3 * Collections.min(sizes), "shards of about the same size: " + sizes);
    assertEquals(pages + 6, out.keySet().stream().filter(path -> path.startsWith("search/")).count());
  }

  @Test
  void glossaryPairsAreWrittenAsQueryTermListsIntoBothManifests() throws IOException {
    SortedMap<String, String> out = SearchIndexWriter.write(SampleSite.documents(), SampleSite.glossary());
    for (String manifest : List.of("search/index.json", "en/search/index.json")) {
      JsonNode synonyms = JSON.readTree(out.get(manifest)).get("synonyms");
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
    SortedMap<String, String> out = SearchIndexWriter.write(List.of(doc), Glossary.empty());
    assertEquals("브로커 설정 입니다", doc(out, "search/", 0).get(2).get(0).get(2).asText());
  }

  @Test
  void pageWithoutSectionsIsStillFoundByItsTitle() throws IOException {
    var doc = new SearchDocument("en", "en/empty/", "Lonely page", List.of());
    SortedMap<String, String> out = SearchIndexWriter.write(List.of(doc), null);
    assertEquals(1, doc(out, "en/search/", 0).get(2).size());
    JsonNode shard = JSON.readTree(out.get("en/search/terms/0.json"));
    assertTrue(texts(shard.get("terms")).contains("lonely"), "title terms are searchable terms");
    assertEquals("[0]", shard.get("titles").get("lonely").toString());
  }

  @Test
  void aLanguageWithoutPagesStillHasAManifestAndAnEmptyShard() throws IOException {
    SortedMap<String, String> out = SearchIndexWriter.write(List.of(), null);
    assertEquals("[]", JSON.readTree(out.get("search/index.json")).get("lengths").toString());
    assertEquals("[]", JSON.readTree(out.get("search/terms/0.json")).get("terms").toString());
  }

  private static JsonNode doc(SortedMap<String, String> out, String folder, int page) throws IOException {
    return JSON.readTree(out.get(folder + "docs/" + page + ".json"));
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(item -> out.add(item.asText()));
    return out;
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
    SortedMap<String, String> out = SearchIndexWriter.write(docs, SampleSite.glossary());
    for (String folder : List.of("search/", "en/search/")) {
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      for (Map.Entry<String, String> file : out.entrySet()) {
        if (file.getKey().startsWith(folder)) {
          assertFalse(file.getValue().contains("\n"), "compact JSON");
          all.write(file.getValue().getBytes(StandardCharsets.UTF_8));
        }
      }
      int gzipped = gzip(all.toString(StandardCharsets.UTF_8)).length;
      assertTrue(gzipped < 100_000, "index is " + gzipped + " bytes gzipped");
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
