package dev.hanji.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanji.core.BuildOptions;
import dev.hanji.core.SiteGenerator;
import dev.hanji.testing.BrowserSupport;
import dev.hanji.testing.StaticServer;
import dev.hanji.testing.TestSites;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The real site in headless Chromium: home pages render, switch language and log no errors; the theme
 * choice is remembered; search finds what Korean readers type.
 */
class RealSiteBrowserTest {
  private static BrowserSupport browser;
  private static StaticServer server;

  @BeforeAll
  static void start(@TempDir Path out) throws Exception {
    browser = BrowserSupport.start();
    Path site = out.resolve("site");
    SiteGenerator.generate(BuildOptions.forProject(TestSites.projectDir()).withOutputDir(site));
    server = StaticServer.start(site);
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

  @Test
  void koreanAndEnglishHomePagesSwitchToEachOtherWithoutConsoleErrors() {
    WebDriver driver = browser.driver();
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    driver.get(server.url("/"));
    assertEquals("ko", driver.findElement(By.tagName("html")).getAttribute("lang"));
    assertTrue(driver.findElement(By.tagName("h1")).isDisplayed());
    driver.findElement(By.cssSelector(".language-switch a[hreflang=en]")).click();
    wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
    assertTrue(driver.getCurrentUrl().endsWith("/en/"), driver.getCurrentUrl());
    driver.findElement(By.cssSelector(".language-switch a[hreflang=ko]")).click();
    wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "ko"));
    assertEquals(List.of(), browser.consoleErrors());
  }

  @ParameterizedTest(name = "{1} on /{0} finds /{2}")
  @CsvSource({
      "search/, 브로커를, broker-hardware/",
      "search/, 페이지캐시, broker-hardware/",
      "search/, ㅋㅍㅋ, ''",
      "search/, RAID10, raid/",
      "search/, broker, broker-hardware/",
      "search/, 파일시스템을, filesystems/",
      "search/, 클러스터 규모, cluster-sizing/",
      "en/search/, page cache, en/broker-hardware/",
      "en/search/, 페이지 캐시, en/broker-hardware/",
      "en/search/, heap, en/broker-hardware/"})
  void searchFindsTheExpectedPageInTheTopThree(String searchPage, String query, String expected) {
    WebDriver driver = browser.driver();
    driver.get(server.url(searchPage + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(
        By.cssSelector("[data-search-results] a[data-search-result]")).isEmpty());
    List<String> pages = driver.findElements(By.cssSelector("[data-search-results] a[data-search-result]")).stream()
        .map(link -> link.getAttribute("href").replaceFirst("#.*$", "")).toList();
    assertTrue(pages.subList(0, Math.min(3, pages.size())).contains(server.url(expected)), query + " gave " + pages);
    assertEquals(List.of(), browser.consoleErrors());
  }

  @Test
  void markupTypedIntoTheHeaderSearchStaysText() {
    WebDriver driver = browser.driver();
    driver.get(server.url("raid/"));
    String attack = "<script>alert(1)</script><img src=x onerror=alert(2)> RAID";
    driver.findElement(By.id("site-search-input")).sendKeys(attack);
    By options = By.cssSelector("[data-search-popup] [role=option]");
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(options).isEmpty());
    assertEquals(attack, driver.findElement(By.id("site-search-input")).getAttribute("value"));
    assertEquals(List.of(), driver.findElements(By.cssSelector("[data-search-popup] script, [data-search-popup] img")));
    assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
    assertEquals(List.of(), browser.consoleErrors());
  }

  @Test
  void themeToggleIsRememberedAcrossPages() {
    WebDriver driver = browser.driver();
    driver.get(server.url("/"));
    String before = (String) ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("return getComputedStyle(document.body).backgroundColor");
    driver.findElement(By.cssSelector("[data-theme-toggle]")).click();
    driver.get(server.url("/raid/"));
    String after = (String) ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("return getComputedStyle(document.body).backgroundColor");
    assertTrue(!before.equals(after), before + " vs " + after);
    driver.findElement(By.cssSelector("[data-theme-toggle]")).click();
    assertEquals(List.of(), browser.consoleErrors());
  }
}
