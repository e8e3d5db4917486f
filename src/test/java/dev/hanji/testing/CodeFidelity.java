package dev.hanji.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Holds a built site to the code its sources wrote: every code block's text, byte for byte. */
public final class CodeFidelity {
  private CodeFidelity() {
  }

  /**
   * Asserts that the text of every fenced and indented code block of every page under {@code contentDir} is the
   * text of a {@code <pre><code>} of the built site, exactly (indentation, tabs, blank lines), and returns how
   * many blocks were compared.
   */
  public static int assertEveryCodeBlockExact(Path contentDir, SortedMap<String, byte[]> files) {
    Map<String, Integer> printed = new HashMap<>();
    files.forEach((path, bytes) -> {
      if (path.endsWith(".html")) {
        for (Element code : Jsoup.parse(new String(bytes, StandardCharsets.UTF_8)).select("pre > code")) {
          printed.merge(code.wholeText(), 1, Integer::sum);
        }
      }
    });
    List<String> missing = new ArrayList<>();
    int compared = 0;
    for (Path source : markdownFiles(contentDir)) {
      for (String block : MarkdownRendering.codeBlocks(read(source), Set.of("calculator", "glossary"))) {
        compared++;
        if (printed.getOrDefault(block, 0) == 0) {
          missing.add(contentDir.relativize(source) + ":\n" + block);
        }
      }
    }
    assertEquals(List.of(), missing, "code blocks not printed exactly as written");
    assertTrue(compared > 0, "no code blocks under " + contentDir);
    return compared;
  }

  private static List<Path> markdownFiles(Path contentDir) {
    try (Stream<Path> walk = Files.walk(contentDir)) {
      return walk.filter(path -> path.toString().endsWith(".md")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
