package dev.hanji.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanji.testing.BrowserSupport;
import dev.hanji.testing.StaticServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser runtime against the Java evaluator: same raw values, same visible text, same
 * errors and warnings; URL-fragment state; hostile fragments; no console errors under a strict CSP.
 */
class CalculatorBrowserTest {
  private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";
  private static final List<String> IDS = List.of("raid", "memory", "brokers", "partitions");
  private static final AtomicInteger LOADS = new AtomicInteger();

  private static Calculators calculators;
  private static Path site;
  private static StaticServer server;
  private static BrowserSupport browser;
  private static ChromeDriver driver;

  @BeforeAll
  static void start() throws IOException {
    calculators = SiteCalculators.get();
    site = Files.createTempDirectory("hanji-calc-site-");
    for (Map.Entry<String, String> file : calculators.browserFiles().entrySet()) {
      write(file.getKey(), file.getValue());
    }
    Path css = Path.of(System.getProperty("hanji.projectDir", "."), "static", "assets", "site.css");
    write("assets/site.css", Files.readString(css, StandardCharsets.UTF_8));
    write("index.html", page("ko"));
    write("en/index.html", page("en"));
    server = StaticServer.start(site);
    browser = BrowserSupport.start();
    driver = (ChromeDriver) browser.driver();
  }

