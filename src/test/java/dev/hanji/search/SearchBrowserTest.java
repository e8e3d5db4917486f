package dev.hanji.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hanji.testing.BrowserSupport;
import dev.hanji.testing.StaticServer;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The browser half of search: analysis agreement with Java, ranking, safe rendering and the combobox. */
class SearchBrowserTest {

  @TempDir
  static Path site;
  private static StaticServer server;
  private static BrowserSupport browser;

  @BeforeAll
  static void startSiteAndBrowser() throws IOException {
    SearchTestSite.write(site, SampleSite.documents(), SampleSite.glossary());
    browser = BrowserSupport.start();
    server = StaticServer.start(site);
  }

  @AfterAll
  static void stop() throws IOException {
    if (server != null) {
      server.close();
    }
    if (browser != null) {
      browser.close();
    }
  }

  private static WebDriver driver() {
    return browser.driver();
  }

  private static WebDriverWait waitUpTo(int seconds) {
    return new WebDriverWait(driver(), Duration.ofSeconds(seconds));
  }

  @Test
  void browserAnalyserProducesTheSameTermsAsTheJavaFixture() throws IOException {
    driver().get(server.url(""));
    String fixture;
    try (var in = getClass().getResourceAsStream("analysis-cases.json")) {
      fixture = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Object result = ((JavascriptExecutor) driver()).executeAsyncScript("""
        const [url, fixture, done] = arguments;
        import(url).then((m) => done(JSON.stringify(JSON.parse(fixture).map((c) =>
          ({ index: m.indexTokens(c.input), query: m.queryTokens(c.input) })))),
          (e) => done('ERROR ' + e));
        """, server.url(SearchIndexWriter.SCRIPT_PATH), fixture);
    assertFalse(String.valueOf(result).startsWith("ERROR"), String.valueOf(result));
    JsonNode browserTerms = new ObjectMapper().readTree(String.valueOf(result));
    List<AnalysisFixtureTest.Case> cases = AnalysisFixtureTest.cases();
    assertEquals(cases.size(), browserTerms.size());
    for (int i = 0; i < cases.size(); i++) {
      AnalysisFixtureTest.Case c = cases.get(i);
      assertEquals(c.index().toString(), texts(browserTerms.get(i).get("index")), "index terms of " + c.input());
      assertEquals(c.query().toString(), texts(browserTerms.get(i).get("query")), "query terms of " + c.input());
    }
  }

  private static String texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(item -> out.add(item.asText()));
    return out.toString();
  }

  @ParameterizedTest(name = "{1} on {0} finds /{2}")
  @CsvSource({
      "search/, 브로커를, brokers/",
      "search/, 페이지캐시, memory/",
      "search/, 페이지 캐시, memory/",
      "search/, ㅋㅍㅋ, ''",
      "search/, ㅂㄹㅋ, brokers/",
      "search/, RAID10, raid/",
      "search/, raid 10, raid/",
      "search/, broker, brokers/",
      "en/search/, page cache, en/memory/",
      "en/search/, 페이지 캐시, en/memory/",
      "en/search/, 브로커, en/brokers/",
      "en/search/, Brokers, en/brokers/",
      "en/search/, choosing, en/brokers/",
  })
  void searchPageFindsTheExpectedPageInTheTopThree(String searchPage, String query, String expected) {
    List<String> pages = resultPages(searchPage, query);
    assertTrue(pages.subList(0, Math.min(3, pages.size())).contains(server.url(expected)),
        query + " gave " + pages);
  }

  @Test
  void resultsShowSectionAndHighlightedSnippet() {
    resultPages("search/", "페이지캐시");
    WebElement first = driver().findElement(By.cssSelector("[data-search-results] li"));
    assertEquals("힙과 페이지 캐시", first.findElement(By.cssSelector("a[data-search-result]")).getText());
    assertEquals("페이지 캐시", first.findElement(By.cssSelector(".search-section")).getText());
    List<String> marks = first.findElements(By.cssSelector(".search-snippet mark")).stream()
        .map(WebElement::getText).toList();
    assertTrue(marks.contains("페이지캐시"), marks.toString());
    assertTrue(first.findElement(By.cssSelector("a[data-search-result]")).getAttribute("href")
        .endsWith("memory/#%ED%8E%98%EC%9D%B4%EC%A7%80-%EC%BA%90%EC%8B%9C"), "links to the section");
    String status = driver().findElement(By.cssSelector("[data-search-status]")).getText();
    assertTrue(status.matches("\\d+개 결과"), "status label comes from data-label-results: " + status);
  }

