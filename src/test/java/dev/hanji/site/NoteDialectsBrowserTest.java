package dev.hanji.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanji.core.SiteGenerator;
import dev.hanji.files.SitePaths;
import dev.hanji.testing.BrowserSupport;
import dev.hanji.testing.PageAudit;
import dev.hanji.testing.StaticServer;
import dev.hanji.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The vault, GitBook and Jekyll fixtures in headless Chromium: every page passes axe (WCAG 2.1 AA) with no CSP
 * violation or console error in light and dark mode, a Mermaid diagram is drawn as SVG in the page's theme, and a
 * page without a diagram loads no diagram code.
 */
class NoteDialectsBrowserTest {
  private static final String DIAGRAM_PAGE = "vault/운영/브로커 설정/";
  private static BrowserSupport browser;
  private static StaticServer server;
  private static List<String> pages;

  @BeforeAll
  static void start(@TempDir Path out) throws Exception {
    browser = BrowserSupport.start();
    PageAudit.watchCspViolations(browser);
    List<String> all = new ArrayList<>();
    for (String fixture : List.of("vault", "gitbook", "jekyll")) {
      Path project = out.resolve("projects/" + fixture);
      TestSites.copyTree(TestSites.projectDir().resolve("src/test/resources/sites/" + fixture + "/content"),
          project.resolve("content"));
      Path site = out.resolve("root/" + fixture);
      SiteGenerator.generate(TestSites.options(project).withOutputDir(site));
      try (Stream<Path> files = Files.walk(site)) {
        // the 404 page links its assets from the base path, which these sites are not served under
        files.filter(file -> file.toString().endsWith(".html") && !file.endsWith("404.html")).sorted()
            .forEach(file -> all.add(fixture + "/" + site.relativize(file).toString()
                .replaceFirst("index\\.html$", "")));
      }
    }
    pages = List.copyOf(all);
    server = StaticServer.start(out.resolve("root"));
  }

  @AfterEach
  void backToLightModeWithoutAChosenTheme() {
    PageAudit.emulateColorScheme(browser, "light");
    js().executeScript("localStorage.clear()");
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

  @ParameterizedTest(name = "{0} mode")
  @ValueSource(strings = {"light", "dark"})
  void everyPageMeetsWcag21AaAndItsContentSecurityPolicy(String scheme) {
    PageAudit.emulateColorScheme(browser, scheme);
    List<String> problems = new ArrayList<>();
    for (String page : pages) {
      open(page);
      if (page.equals(DIAGRAM_PAGE)) {
        waitForDiagram();
      }
      PageAudit.axeViolations(browser, PageAudit.WCAG21_AA).forEach(v -> problems.add(scheme + " " + page + ": " + v));
      PageAudit.cspViolations(browser).forEach(v -> problems.add(scheme + " " + page + ": CSP: " + v));
      browser.consoleErrors().forEach(e -> problems.add(scheme + " " + page + ": console: " + e));
    }
    assertTrue(pages.size() >= 25, "only " + pages.size() + " pages: " + pages);
    assertEquals("", String.join("\n", problems), problems.size() + " problems");
  }

  @ParameterizedTest(name = "{0} mode")
  @ValueSource(strings = {"light", "dark"})
  void aMermaidDiagramIsDrawnInThePageThemeWithoutACspViolation(String scheme) {
    PageAudit.emulateColorScheme(browser, scheme);
    open(DIAGRAM_PAGE);
    WebElement svg = waitForDiagram();
    assertTrue(svg.findElements(By.cssSelector("g.node")).size() >= 3, "three nodes drawn");
    assertTrue(svg.getText().contains("브로커"), svg.getText());
    String nodeFill = (String) js().executeScript(
        "return getComputedStyle(document.querySelector('.mermaid svg g.node rect')).fill");
    assertEquals(scheme.equals("dark"), isDark(nodeFill), "node fill " + nodeFill + " in " + scheme + " mode");
    assertEquals(List.of(), PageAudit.cspViolations(browser));
    assertEquals(List.of(), browser.consoleErrors());
    assertTrue(browser.driver().findElement(By.cssSelector(".mermaid-source")).getAttribute("textContent")
        .contains("생산자 --> 브로커"), "the source stays as text");
  }

  @Test
  void theThemeToggleRedrawsTheDiagram() {
    open(DIAGRAM_PAGE);
    waitForDiagram();
    browser.driver().findElement(By.cssSelector("[data-theme-toggle]")).click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(driver -> isDark((String) js().executeScript(
        "return getComputedStyle(document.querySelector('.mermaid svg g.node rect')).fill")));
    assertEquals(List.of(), PageAudit.cspViolations(browser));
  }

  @Test
  void aPageWithoutADiagramLoadsNoDiagramCode() {
    open("vault/");
    @SuppressWarnings("unchecked")
    List<String> loaded = (List<String>) js().executeScript(
        "return performance.getEntriesByType('resource').map(entry => entry.name)");
    assertTrue(loaded.stream().noneMatch(name -> name.contains("mermaid") || name.contains("diagrams")),
        loaded.toString());
    assertEquals(Boolean.TRUE, js().executeScript("return typeof window.mermaid === 'undefined'"));
  }

  private static void open(String page) {
    browser.driver().get(server.url("/" + SitePaths.encode(page)));
  }

  private static WebElement waitForDiagram() {
    return new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(driver -> driver.findElements(By.cssSelector(".mermaid[data-drawn] > svg")).stream().findFirst()
            .orElse(null));
  }

  /** Whether a CSS colour is dark (its channels average under half). */
  private static boolean isDark(String color) {
    String[] channels = color.replaceAll("[^0-9.,]", "").split(",");
    double sum = 0;
    for (int i = 0; i < 3; i++) {
      sum += Double.parseDouble(channels[i]);
    }
    return sum / 3 < 128;
  }

  private static JavascriptExecutor js() {
    return (JavascriptExecutor) browser.driver();
  }
}