  @AfterAll
  static void stop() throws java.io.IOException {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @AfterEach
  void noConsoleErrors() {
    assertEquals(List.of(), browser.consoleErrors(), "browser console (CSP violations show here)");
  }

  private static void write(String path, String text) throws IOException {
    Path file = site.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static String page(String lang) {
    String base = "en".equals(lang) ? "../" : "";
    StringBuilder html = new StringBuilder("<!doctype html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\">"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + CSP + "\">"
        + "<link rel=\"icon\" href=\"data:,\"><title>calculators</title><link rel=\"stylesheet\" href=\"" + base + "assets/site.css\">"
        + "<script type=\"module\" src=\"" + base + Calculators.RUNTIME_PATH + "\"></script></head><body>");
    IDS.forEach(id -> html.append(calculators.renderHtml(id, lang)));
    return html.append("</body></html>").toString();
  }

  /** Opens a page afresh (a new query string forces a real load even when only the fragment differs). */
  private static void open(String lang, String fragment) {
    String path = ("en".equals(lang) ? "en/" : "") + "?load=" + LOADS.incrementAndGet();
    driver.get(server.url(path) + fragment);
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> (Boolean) driver.executeScript(
        "return document.querySelectorAll('[data-calculator]:not([data-ready])').length === 0"));
  }

  private static Object js(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  /** Sets inputs the way a script-driven user would and lets the input events fire. */
  private static void setInputs(String id, Map<String, String> values) {
    js("const root = document.querySelector('[data-calculator=\"' + arguments[0] + '\"]');"
        + "for (const [name, value] of Object.entries(arguments[1])) {"
        + "  const control = root.querySelector('[name=\"' + name + '\"]');"
        + "  control.value = value;"
        + "  control.dispatchEvent(new Event(control.tagName === 'SELECT' ? 'change' : 'input', {bubbles: true}));"
        + "}", id, values);
  }

  /** What the page shows: data-value and text per output, the error and the warning codes. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> shown(String id) {
    return (Map<String, Object>) js("const root = document.querySelector('[data-calculator=\"' + arguments[0] + '\"]');"
        + "const values = {}, texts = {};"
        + "for (const el of root.querySelectorAll('[data-output]')) {"
        + "  values[el.getAttribute('data-output')] = el.getAttribute('data-value');"
        + "  texts[el.getAttribute('data-output')] = el.textContent; }"
        + "const error = root.querySelector('[data-error]');"
        + "return {values, texts, error: error.hidden ? '' : error.textContent,"
        + "  warnings: [...root.querySelectorAll('[data-warning]')].map(w => w.getAttribute('data-warning'))};", id);
  }

  @SuppressWarnings("unchecked")
  private static void assertSameAsJava(String id, Map<String, String> inputs, String lang) {
    Result expected = calculators.evaluate(id, inputs);
    Map<String, Object> shown = shown(id);
    Map<String, Object> values = (Map<String, Object>) shown.get("values");
    Map<String, Object> texts = (Map<String, Object>) shown.get("texts");
    String context = id + " " + inputs + " (" + lang + ")";
    for (String output : values.keySet()) {
      assertEquals(expected.dataValue(output), values.get(output), context + " data-value of " + output);
      Object raw = expected.values().get(output);
      assertEquals(raw == null ? "" : calculators.format(id, output, raw, lang), texts.get(output),
          context + " text of " + output);
    }
    assertEquals(expected.error(lang).orElse(""), shown.get("error"), context + " error");
    assertEquals(expected.warnings(), shown.get("warnings"), context + " warnings");
  }

  private static Map<String, String> inputs(String... keyValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put(keyValues[i], keyValues[i + 1]);
    }
    return map;
  }

  private static List<Map<String, String>> grid(String id) {
    List<Map<String, String>> cases = new ArrayList<>();
    switch (id) {
      case "raid" -> {
        for (String level : List.of("0", "1", "5", "6", "10", "50", "60")) {
          for (String disks : List.of("2", "7", "12", "30")) {
            cases.add(inputs("level", level, "disks", disks, "diskTb", "1.92", "groups", "3"));
          }
        }
        cases.add(inputs("level", "10", "disks", "12", "diskTb", "-1", "groups", "2"));
        cases.add(inputs("level", "50", "disks", "12", "diskTb", "7.68", "groups", "2"));
      }
      case "memory" -> {
        cases.add(inputs("ramGib", "32", "heapGib", "6", "osReserveGib", "1", "writeMBps", "100", "bufferSeconds", "30"));
        cases.add(inputs("ramGib", "16", "heapGib", "6.5", "osReserveGib", "1.5", "writeMBps", "333", "bufferSeconds", "30"));
        cases.add(inputs("ramGib", "128", "heapGib", "33", "osReserveGib", "2", "writeMBps", "2500", "bufferSeconds", "45"));
        cases.add(inputs("ramGib", "64", "heapGib", "0.3", "osReserveGib", "1", "writeMBps", "77.7", "bufferSeconds", "12"));
        cases.add(inputs("ramGib", "8", "heapGib", "7", "osReserveGib", "1", "writeMBps", "100", "bufferSeconds", "30"));
        cases.add(inputs("ramGib", "32", "heapGib", "6", "osReserveGib", "1", "writeMBps", "0", "bufferSeconds", "30"));
      }
      case "brokers" -> {
        cases.add(inputs("writeMBps", "100", "consumerGroups", "2", "replicationFactor", "3", "retentionHours", "168"));
        cases.add(inputs("writeMBps", "1000", "consumerGroups", "0", "replicationFactor", "3", "retentionHours", "1",
            "diskTbPerBroker", "100"));
        cases.add(inputs("writeMBps", "1000", "consumerGroups", "5", "replicationFactor", "3", "retentionHours", "1",
            "diskTbPerBroker", "100"));
        cases.add(inputs("writeMBps", "123.4", "consumerGroups", "1", "replicationFactor", "2", "retentionHours", "72.5",
            "diskFill", "0.85", "networkUtil", "0.7", "partitions", "250000"));
        cases.add(inputs("writeMBps", "1", "replicationFactor", "3", "retentionHours", "1", "partitions", "10"));
        cases.add(inputs("replicationFactor", "0"));
        cases.add(inputs("diskFill", "1.5"));
        cases.add(inputs("networkUtil", "0"));
        cases.add(inputs("writeMBps", "-3"));
        cases.add(inputs("writeMBps", "1e308"));
      }
      default -> {
        cases.add(inputs("targetMBps", "100", "producerMBpsPerPartition", "10", "consumerMBpsPerPartition", "5"));
        cases.add(inputs("targetMBps", "100", "producerMBpsPerPartition", "30", "consumerMBpsPerPartition", "40"));
        cases.add(inputs("targetMBps", "0.1", "producerMBpsPerPartition", "0.3", "consumerMBpsPerPartition", "0.7"));
        cases.add(inputs("targetMBps", "abc", "producerMBpsPerPartition", "10", "consumerMBpsPerPartition", "5"));
        cases.add(inputs("targetMBps", "100", "producerMBpsPerPartition", "0", "consumerMBpsPerPartition", "5"));
      }
    }
    return cases;
  }

  @Test
  void defaultsAfterTheScriptRunsEqualTheBuildTimeMarkup() {
    for (String lang : List.of("ko", "en")) {
      open(lang, "");
      for (String id : IDS) {
        assertSameAsJava(id, Map.of(), lang);
      }
    }
  }

  @Test
  void aGridOfInputsGivesTheSameValuesAsJava() {
    open("ko", "");
    for (String id : IDS) {
      Map<String, String> defaults = new LinkedHashMap<>();
      calculators.calculator(id).spec().inputs().forEach(i -> defaults.put(i.id(), i.defaultValue()));
      for (Map<String, String> change : grid(id)) {
        Map<String, String> all = new LinkedHashMap<>(defaults);
        all.putAll(change);
        setInputs(id, all);
        assertSameAsJava(id, all, "ko");
      }
    }
  }

  @Test
  void englishPagesFormatAndExplainInEnglish() {
    open("en", "");
    Map<String, String> odd = inputs("level", "10", "disks", "7");
    setInputs("raid", odd);
    assertSameAsJava("raid", odd, "en");
    Map<String, String> heavy = inputs("ramGib", "1024", "heapGib", "6", "writeMBps", "12345.678");
    setInputs("memory", heavy);
    assertSameAsJava("memory", heavy, "en");
  }

  @Test
  void typingIntoAnInputRecomputesAndWritesTheFragment() {
    open("ko", "");
    WebElement disks = driver.findElement(By.cssSelector("[data-calculator=raid] [name=disks]"));
    disks.sendKeys(Keys.chord(Keys.CONTROL, "a"), "16");
    assertEquals("16", driver.findElement(By.cssSelector("[data-output=rawTb]")).getAttribute("data-value"));
    new WebDriverWait(driver, Duration.ofSeconds(5))
        .until(d -> ((String) js("return location.hash")).contains("raid.disks=16"));
    String hash = (String) js("return location.hash");
    assertTrue(hash.contains("raid.disks=16"), hash);
    assertTrue(hash.contains("raid.level=10"), hash);
  }

  @Test
  void aFragmentFillsTheInputsAndComputes() {
    open("ko", "#raid.level=5&raid.disks=6&raid.diskTb=2&memory.heapGib=6.5&partitions.targetMBps=250");
    assertEquals("5", driver.findElement(By.cssSelector("[data-calculator=raid] [name=level]")).getAttribute("value"));
    assertEquals("6", driver.findElement(By.cssSelector("[data-calculator=raid] [name=disks]")).getAttribute("value"));
    assertSameAsJava("raid", inputs("level", "5", "disks", "6", "diskTb", "2"), "ko");
    assertSameAsJava("memory", inputs("heapGib", "6.5"), "ko");
    assertEquals("-Xms6656m -Xmx6656m",
        driver.findElement(By.cssSelector("[data-output=jvmFlags]")).getAttribute("data-value"));
    assertSameAsJava("partitions", inputs("targetMBps", "250"), "ko");
    assertSameAsJava("brokers", Map.of(), "ko");
  }

  @Test
  void hostileFragmentsInjectNothingAndBadNumbersShowTheError() {
    String img = "%3Cimg%20src%3Dx%20onerror%3D%22window.hacked%3D1%22%3E";
    open("ko", "#raid.level=" + img + "&raid.disks=" + img + "&memory.ramGib=NaN&memory.heapGib=Infinity"
        + "&brokers.replicationFactor=1e999&brokers.writeMBps=1e308&partitions.targetMBps=-5"
        + "&raid.diskTb=%E0%A4%A&" + img + "=1&__proto__.x=1&constructor.prototype=2");
    assertEquals(0L, js("return document.querySelectorAll('img').length"));
    assertNull(js("return window.hacked === undefined ? null : window.hacked"));
    assertEquals("10", driver.findElement(By.cssSelector("[data-calculator=raid] [name=level]")).getAttribute("value"));
    assertEquals("12", driver.findElement(By.cssSelector("[data-calculator=raid] [name=disks]")).getAttribute("value"));
    assertSameAsJava("raid", Map.of(), "ko");
    assertSameAsJava("memory", Map.of(), "ko");
    assertEquals("3", driver.findElement(By.cssSelector("[data-calculator=brokers] [name=replicationFactor]"))
        .getAttribute("value"));
    // Numbers that parse are taken, and then fail validation visibly.
    assertSameAsJava("brokers", inputs("writeMBps", "1e308"), "ko");
    assertFalse(((String) shown("brokers").get("error")).isEmpty());
    assertSameAsJava("partitions", inputs("targetMBps", "-5"), "ko");
    assertEquals("모든 처리량은 0보다 커야 합니다.", shown("partitions").get("error"));
    assertEquals("", driver.findElement(By.cssSelector("[data-output=partitions]")).getAttribute("data-value"));
    assertTrue(driver.findElement(By.cssSelector("[data-calculator=partitions] [data-error]")).isDisplayed());
  }

  @Test
  void hugeDiskCountsAreRejectedWithAMessage() {
    open("en", "#raid.disks=99999999999&raid.level=0");
    assertEquals("Number of disks: enter a value of at most 1,000.", shown("raid").get("error"));
    assertEquals("", driver.findElement(By.cssSelector("[data-output=usableTb]")).getAttribute("data-value"));
  }

  @Test
  void resetRestoresDefaultsAndDropsTheCalculatorFromTheFragment() {
    open("ko", "#raid.disks=8&partitions.targetMBps=50");
    driver.findElement(By.cssSelector("[data-calculator=raid] [data-action=reset]")).click();
    assertEquals("12", driver.findElement(By.cssSelector("[data-calculator=raid] [name=disks]")).getAttribute("value"));
    assertEquals("#partitions.targetMBps=50", js("return location.hash"));
    assertSameAsJava("raid", Map.of(), "ko");
  }

  @Test
  void copyLinkWritesTheStateAndReportsTheOutcome() {
    open("en", "");
    setInputs("partitions", inputs("targetMBps", "42"));
    driver.findElement(By.cssSelector("[data-calculator=partitions] [data-action=copy-link]")).click();
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !driver.findElement(
        By.cssSelector("[data-calculator=partitions] .calc-action-status")).getText().isEmpty());
    assertTrue(((String) js("return location.hash")).contains("partitions.targetMBps=42"));
  }

  @Test
  void presetsApplyTheirInputs() {
    open("ko", "");
    driver.findElement(By.cssSelector("[data-calculator=memory] [data-preset=development]")).click();
    assertSameAsJava("memory", inputs("ramGib", "16", "heapGib", "6"), "ko");
    assertEquals(List.of("heap-over-quarter", "ram-below-32"), shown("memory").get("warnings"));
    assertTrue(driver.findElement(By.cssSelector("[data-warning=ram-below-32]")).isDisplayed());
  }

  @Test
  void chartsShowTheRaidLayoutTheRamSplitAndTheBindingConstraint() {
    open("ko", "#raid.level=5&raid.disks=4&brokers.consumerGroups=0&brokers.writeMBps=1000"
        + "&brokers.retentionHours=1&brokers.diskTbPerBroker=100");
    assertEquals(12L, js("return document.querySelectorAll('[data-calculator=raid] [data-role=data]').length"));
    assertEquals(4L, js("return document.querySelectorAll('[data-calculator=raid] [data-role=parity]').length"));
    assertEquals(3L, js("return document.querySelectorAll('[data-calculator=memory] svg rect.calc-series').length / 2"));
    assertEquals("ingress", js("return document.querySelector('[data-calculator=brokers] [data-binding]')"
        + ".getAttribute('data-key')"));
    setInputs("raid", inputs("level", "10", "disks", "12"));
    assertEquals(24L, js("return document.querySelectorAll('[data-calculator=raid] [data-role=mirror]').length"));
    setInputs("raid", inputs("disks", "7"));
    assertEquals(0L, js("return document.querySelectorAll('[data-calculator=raid] svg').length"));
  }

  @Test
  void aHeadingLinkKeepsTheInputsButANewCalculatorFragmentAppliesIt() {
    open("ko", "#raid.disks=8");
    js("location.hash = '#some-heading'");
    assertEquals("8", driver.findElement(By.cssSelector("[data-calculator=raid] [name=disks]")).getAttribute("value"));
    js("location.hash = '#raid.disks=4&raid.level=6'");
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> "4".equals(
        driver.findElement(By.cssSelector("[data-calculator=raid] [name=disks]")).getAttribute("value")));
    assertSameAsJava("raid", inputs("disks", "4", "level", "6"), "ko");
  }

  @Test
  void theConsoleCheckSeesErrors() {
    open("ko", "");
    js("console.error('planted')");
    List<String> errors = browser.consoleErrors();
    assertEquals(1, errors.size(), errors::toString);
    assertTrue(errors.get(0).contains("planted"));
  }

  @Test
  void javaPrintsNumbersExactlyAsJavaScriptsString() {
    open("ko", "");
    Random random = new Random(7);
    List<String> inputs = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      double value = switch (i % 3) {
        case 0 -> Double.longBitsToDouble(random.nextLong());
        case 1 -> random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
        default -> Math.round(random.nextDouble() * 1e6) / 1000.0;
      };
      if (Double.isFinite(value)) {
        values.add(value);
        inputs.add(Double.toString(value));
      }
    }
    @SuppressWarnings("unchecked")
    List<String> printed = (List<String>) js("return arguments[0].map(s => String(Number(s)))", inputs);
    for (int i = 0; i < values.size(); i++) {
      assertEquals(printed.get(i), JsNumber.toString(values.get(i)), inputs.get(i));
    }
  }
}
