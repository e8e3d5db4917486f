package dev.hanji.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanji.diagnostics.Diagnostic;
import dev.hanji.diagnostics.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in misspelling list and where its entries match. */
class TyposTest {
  private final Typos typos = Typos.builtIn();

  private List<String> warnings(String... lines) {
    Diagnostics diagnostics = new Diagnostics();
    typos.check("n.md", List.of(lines), diagnostics);
    return diagnostics.all().stream().map(Diagnostic::toString).toList();
  }

  @Test
  void theBuiltInListHasTheSeedsTyposAndCommonMisspellings() {
    assertTrue(typos.size() >= 20, "only " + typos.size());
    assertEquals(7, warnings("각정 설정", "수 맣은 선택지", "물리잘비 구매", "물리/상상 자원", "사용 환경 카프카 클러스터",
        "`Sass`를 도입", "금새 끝납니다").size());
  }

  @Test
  void patternsMatchOnlyWhereAWordStarts() {
    assertTrue(warnings("감각정보를 수집합니다").isEmpty());
    assertTrue(warnings("사용 환경에 따라 다릅니다").isEmpty(), "plain '사용 환경' is a correct phrase");
    assertTrue(warnings("Sassy 문법").isEmpty());
  }

  @Test
  void theLongerOfTwoOverlappingEntriesIsReportedOnce() {
    assertEquals(List.of("n.md:1:4: warning: '수 맣은' may be a typo for '수많은' — fix it in the source note or ignore"),
        warnings("아주 수 맣은 선택지"));
  }

  @Test
  void fencedCodeIsNotChecked() {
    assertTrue(warnings("```", "각정", "```").isEmpty());
  }
}
