package dev.hanji.notion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The repair's line map on random Notion-style notes: every repaired line names a real input line, in order. */
class LineMapPropertyTest {

  @Property(tries = 200)
  void everyRepairedLineMapsToAnInputLineInOrder(@ForAll("notes") String note) {
    Repaired repaired = NotionMarkdown.repair(note);
    int inputLines = note.split("\n", -1).length;
    List<String> output = List.of(repaired.text().split("\n", -1));
    int previous = 1;
    for (int line = 1; line <= output.size(); line++) {
      int input = repaired.inputLine(line);
      assertTrue(input >= previous && input <= inputLines,
          "line " + line + " maps to " + input + " after " + previous + " of " + inputLines);
      previous = input;
    }
    if (repaired.unchanged()) {
      assertEquals(note, repaired.text());
    }
  }

  @Provide
  Arbitrary<String> notes() {
    return Arbitraries.of(
            "# 제목", "본문", "", "  ", "| a | b |", "|---|---|", "| 1 | 여러", "줄", "셀 |", "| 2 | 3 |",
            "- 토글", "    ## 안쪽 제목", "    본문", "        - 더 깊은 토글", "            ### 더 깊은 제목",
            "• 글머리", "* 별", "+ 더하기", "1. 번호", "줄 끝 공백  ", "---", "```", "```java", "code |",
            "> 인용", "<details>", "</details>", "\u1112\u1161\u11ab\u1100\u1173\u11af")
        .list().ofMaxSize(30).map(lines -> String.join("\n", lines));
  }
}
