package dev.hanji.markdown;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanji.diagnostics.Diagnostics;
import dev.hanji.notion.NotionMarkdown;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.testutil.TestResources;
import org.commonmark.testutil.example.Example;
import org.commonmark.testutil.example.ExampleReader;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #14: every example of the GitHub Flavored Markdown spec (the {@code gfm-spec.txt} shipped by
 * commonmark-java's test utilities), through Hanji's whole Markdown stage, compared with the spec's HTML as
 * normalised DOMs ({@link SpecHtml}). Each deviation is listed, with its reason (deliberate, or a Flexmark limitation
 * not fixed yet), in {@code src/test/resources/gfm-deviations.txt}; the test fails on any other deviation, and on a
 * listed example that now passes, so the list stays exact.
 */
class GfmSpecTest {
  private static final String DEVIATIONS = "/gfm-deviations.txt";
  private static final Pattern ENTRY = Pattern.compile("(\\d+)\\s+(\\S.*)");
  /** The examples as GitHub numbers them: in file order from 1, the two "disabled" task-list ones included. */
  private static List<Example> examples;
  private static Map<Integer, String> documented;

  private final MarkdownRenderer renderer = new MarkdownRenderer(List.of());
  private final PageContext page = new PageContext("en", "index.md", "index.md", 1, "", "",
      (lang, path) -> Optional.empty(), key -> key, path -> Optional.empty());

  @BeforeAll
  static void readSpecAndDeviations() throws IOException {
    examples = ExampleReader.readExamples(TestResources.getGfmSpec());
    documented = readDeviations();
  }

  @Test
  void everyExampleRendersAsTheSpecSaysOrIsADocumentedDeviation() {
    List<String> undocumented = new ArrayList<>();
    List<Integer> deviating = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      int number = i + 1;
      Optional<String> difference = differenceFromSpec(examples.get(i));
      if (difference.isPresent()) {
        deviating.add(number);
        if (!documented.containsKey(number)) {
          undocumented.add("example " + number + " (" + examples.get(i).getSection() + ")\n" + difference.get());
        }
      }
    }
    List<Integer> nowPassing = new ArrayList<>(documented.keySet());
    nowPassing.removeAll(deviating);
    System.out.printf("GFM spec: %d/%d pass, %d documented deviations, %d undocumented%n",
        examples.size() - deviating.size(), examples.size(), deviating.size() - undocumented.size(),
        undocumented.size());
    assertTrue(undocumented.isEmpty(), undocumented.size() + " undocumented deviations from the GFM spec:\n\n"
        + String.join("\n", undocumented));
    assertTrue(nowPassing.isEmpty(), "listed in " + DEVIATIONS + " but passing now, remove them: " + nowPassing);
  }

  @Test
  void everyDocumentedDeviationNamesAnExampleAndAReason() {
    documented.forEach((number, reason) -> {
      assertTrue(number >= 1 && number <= examples.size(), "no example " + number);
      assertTrue(reason.length() > 10, "example " + number + " needs a reason");
    });
  }

  /** How Hanji's HTML for an example differs from the spec's, after normalising both; empty when it does not. */
  private Optional<String> differenceFromSpec(Example example) {
    ParsedMarkdown parsed = renderer.parse(example.getSource());
    String html = renderer.render(parsed, page, new Diagnostics()).html();
    // The reader turns the spec's tab arrows into tabs in the Markdown only.
    Document expectedDom = SpecHtml.parse(example.getHtml().replace('→', '\t'));
    Optional<String> titleDifference = parsed.firstTitle().flatMap(title -> liftTitle(expectedDom, title));
    String expected = SpecHtml.canonical(expectedDom);
    String actual = SpecHtml.canonical(SpecHtml.parse(html));
    if (titleDifference.isEmpty() && expected.equals(actual)) {
      return Optional.empty();
    }
    String repaired = NotionMarkdown.repair(example.getSource()).text();
    return Optional.of("  markdown: " + show(example.getSource())
        + (repaired.equals(example.getSource()) ? "" : "\n  repaired: " + show(repaired))
        + "\n  expected: " + show(expected) + "\n  actual:   " + show(actual)
        + titleDifference.map(d -> "\n  " + d).orElse("") + "\n");
  }

  /**
   * Hanji lifts a leading level-1 heading out of the body into the page title: the spec's leading {@code <h1>}
   * goes, and its text must be the title.
   */
  private static Optional<String> liftTitle(Document expected, String title) {
    Element first = expected.body().firstElementChild();
    if (first == null || !first.normalName().equals("h1")) {
      return Optional.of("title lifted from a body that does not start with <h1>: " + title);
    }
    first.remove();
    return first.text().equals(title.strip().replaceAll("\\s+", " ")) ? Optional.empty()
        : Optional.of("title '" + title + "' is not the heading's text '" + first.text() + "'");
  }

  private static String show(String text) {
    return text.replace("\t", "→").replace("\n", "⏎");
  }

  /** The deviations file: one {@code NUMBER  reason} a line, from its first column; {@code #} starts a comment. */
  private static Map<Integer, String> readDeviations() throws IOException {
    Map<Integer, String> deviations = new TreeMap<>();
    try (InputStream in = GfmSpecTest.class.getResourceAsStream(DEVIATIONS)) {
      if (in == null) {
        throw new IOException(DEVIATIONS + " is missing");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        Matcher entry = ENTRY.matcher(line.stripTrailing());
        if (!entry.matches()) {
          throw new IOException(DEVIATIONS + ": not 'NUMBER  reason': " + line);
        }
        if (deviations.put(Integer.valueOf(entry.group(1)), entry.group(2)) != null) {
          throw new IOException(DEVIATIONS + " lists example " + entry.group(1) + " twice");
        }
      }
    }
    return deviations;
  }
}
