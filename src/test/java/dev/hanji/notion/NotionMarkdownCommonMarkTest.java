package dev.hanji.notion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanji.testing.MarkdownRendering;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Valid CommonMark keeps rendering exactly as before: transcribed specification examples pass
 * through {@link NotionMarkdown#repair(String)} byte-identical and render to the same HTML.
 */
class NotionMarkdownCommonMarkTest {
  private static final String SEPARATOR = "======== ";
  private static final String DEVIATES = "[deviates]";

  private static Map<String, String> examples() {
    Map<String, String> examples = new LinkedHashMap<>();
    String name = null;
    StringBuilder text = new StringBuilder();
    for (String line : MarkdownRendering.resource(NotionMarkdownCommonMarkTest.class,
        "commonmark-examples.txt").split("\n", -1)) {
      if (line.startsWith(SEPARATOR)) {
        if (name != null) {
          examples.put(name, text.toString());
        }
        name = line.substring(SEPARATOR.length()).strip();
        text.setLength(0);
      } else if (name != null) {
        text.append(line.replace('→', '\t')).append('\n');
      }
    }
    examples.put(name, text.substring(0, Math.max(0, text.length() - 1)));
    return examples;
  }

  @Test
  void theTranscriptionCoversEnoughExamplesOfEveryBlockKind() {
    Map<String, String> examples = examples();
    assertTrue(examples.size() >= 60, "only " + examples.size() + " examples");
    for (String kind : List.of("tables", "list", "indented code", "atx headings", "html blocks",
        "setext headings", "thematic breaks", "block quotes")) {
      assertTrue(examples.keySet().stream().filter(n -> n.startsWith(kind)).count() >= 4, kind);
    }
  }

  @TestFactory
  Stream<DynamicTest> validCommonMarkPassesThroughByteIdenticalAndRendersTheSame() {
    List<DynamicTest> tests = new ArrayList<>();
    examples().forEach((name, markdown) -> {
      if (name.endsWith(DEVIATES)) {
        return;
      }
      tests.add(DynamicTest.dynamicTest(name, () -> {
        Repaired repaired = NotionMarkdown.repair(markdown);
        assertEquals(markdown, repaired.text());
        assertTrue(repaired.unchanged(), repaired.repairs().toString());
        assertEquals(MarkdownRendering.html(markdown), MarkdownRendering.html(repaired.text()));
      }));
    });
    return tests.stream();
  }

  @Test
  void onlyTheDocumentedDeviationsChange() {
    examples().forEach((name, markdown) -> {
      if (name.endsWith(DEVIATES)) {
        assertNotEquals(markdown, NotionMarkdown.repair(markdown).text(), name);
      }
    });
  }
}