  @Test
  void queryWithMarkupIsRenderedAsText() {
    String attack = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    resultPages("search/", attack);
    WebElement page = driver().findElement(By.cssSelector("[data-search-page]"));
    assertEquals(attack, page.findElement(By.cssSelector("input[name=q]")).getAttribute("value"));
    assertTrue(page.findElements(By.cssSelector("script, img")).isEmpty());
    assertThrows(NoAlertPresentException.class, () -> driver().switchTo().alert());
    // Markup inside indexed text is text too.
    resultPages("search/", "img onerror");
    WebElement snippet = driver().findElement(By.cssSelector("[data-search-results] .search-snippet"));
    assertTrue(snippet.getText().contains("<img src=x onerror=alert(1)>"), snippet.getText());
    assertTrue(page().findElements(By.cssSelector("[data-search-results] img")).isEmpty());
    assertThrows(NoAlertPresentException.class, () -> driver().switchTo().alert());
  }

  private static WebElement page() {
    return driver().findElement(By.cssSelector("[data-search-page]"));
  }

  @Test
  void indexLoadsOnlyWhenTheSearchBoxIsFirstFocused() {
    driver().get(server.url("raid/"));
    waitUpTo(5).until(d -> "combobox".equals(input().getAttribute("role")));
    assertEquals(0L, indexRequests());
    input().click();
    waitUpTo(5).until(d -> indexRequests() == 1L);
  }

  private static long indexRequests() {
    return (Long) ((JavascriptExecutor) driver()).executeScript(
        "return performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/search/index.json')).length");
  }

  @Test
  void slashFocusesArrowsAndEnterNavigateEscapeCloses() {
    driver().get(server.url("raid/"));
    waitUpTo(5).until(d -> "combobox".equals(input().getAttribute("role")));
    driver().findElement(By.tagName("body")).sendKeys("/");
    assertEquals(input(), driver().switchTo().activeElement());
    assertEquals("", input().getAttribute("value"), "the slash is not typed into the box");

    input().sendKeys("브로커");
    WebElement popup = driver().findElement(By.cssSelector("[data-search-popup]"));
    waitUpTo(5).until(d -> popup.isDisplayed() && !options().isEmpty());
    assertEquals("true", input().getAttribute("aria-expanded"));
    WebElement listbox = driver().findElement(By.id(input().getAttribute("aria-controls")));
    assertEquals("listbox", listbox.getAttribute("role"));
    assertTrue(options().size() >= 2, "needs two results to test arrows");

    input().sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
    assertEquals(options().get(1).getAttribute("id"), input().getAttribute("aria-activedescendant"));
    input().sendKeys(Keys.ARROW_UP);
    WebElement first = options().get(0);
    assertEquals(first.getAttribute("id"), input().getAttribute("aria-activedescendant"));
    assertEquals("true", first.getAttribute("aria-selected"));
    String target = first.getAttribute("data-href");

    input().sendKeys(Keys.ESCAPE);
    waitUpTo(5).until(d -> !popup.isDisplayed());
    assertEquals("false", input().getAttribute("aria-expanded"));
    assertEquals(null, input().getAttribute("aria-activedescendant"));

    input().sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
    waitUpTo(5).until(d -> d.getCurrentUrl().equals(target));
  }

  @Test
  void slashIsTypedNormallyInsideAnotherField() {
    driver().get(server.url("search/"));
    WebElement pageInput = page().findElement(By.cssSelector("input[name=q]"));
    pageInput.sendKeys("a/b");
    assertEquals("a/b", pageInput.getAttribute("value"));
    assertEquals(pageInput, driver().switchTo().activeElement());
  }

  @Test
  void searchPageShowsTheEmptyLabelInThePageLanguage() {
    assertTrue(resultPages("en/search/", "zzzqqq").isEmpty());
    assertEquals("No results", driver().findElement(By.cssSelector("[data-search-status]")).getText());
  }

  private static WebElement input() {
    return driver().findElement(By.cssSelector("[data-search-input]"));
  }

  private static List<WebElement> options() {
    return driver().findElements(By.cssSelector("[data-search-popup] [role=option]"));
  }

  /** Opens a search page with a query and returns the result URLs without their fragments. */
  private static List<String> resultPages(String searchPage, String query) {
    driver().get(server.url(searchPage + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
    waitUpTo(5).until(d -> {
      List<WebElement> status = d.findElements(By.cssSelector("[data-search-status]"));
      return !status.isEmpty() && !status.get(0).getText().isBlank()
          && !status.get(0).getText().contains("…");
    });
    return driver().findElements(By.cssSelector("[data-search-results] a[data-search-result]")).stream()
        .map(link -> link.getAttribute("href").replaceFirst("#.*$", ""))
        .toList();
  }
}
