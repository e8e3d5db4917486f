package dev.hanji.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanji.core.BuildOptions;
import dev.hanji.diagnostics.Diagnostics;
import dev.hanji.core.SiteGenerator;
import dev.hanji.sources.SiteSettings;
import dev.hanji.testing.BrowserSupport;
import dev.hanji.testing.PageAudit;
import dev.hanji.testing.StaticServer;
import dev.hanji.testing.TestSites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
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
 * of WCAG 2.1 A/AA, no Content Security Policy violation and no console error, also after typing a search query,
 * after changing calculator inputs and on a phone-sized screen. Small bad pages show each gate failing.
 */
class AccessibilityBrowserTest {
  private static final String DARK_BACKGROUND = "rgb(15, 20, 25)";
  private static final String LIGHT_BACKGROUND = "rgb(255, 255, 255)";

  private static BrowserSupport browser;
  private static StaticServer server;
  private static List<String> pages;
  private static List<String> calculatorPages;
  private static String csp;
  private static String home; // the site's base path, e.g. /kafka-cluster-guide/

  @BeforeAll
  static void start(@TempDir Path out) throws Exception {
    browser = BrowserSupport.start();
    browser.driver().manage().window().setSize(new Dimension(1280, 900));
    PageAudit.watchCspViolations(browser);
    PageAudit.preloadAxe(browser);
    // Served under its real base path, as on GitHub Pages: the 404 page links its assets absolutely.
    BuildOptions options = BuildOptions.forProject(TestSites.projectDir());
    Path settings = options.contentDir().resolve(SiteSettings.FILE_NAME);
    home = SiteSettings.read(Files.readString(settings), settings.toString(), Map.of(), new Diagnostics()).basePath();
    Path site = out.resolve("root" + home);
    SiteGenerator.generate(options.withOutputDir(site));
    server = StaticServer.start(out.resolve("root"));
    List<Path> html;
    try (Stream<Path> files = Files.walk(site)) {
      html = files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
    }
    pages = html.stream().map(file -> home + url(site, file)).toList();
    calculatorPages = html.stream().filter(file -> read(file).contains("data-calculator="))
        .map(file -> home + url(site, file)).toList();
    csp = Jsoup.parse(read(site.resolve("index.html"))).select("meta[http-equiv=Content-Security-Policy]")
        .attr("content");
    writeBadPages(out.resolve("root/bad"));
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
    for (String[] start : new String[][] {{home, "브로커"}, {home + "en/", "page cache"}}) {
      driver.get(server.url(start[0]));
      driver.findElement(By.id("site-search-input")).sendKeys(start[1]);
      waitFor(".search-popup:not([hidden]) [role=option]");
      problems.addAll(audit(scheme + " " + start[0] + " search popup for " + start[1]));
      driver.get(server.url(start[0] + "search/"));
      driver.findElement(By.id("search-page-input")).sendKeys(start[1], Keys.ENTER);
      waitFor("[data-search-results] a[data-search-result]");
      problems.addAll(audit(scheme + " " + start[0] + "search/ results for " + start[1]));
    }
    assertEquals("", String.join("\n", problems), problems.size() + " problems");
  }

