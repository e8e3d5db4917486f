package dev.hanji.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SortedMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The DESIGN §5 markup contract, with build-time defaults in it. */
class WidgetMarkupTest {
  private final Calculators calculators = SiteCalculators.get();

  private Element widget(String id, String lang) {
    return Jsoup.parseBodyFragment(calculators.renderHtml(id, lang)).body().child(0);
  }

  @Test
  void theSiteHasTheFourCalculators() {
    assertEquals("[brokers, memory, partitions, raid]", calculators.ids().toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"raid", "memory", "brokers", "partitions"})
  void everyInputAndOutputFollowsTheContract(String id) {
    for (String lang : new String[] {"ko", "en"}) {
      Element root = widget(id, lang);
      assertEquals(id, root.attr("data-calculator"));
      Calculator calculator = calculators.calculator(id);
      Result defaults = calculators.evaluate(id, Map.of());
      for (Spec.Input input : calculator.spec().inputs()) {
        Element control = root.selectFirst("[name=" + input.id() + "]");
        assertNotNull(control, input.id());
        assertTrue(control.is("input, select"));
        Element label = root.selectFirst("label[for=" + control.id() + "]");
        assertNotNull(label, "label for " + input.id());
        assertEquals(input.label().in(lang), label.text());
      }
      for (Spec.Output output : calculator.spec().outputs()) {
        Element element = root.selectFirst("[data-output=" + output.id() + "]");
        assertNotNull(element, output.id());
        assertEquals(defaults.dataValue(output.id()), element.attr("data-value"));
        assertFalse(element.attr("data-value").isEmpty());
        assertEquals(calculators.format(id, output.id(), defaults.values().get(output.id()), lang), element.text());
      }
      Element error = root.selectFirst("[data-error]");
      assertNotNull(error);
      assertTrue(error.hasAttr("hidden"));
      assertEquals("polite", error.parent().attr("aria-live"));
      assertNotNull(root.selectFirst("button[data-action=copy-link]"));
      assertNotNull(root.selectFirst("button[data-action=reset]"));
      assertTrue(root.select("[style], script").isEmpty(), "no inline style or script");
    }
  }

  @Test
  void defaultsAreFormattedPerLanguage() {
    Element ko = widget("brokers", "ko");
    assertEquals("181.44", ko.selectFirst("[data-output=storageTb]").attr("data-value"));
    assertEquals("181.44 TB", ko.selectFirst("[data-output=storageTb]").text());
    assertEquals("저장 용량", ko.selectFirst("[data-output=limitingFactor]").text());
    assertEquals("storage", ko.selectFirst("[data-output=limitingFactor]").attr("data-value"));
    Element en = widget("memory", "en");
    assertEquals("18.8%", en.selectFirst("[data-output=heapShare]").text());
    assertEquals("0.1875", en.selectFirst("[data-output=heapShare]").attr("data-value"));
    assertEquals("268.4 s", en.selectFirst("[data-output=bufferedSeconds]").text());
    assertEquals("-Xms6g -Xmx6g", en.selectFirst("[data-output=jvmFlags]").text());
    assertEquals("RAID 10 (mirror + stripe)", widget("raid", "en").selectFirst("option[selected]").text());
  }

  @Test
  void numberFormattingGroupsThousandsAndRoundsHalfAwayFromZero() {
    assertEquals("1,234,567.89", Formats.number(1234567.891, 2));
    assertEquals("0.13", Formats.number(0.125, 2));
    assertEquals("1.01", Formats.number(1.005, 2)); // rounds String(1.005), not the binary 1.00499…
    assertEquals("-2", Formats.number(-1.5, 0));
    assertEquals("-0", Formats.number(-0.001, 2));
    assertEquals("1,000", Formats.number(999.9996, 3));
  }

  @Test
  void referenceClustersAndPresetsAreShown() {
    Element brokers = widget("brokers", "en");
    String table = brokers.selectFirst(".calc-reference table").text();
    assertTrue(table.contains("Development 5 16 GB (6 GB heap) 16 cores"), table);
    assertTrue(table.contains("Production 10 32 GB (6 GB heap) 24 cores"), table);
    Element memory = widget("memory", "ko");
    assertEquals(2, memory.select("button[data-preset]").size());
  }

  @Test
  void browserFilesAreTheRuntimeTheStringsAndOneModulePerCalculator() {
    SortedMap<String, String> files = calculators.browserFiles();
    assertEquals("[assets/calc/brokers.js, assets/calc/memory.js, assets/calc/messages.js, assets/calc/partitions.js,"
        + " assets/calc/raid.js, assets/calc/runtime.js]", files.keySet().toString());
    assertEquals(files, calculators.browserFiles(), "deterministic");
    for (String text : files.values()) {
      assertFalse(text.contains("eval("), "no eval");
      assertFalse(text.contains("new Function"), "no new Function");
      assertFalse(text.contains("innerHTML"), "no innerHTML");
    }
    assertTrue(files.get("assets/calc/raid.js").startsWith("// Generated by Hanji from content/calculators/raid.yaml"));
    assertTrue(files.get("assets/calc/messages.js").contains("\"button.copyLink\":\"링크 복사\""));
  }

  @Test
  void renderingIsDeterministic() {
    assertEquals(calculators.renderHtml("raid", "ko"), calculators.renderHtml("raid", "ko"));
  }
}
