package dev.hanji.render;

import static dev.hanji.testing.TestSites.write;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanji.core.BuildOptions;
import dev.hanji.core.BuildResult;
import dev.hanji.core.SiteGenerator;
import dev.hanji.testing.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The navigation expands only the sections on the way to the current page, so pages stay small in big sites. */
class NavigationTest {
  @TempDir
  Path dir;

  private List<String> navLinks(BuildResult result, String file) {
    return Jsoup.parse(new String(result.files().get(file), StandardCharsets.UTF_8))
        .select("#site-nav .nav-tree a").eachAttr("href");
  }

  @Test
  void listsTheChildrenOfOpenSectionsOnly() throws Exception {
    BuildOptions options = TestSites.minimalSite(dir);
    write(dir, "content/ko/ops/index.md", "# 운영\n");
    write(dir, "content/ko/ops/restart.md", "# 재시작\n");
    write(dir, "content/ko/ops/upgrade.md", "# 업그레이드\n");
    write(dir, "content/ko/hw/index.md", "# 하드웨어\n");
    write(dir, "content/ko/hw/disks.md", "# 디스크\n");
    BuildResult result = SiteGenerator.build(options);

    List<String> fromDisks = navLinks(result, "hw/disks/index.html");
    assertTrue(fromDisks.containsAll(List.of("../../hw/", "../../hw/disks/", "../../ops/")), fromDisks::toString);
    assertFalse(fromDisks.contains("../../ops/restart/"), fromDisks::toString);
    List<String> fromRestart = navLinks(result, "ops/restart/index.html");
    assertTrue(fromRestart.containsAll(List.of("../../ops/restart/", "../../ops/upgrade/", "../../hw/")),
        fromRestart::toString);
    assertFalse(fromRestart.contains("../../hw/disks/"), fromRestart::toString);
    List<String> fromHome = navLinks(result, "index.html");
    assertTrue(fromHome.containsAll(List.of("ops/", "hw/")), fromHome::toString);
    assertFalse(fromHome.contains("ops/restart/") || fromHome.contains("hw/disks/"), fromHome::toString);
  }
}
