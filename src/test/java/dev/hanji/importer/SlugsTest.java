package dev.hanji.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanji.diagnostics.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ASCII slugs from Korean titles, and the mapping file that overrides them. */
class SlugsTest {

  @Test
  void hangulIsRomanisedWithTheRevisedRomanization() {
    assertEquals("kapeuka-keulleoseuteo", Slugs.of("카프카 클러스터"));
    assertEquals("mulli-jangbi", Slugs.of("물리 장비"));
    assertEquals("peiji-kaesi", Slugs.of("페이지 캐시"));
    assertEquals("kkot", Slugs.of("꽃"));
    assertEquals("hwangyeong", Slugs.of("환경"));
  }

  @Test
  void latinAndDigitsAreKeptLowerCaseAndEverythingElseSeparatesWords() {
    assertEquals("1-onpeuremiseu-on-premises", Slugs.of("1. 온프레미스 (On-Premises)"));
    assertEquals("raid-10-guseong", Slugs.of("**RAID 10** 구성!"));
    assertEquals("page", Slugs.of("?!"));
  }

  @Test
  void decomposedHangulGivesTheSameSlug() {
    assertEquals(Slugs.of("디스크"), Slugs.of(Normalizer.normalize("디스크", Normalizer.Form.NFD)));
  }

  @Test
  void mappingFileGivesSlugsPerTitleAndRejectsBadOnes(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("slugs.yaml");
    Files.writeString(file, "운영 팁: operations-tips\n디스크 구성: Disk Setup\n");
    Diagnostics diagnostics = new Diagnostics();

    Map<String, String> mapping = SlugMapping.load(file, diagnostics);

    assertEquals(Map.of("운영 팁", "operations-tips"), mapping);
    assertEquals(1, diagnostics.errors().size());
    assertEquals(2, diagnostics.errors().get(0).line());
    assertTrue(diagnostics.errors().get(0).message().contains("'Disk Setup' is not a valid slug"));
  }

  @Test
  void brokenYamlIsAnErrorWithItsPlace(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("slugs.yaml");
    Files.writeString(file, "운영 팁: [operations\n");
    Diagnostics diagnostics = new Diagnostics();

    assertTrue(SlugMapping.load(file, diagnostics).isEmpty());
    assertTrue(diagnostics.errors().get(0).line() > 0);
  }
}
