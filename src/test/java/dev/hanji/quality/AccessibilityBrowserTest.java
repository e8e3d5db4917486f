package dev.hanji.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanji.core.BuildOptions;
import dev.hanji.core.Diagnostics;
import dev.hanji.core.SiteGenerator;
import dev.hanji.sources.SiteSettings;
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
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Quality gates in the browser, over every page of the real site in light and dark mode: no axe-core violation
 * of WCAG 2.1 A/AA, no Content Security Policy violation and no console error, also after typing a search query
 * and after changing calculator inputs.
 */
class AccessibilityBrowserTest {
  private static final String DARK_BACKGROUND = "rgb(15, 20, 25)";
  private static final String LIGHT_BACKGROUND = "rgb(255, 255, 255)";

  private static BrowserSupport browser;
  private static StaticServer server;
  private static List<String> pages;

  @BeforeAll
  static void start(@TempDir Path out) throws Exception {
    browser = BrowserSupport.start();
    browser.driver().manage().window().setSize(new Dimension(1280, 900));
    PageAudit.watchCspViolations(browser);
    // Served under its real base path, as on GitHub Pages: the 404 page links its assets absolutely.
    BuildOptions options = BuildOptions.forProject(TestSites.projectDir());
    Path settings = options.contentDir().resolve(SiteSettings.FILE_NAME);
    String basePath = SiteSettings.read(Files.readString(settings), settings.toString(), Map.of(), new Diagnostics())
        .basePath();
    Path site = out.resolve("root" + basePath);
    SiteGenerator.generate(options.withOutputDir(site));
    server = StaticServer.start(out.resolve("root"));
    try (Stream<Path> files = Files.walk(site)) {
      pages = files.filter(file -> file.toString().endsWith(".html")).map(file -> basePath + site.relativize(file)
          .toString().replace('\\', '/').replaceFirst("(^|/)index\\.html$", "$1")).sorted().toList();
    }
  }

  @AfterEach
  void backToLightMode() {
    PageAudit.emulateColorScheme(browser, "light");
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
      browser.driver().get(server.url(page));
      assertEquals(scheme.equals("dark") ? DARK_BACKGROUND : LIGHT_BACKGROUND, background(), page);
      problems.addAll(audit(scheme + " " + page));
    }
    assertTrue(pages.size() >= 16, "only " + pages.size() + " pages: " + pages);
    assertEquals("", String.join("\n", problems), problems.size() + " problems");
  }

  @ParameterizedTest(name = "{0} mode")
  @ValueSource(strings = {"light", "dark"})
  void searchBoxAndSearchPageStayAccessibleAndWithinThePolicyAfterTypingAQuery(String scheme) {
    PageAudit.emulateColorScheme(browser, scheme);
    WebDriver driver = browser.driver();
    List<String> problems = new ArrayList<>();
    String base = pages.stream().filter(page -> page.endsWith("/en/")).findFirst().orElseThrow().replaceFirst("en/$", "");
    for (String[] home : new String[][] {{base, "브로커"}, {base + "en/", "page cache"}}) {
      driver.get(server.url(home[0]));
      driver.findElement(By.id("site-search-input")).sendKeys(home[1]);
      waitFor(".search-popup:not([hidden]) [role=option]");
      problems.addAll(audit(scheme + " " + home[0] + " search popup for " + home[1]));
      driver.get(server.url(home[0] + "search/"));
      driver.findElement(By.id("search-page-input")).sendKeys(home[1], Keys.ENTER);
      waitFor("[data-search-results] a[data-search-result]");
      problems.addAll(audit(scheme + " " + home[0] + "search/ results for " + home[1]));
    }
    assertEquals("", String.join("\n", problems), problems.size() + " problems");
  }

  @ParameterizedTest(name = "{0} mode")
  @ValueSource(strings = {"light", "dark"})
  void calculatorsStayAccessibleAndWithinThePolicyWhenInputsChangeOrAreInvalid(String scheme) {
    PageAudit.emulateColorScheme(browser, scheme);
    WebDriver driver = browser.driver();
    List<String> problems = new ArrayList<>();
    for (String page : pages) {
      driver.get(server.url(page));
      List<WebElement> inputs = driver.findElements(By.cssSelector("[data-calculator] input[type=number]"));
      if (inputs.isEmpty()) {
        browser.consoleErrors(); // this page's load is judged by the all-pages test; don't blame the next one
        continue;
      }
      WebElement input = inputs.get(0);
      input.sendKeys(Keys.END, "0");
      problems.addAll(audit(scheme + " " + page + " after changing " + input.getAttribute("id")));
      input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, "-");
      problems.addAll(audit(scheme + " " + page + " with " + input.getAttribute("id") + " invalid"));
    }
    assertEquals("", String.join("\n", problems), problems.size() + " problems");
  }

  /** axe-core results, CSP violations and console errors of the current page, each prefixed with where. */
  static List<String> audit(String where) {
    List<String> problems = new ArrayList<>();
    PageAudit.axeViolations(browser, PageAudit.WCAG21_AA).forEach(v -> problems.add(where + ": " + v));
    PageAudit.cspViolations(browser).forEach(v -> problems.add(where + ": CSP: " + v));
    browser.consoleErrors().forEach(e -> problems.add(where + ": console: " + e));
    return problems;
  }

  private static void waitFor(String selector) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(d -> !d.findElements(By.cssSelector(selector)).isEmpty());
  }

  private static String background() {
    return (String) ((JavascriptExecutor) browser.driver())
        .executeScript("return getComputedStyle(document.body).backgroundColor");
  }
}
