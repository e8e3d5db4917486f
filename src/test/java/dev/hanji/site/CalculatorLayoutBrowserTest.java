package dev.hanji.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.hanji.core.BuildOptions;
import dev.hanji.core.SiteGenerator;
import dev.hanji.testing.BrowserSupport;
import dev.hanji.testing.PageAudit;
import dev.hanji.testing.StaticServer;
import dev.hanji.testing.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every calculator of the real site, on a phone (360 px) and a desktop (1280 px), in the light and the dark theme:
 * no chart text is cut off at its chart's edge, no table or chart makes the page scroll sideways, and a screenshot of
 * each calculator's charts and tables is kept under {@code target/screenshots/calculators/} for a person to look at.
 */
class CalculatorLayoutBrowserTest {
  private static final List<String> PAGES = List.of("raid/", "broker-hardware/", "cluster-sizing/", "en/raid/",
      "en/broker-hardware/", "en/cluster-sizing/");
  /** Every {@code <text>} of a chart whose box leaves the chart's {@code viewBox}, with the calculator it is in. */
  private static final String CUT_OFF_CHART_TEXT = """
      const problems = [];
      for (const svg of document.querySelectorAll('[data-calculator] svg')) {
        const box = svg.viewBox.baseVal;
        const id = svg.closest('[data-calculator]').dataset.calculator;
        for (const text of svg.querySelectorAll('text')) {
          const b = text.getBBox();
          if (b.x < box.x - 0.5 || b.y < box.y - 0.5 || b.x + b.width > box.x + box.width + 0.5
              || b.y + b.height > box.y + box.height + 0.5) {
            problems.push(id + ': "' + text.textContent + '" spans x ' + Math.round(b.x) + '..'
                + Math.round(b.x + b.width) + ' of 0..' + box.width);
          }
        }
      }
      return problems;""";
  /** Calculator parts wider than the page, unless they sit in a container that scrolls sideways itself. */
  private static final String WIDER_THAN_THE_PAGE = """
      const problems = [];
      const width = document.documentElement.clientWidth;
      const scrolls = (e) => e && ['auto', 'scroll'].includes(getComputedStyle(e).overflowX);
      for (const part of document.querySelectorAll('[data-calculator] table, [data-calculator] svg, [data-calculator]')) {
        let inScroller = false;
        for (let e = part.parentElement; e; e = e.parentElement) inScroller ||= scrolls(e);
        const r = part.getBoundingClientRect();
        if (!inScroller && (r.left < -0.5 || r.right > width + 0.5)) {
          problems.push(part.tagName + ' in ' + part.closest('[data-calculator]').dataset.calculator + ' spans '
              + Math.round(r.left) + '..' + Math.round(r.right) + ' of ' + width);
        }
      }
      if (document.documentElement.scrollWidth > width) problems.push('page scrolls sideways: ' +
          document.documentElement.scrollWidth + ' > ' + width);
      return problems;""";

  private static BrowserSupport browser;
  private static StaticServer server;
  private static Path screenshots;

  @BeforeAll
  static void start(@TempDir Path out) throws Exception {
    browser = BrowserSupport.start();
    Path site = out.resolve("site");
    SiteGenerator.generate(BuildOptions.forProject(TestSites.projectDir()).withOutputDir(site));
    server = StaticServer.start(site);
    screenshots = Files.createDirectories(TestSites.projectDir().resolve("target/screenshots/calculators"));
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
    }
    if (browser != null) {
      browser.close();
    }
  }

  @ParameterizedTest(name = "{0} px, {1}")
  @CsvSource({"360, light", "360, dark", "1280, light", "1280, dark"})
  void chartsAndTablesFitAtPhoneAndDesktopWidthInBothThemes(int width, String scheme) throws Exception {
    browser.devTools("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
    PageAudit.emulateColorScheme(browser, scheme);
    List<String> problems = new ArrayList<>();
    try {
      for (String page : PAGES) {
        open(page);
        for (String problem : strings(CUT_OFF_CHART_TEXT)) {
          problems.add(page + ": " + problem);
        }
        for (String problem : strings(WIDER_THAN_THE_PAGE)) {
          problems.add(page + ": " + problem);
        }
        screenshotEachCalculator(page, width, scheme);
      }
    } finally {
      browser.devTools("Emulation.clearDeviceMetricsOverride", Map.of());
    }
    assertEquals(List.of(), problems);
    assertEquals(List.of(), browser.consoleErrors());
  }

  @Test
  void theThemeButtonShowsWhetherDarkModeIsOn() {
    WebDriver driver = browser.driver();
    PageAudit.emulateColorScheme(browser, "light");
    open("raid/");
    WebElement button = driver.findElement(By.cssSelector("[data-theme-toggle]"));
    assertEquals("false", button.getAttribute("aria-pressed"));
    String off = track(driver);
    button.click();
    assertEquals("true", button.getAttribute("aria-pressed"), "pressed: dark mode is on");
    assertNotEquals(off, track(driver), "the switch drawn beside the label shows the state");
    ((JavascriptExecutor) driver).executeScript("localStorage.clear()"); // forget the reader's choice
    PageAudit.emulateColorScheme(browser, "dark");
    open("raid/");
    assertEquals("true", driver.findElement(By.cssSelector("[data-theme-toggle]")).getAttribute("aria-pressed"),
        "in the system's dark mode the button starts pressed");
    PageAudit.emulateColorScheme(browser, "light");
  }

  private static String track(WebDriver driver) {
    return (String) ((JavascriptExecutor) driver).executeScript("const s = getComputedStyle("
        + "document.querySelector('[data-theme-toggle]'), '::before'); return s.backgroundColor + s.backgroundImage");
  }

  private static void open(String page) {
    WebDriver driver = browser.driver();
    driver.get(server.url(page));
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
        "return document.querySelectorAll('[data-calculator]:not([data-ready])').length === 0"));
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(String script) {
    return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(script);
  }

  /** A screenshot of every chart and table of every calculator on the page (a whole calculator is taller than a phone). */
  private static void screenshotEachCalculator(String page, int width, String scheme) throws Exception {
    for (WebElement calculator : browser.driver().findElements(By.cssSelector("[data-calculator]"))) {
      List<WebElement> parts = calculator.findElements(By.cssSelector("figure, table"));
      for (int i = 0; i < parts.size(); i++) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", parts.get(i));
        String name = page.replace('/', '-') + calculator.getAttribute("data-calculator") + "-"
            + parts.get(i).getTagName() + (i + 1) + "-" + width + "-" + scheme;
        Files.write(screenshots.resolve(name + ".png"), parts.get(i).getScreenshotAs(OutputType.BYTES));
      }
    }
  }
}
