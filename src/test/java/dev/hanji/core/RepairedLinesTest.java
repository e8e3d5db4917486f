package dev.hanji.core;

import dev.hanji.diagnostics.BuildFailedException;
import dev.hanji.diagnostics.Diagnostics;
import static dev.hanji.testing.TestSites.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hanji.notion.NotionMarkdown;
import dev.hanji.notion.Repaired;
import dev.hanji.testing.TestSites;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Diagnostics below a repaired Notion table or toggle still name the line the author wrote. */
class RepairedLinesTest {
  @TempDir
  Path dir;

  private static final String PAGE = """
      # 표 다음 링크

      | 항목 | 설명 |
      |---|---|
      | 첫째 | 여러
      줄에 걸친
      셀 |
      | 둘째 | 한 줄 |

      [깨진 링크](missing.md)

      - 토글
          ## 안의 제목
          [안쪽 링크](inner.md)

      [두 번째](missing2.md)
      """;

  @Test
  void everyRepairedLineMapsBackToItsInputLine() {
    Repaired repaired = NotionMarkdown.repair(PAGE);
    List<String> output = repaired.text().lines().toList();
    List<String> input = PAGE.lines().toList();
    for (String line : List.of("[깨진 링크](missing.md)", "[두 번째](missing2.md)", "| 둘째 | 한 줄 |")) {
      assertEquals(input.indexOf(line) + 1, repaired.inputLine(output.indexOf(line) + 1), line);
    }
    assertEquals(5, repaired.inputLine(output.indexOf("| 첫째 | 여러<br>줄에 걸친<br>셀 |") + 1));
  }

  @Test
  void linkErrorsBelowARepairedTableAndToggleNameTheWrittenLine() {
    BuildOptions options = TestSites.minimalSite(dir);
    write(dir, "content/ko/notion.md", "---\ntitle: 노션\n---\n" + PAGE);
    BuildFailedException e = assertThrows(BuildFailedException.class, () -> SiteGenerator.build(options));
    assertEquals(List.of("content/ko/notion.md:13 link to missing page 'missing.md'",
            "content/ko/notion.md:17 link to missing page 'inner.md'",
            "content/ko/notion.md:19 link to missing page 'missing2.md'"),
        e.diagnostics().stream().map(d -> d.file() + ":" + d.line() + " " + d.message()).toList());
  }
}
