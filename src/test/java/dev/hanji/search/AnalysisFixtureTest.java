package dev.hanji.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Java half of the analysis agreement: the browser half runs the same table in SearchBrowserTest. */
class AnalysisFixtureTest {

  /** One row of {@code analysis-cases.json}. */
  record Case(String input, List<String> index, List<String> query) {
  }

  static List<Case> cases() throws IOException {
    try (InputStream in = AnalysisFixtureTest.class.getResourceAsStream("analysis-cases.json")) {
      List<Case> cases = new ArrayList<>();
      for (JsonNode node : new ObjectMapper().readTree(in)) {
        cases.add(new Case(node.get("input").asText(), strings(node.get("index")), strings(node.get("query"))));
      }
      return cases;
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(item -> out.add(item.asText()));
    return out;
  }

  @Test
  void javaAnalyserProducesTheFixtureTerms() throws IOException {
    List<Case> cases = cases();
    assertTrue(cases.size() >= 30, "fixture has too few cases");
    for (Case c : cases) {
      assertEquals(c.index(), KoreanAnalyzer.indexTokens(c.input()), "index terms of " + c.input());
      assertEquals(c.query(), KoreanAnalyzer.queryTokens(c.input()), "query terms of " + c.input());
    }
  }
}