  @ParameterizedTest(name = "{0} mode")
  @ValueSource(strings = {"light", "dark"})
  void calculatorsStayAccessibleAndWithinThePolicyWhenInputsChangeOrAreInvalid(String scheme) {
    PageAudit.emulateColorScheme(browser, scheme);
    WebDriver driver = browser.driver();
    List<String> problems = new ArrayList<>();
    assertTrue(calculatorPages.size() >= 6, calculatorPages::toString);
    for (String page : calculatorPages) {
      driver.get(server.url(page));
      WebElement input = driver.findElement(By.cssSelector("[data-calculator] input[type=number]"));
      // A recomputation, then an invalid value that shows the error box: one audit sees the page after both.
      input.sendKeys(Keys.END, "0");
      input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, "-");
      waitFor("[data-calculator] [data-error]:not([hidden])");
      problems.addAll(audit(scheme + " " + page + " after changing " + input.getAttribute("id") + " to invalid"));
    }
    assertEquals("", String.join("\n", problems), problems.size() + " problems");
  }

  /** The narrow layout (menu button, wrapped header, scrolling code and tables); colours are as on a desktop. */
  @Test
  void everyPageOnAPhoneSizedScreenWithTheMenuOpenStaysAccessible() {
    WebDriver driver = browser.driver();
    List<String> problems = new ArrayList<>();
    driver.manage().window().setSize(new Dimension(390, 844));
    try {
      for (String page : pages) {
        driver.get(server.url(page));
        WebElement menu = driver.findElement(By.cssSelector("[data-nav-toggle]"));
        assertTrue(menu.isDisplayed(), "the menu button shows on a narrow screen");
        assertFalse(driver.findElement(By.id("site-nav")).isDisplayed(), page + ": closed from the first paint");
        menu.click();
        assertTrue(driver.findElement(By.id("site-nav")).isDisplayed(), page);
        assertEquals("true", menu.getAttribute("aria-expanded"), page);
        problems.addAll(audit(page + " on a phone, menu open"));
      }
    } finally {
      driver.manage().window().setSize(new Dimension(1280, 900));
    }
    assertEquals("", String.join("\n", problems), problems.size() + " problems");
  }

  @Test
  void theGatesFailOnAnImageWithoutTextAndOnTextTooFaintToRead() {
    browser.driver().get(server.url("bad/a11y.html"));
    List<String> problems = audit("bad/a11y.html");
    assertTrue(problems.stream().anyMatch(p -> p.contains("image-alt (critical)") && p.contains("img")),
        problems::toString);
    assertTrue(problems.stream().anyMatch(p -> p.contains("color-contrast (serious)") && p.contains("#c8c8c8")),
        problems::toString);
  }

  @Test
  void theDarkModeRunCatchesContrastThatFailsOnlyInDarkMode() {
    browser.driver().get(server.url("bad/dark.html"));
    assertEquals(List.of(), audit("light bad/dark.html"));
    PageAudit.emulateColorScheme(browser, "dark");
    browser.driver().get(server.url("bad/dark.html"));
    List<String> problems = audit("dark bad/dark.html");
    assertTrue(problems.stream().anyMatch(p -> p.contains("color-contrast")), problems::toString);
  }

  @Test
  void theGatesFailOnAnInlineScriptAndAStyleAttributeUnderTheSitesPolicy() {
    browser.driver().get(server.url("bad/inline.html"));
    List<String> problems = audit("bad/inline.html");
    assertTrue(problems.stream().anyMatch(p -> p.contains("CSP: script-src-elem blocked inline")), problems::toString);
    assertTrue(problems.stream().anyMatch(p -> p.contains("CSP: style-src-attr blocked inline")), problems::toString);
    assertEquals("Inline", browser.driver().getTitle(), "the inline script must not have run");
  }

  /** axe-core results, CSP violations and console errors of the current page, each prefixed with where. */
  static List<String> audit(String where) {
    List<String> problems = new ArrayList<>();
    PageAudit.axeViolations(browser, PageAudit.WCAG21_AA)
        .forEach(v -> problems.add(where + ": " + v));
    PageAudit.cspViolations(browser).forEach(v -> problems.add(where + ": CSP: " + v));
    browser.consoleErrors().forEach(e -> problems.add(where + ": console: " + e));
    return problems;
  }

  /** Small pages that each break one gate, written next to the real site and served by the same server. */
  private static void writeBadPages(Path dir) {
    String head = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + csp + "\"><title>%s</title>"
        + "<link rel=\"icon\" href=\"data:,\"><link rel=\"stylesheet\" href=\"bad.css\"></head>";
    TestSites.write(dir, "bad.css", """
        body { background: #ffffff; color: #1b1f24; }
        .faint { color: #c8c8c8; }
        .dark-only { color-scheme: light dark; color: light-dark(#1b1f24, #3a3f44);
          background: light-dark(#ffffff, #202428); }
        """);
    TestSites.write(dir, "pixel.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" height=\"8\"/>");
    TestSites.write(dir, "a11y.html", head.formatted("Inaccessible") + "<body><main><h1>Inaccessible</h1>"
        + "<img src=\"pixel.svg\"><p class=\"faint\">Too faint to read.</p></main></body></html>");
    TestSites.write(dir, "dark.html", head.formatted("Dark only") + "<body class=\"dark-only\"><main>"
        + "<h1>Dark only</h1><p>Readable in light mode only.</p></main></body></html>");
    TestSites.write(dir, "inline.html", head.formatted("Inline") + "<body><main><h1>Inline</h1>"
        + "<script>document.title = 'inline script ran';</script>"
        + "<p style=\"color: #000000\">Styled inline.</p></main></body></html>");
  }

  private static String url(Path site, Path file) {
    return site.relativize(file).toString().replace('\\', '/').replaceFirst("(^|/)index\\.html$", "$1");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
