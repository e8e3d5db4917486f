package dev.hanji.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanji.core.BuildOptions;
import dev.hanji.testing.BrowserSupport;
import dev.hanji.testing.FixtureSite;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** In a real browser: a broken edit shows the errors over the page; fixing it reloads the page without them. */
class ReloadOverlayBrowserTest {
  @Test
  void brokenBuildShowsTheOverlayAndTheFixReloads(@TempDir Path dir) throws Exception {
    BuildOptions options = FixtureSite.copyTo(dir.resolve("site")).withSetting("baseUrl", "https://docs.example.org/");
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    try (BrowserSupport browser = BrowserSupport.start();
         PreviewServer server = PreviewServer.start(options, PreviewServer.Console.of(quiet, quiet))) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
      driver.get(server.url() + "ops/raid/");
      wait.until(ExpectedConditions.titleContains("RAID"));

      Path page = options.contentDir().resolve("ko/ops/raid.md");
      String good = Files.readString(page);
      Files.writeString(page, "---\ntitle: [unclosed\n---\n본문입니다.\n");
      String overlay = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".hanji-overlay pre")))
          .getText();
      assertTrue(overlay.contains("content/ko/ops/raid.md:"), overlay);

      Files.writeString(page, good + "\n브라우저에서 고쳤습니다.\n");
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "브라우저에서 고쳤습니다."));
      assertTrue(driver.findElements(By.cssSelector(".hanji-overlay")).isEmpty());
    }
  }
}
