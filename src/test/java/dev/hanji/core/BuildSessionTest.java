package dev.hanji.core;

import dev.hanji.diagnostics.BuildFailedException;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanji.sources.SourceHash;
import dev.hanji.testing.FixtureSite;
import dev.hanji.testing.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A session's rebuilds redo only what a change affects, and always equal a fresh build. */
class BuildSessionTest {
  @TempDir
  Path dir;
  private BuildOptions options;
  private BuildSession session;
  private int htmlPages;

  @BeforeEach
  void firstBuild() throws Exception {
    options = FixtureSite.copyTo(dir);
    session = new BuildSession(options);
    BuildResult first = session.build();
    htmlPages = first.pagesRendered();
    assertTrue(htmlPages > 10, "the first build prints every page: " + htmlPages);
  }

  @Test
  void unchangedSourcesReprintNothing() throws Exception {
    BuildResult again = session.build();
    assertEquals(0, again.pagesRendered());
    assertSameAsFreshBuild(again);
  }

  @Test
  void editingOnePagesTextReprintsOnlyThatPage() throws Exception {
    TestSites.write(dir, "content/ko/guide/ch10.md", "# 10장\n\n고친 문장입니다.\n");
    BuildResult edited = session.build();
    assertEquals(1, edited.pagesRendered());
    assertTrue(new String(edited.files().get("guide/ch10/index.html"), UTF_8).contains("고친 문장입니다."));
    assertSameAsFreshBuild(edited);
  }

  @Test
  void aNewFrontMatterTitleDecidesAgainWhetherTheLeadingHeadingStaysInTheBody() throws Exception {
    TestSites.write(dir, "content/ko/guide/ch10.md", "---\ntitle: 10장\n---\n# 10장\n\n본문입니다.\n");
    assertFalse(bodyOf(session.build(), "guide/ch10/index.html").contains("<h1 id=\"10장\""));
    TestSites.write(dir, "content/ko/guide/ch10.md", "---\ntitle: 열 번째 장\n---\n# 10장\n\n본문입니다.\n");
    BuildResult retitled = session.build();
    assertTrue(bodyOf(retitled, "guide/ch10/index.html").contains("<h1 id=\"10장\""), "the heading stays in the body");
    assertSameAsFreshBuild(retitled);
  }

  private static String bodyOf(BuildResult result, String file) {
    String page = new String(result.files().get(file), UTF_8);
    return page.substring(page.indexOf("class=\"page-body\""));
  }

  @Test
  void editingAnEnglishPageRewritesOnlyTheEnglishSearchIndex() throws Exception {
    SortedMap<String, byte[]> before = session.build().files();
    Path page = dir.resolve("content/en/ops/raid.md");
    Files.writeString(page, Files.readString(page) + "\nA sentence about zookeeperless quorums.\n");
    BuildResult edited = session.build();
    for (String path : List.of("search/index.json", "search/terms/0.json", "search/docs/0.json")) {
      assertSame(before.get(path), edited.files().get(path), path + " of the Korean index is reused as it was");
    }
    assertTrue(searchFilesHolding(edited.files(), "en/search/", "zookeeperless") > 0);
    assertSameAsFreshBuild(edited);
  }

  @Test
  void aPreviewBuildMakesTheSearchIndexesWhenAskedWithTheSameBytes() throws Exception {
    TestSites.write(dir, "content/ko/guide/ch10.md", "# 10장\n\n미리보기에서 고친 문장입니다.\n");
    BuildResult preview = session.buildForPreview();
    assertTrue(preview.deferredFiles().keySet().containsAll(Set.of("search/index.json", "search/terms/0.json",
        "search/docs/0.json", "en/search/index.json", "en/search/terms/0.json")));
    assertTrue(preview.deferredFiles().keySet().stream()
        .allMatch(path -> path.startsWith("search/") || path.startsWith("en/search/")), "only the indexes wait");
    assertFalse(preview.files().containsKey("search/index.json"));
    SortedMap<String, byte[]> all = new TreeMap<>(preview.files());
    preview.deferredFiles().forEach((path, bytes) -> all.put(path, bytes.get()));
    assertEquals(1, searchFilesHolding(all, "search/docs/", "미리보기에서"));
    assertSameAsFreshBuild(all);
  }

  private static long searchFilesHolding(SortedMap<String, byte[]> files, String folder, String text) {
    return files.entrySet().stream()
        .filter(file -> file.getKey().startsWith(folder) && new String(file.getValue(), UTF_8).contains(text))
        .count();
  }

  @Test
  void editingAnOriginalMarksItsTranslationStaleOnTheTranslatedPage() throws Exception {
    String original = "# RAID\n\n## RAID 10\n\nRAID 10을 권합니다.\n";
    TestSites.write(dir, "content/ko/ops/raid.md", original);
    TestSites.write(dir, "content/en/ops/raid.md",
        "---\nsourceHash: " + SourceHash.of(original) + "\n---\n# RAID\n\n## RAID 10\n\nRecommended.\n");
    BuildResult current = session.build();
    assertFalse(new String(current.files().get("en/ops/raid/index.html"), UTF_8).contains("notice-stale"));

    TestSites.write(dir, "content/ko/ops/raid.md", original + "\nJBOD도 가능합니다.\n");
    BuildResult edited = session.build();
    assertTrue(new String(edited.files().get("en/ops/raid/index.html"), UTF_8).contains("notice-stale"),
        "the English page now says its original changed");
    assertSameAsFreshBuild(edited);
  }

  @Test
  void renamingAPageReprintsThePagesThatShowItsTitle() throws Exception {
    TestSites.write(dir, "content/ko/guide/ch10.md", "# 열째 장\n");
    BuildResult renamed = session.build();
    assertTrue(renamed.pagesRendered() > 1 && renamed.pagesRendered() < htmlPages,
        renamed.pagesRendered() + " of " + htmlPages);
    assertTrue(new String(renamed.files().get("guide/index.html"), UTF_8).contains("열째 장"),
        "the section lists its page by the new title");
    assertSameAsFreshBuild(renamed);
  }

  @Test
  void changingTheTemplateReprintsEveryPage() throws Exception {
    Path template = dir.resolve("site-templates/page.html");
    Files.writeString(template, Files.readString(template).replace("</footer>", "<p>new</p></footer>"));
    BuildResult rebuilt = session.build();
    assertEquals(htmlPages, rebuilt.pagesRendered());
    assertSameAsFreshBuild(rebuilt);
  }

  @Test
  void aFailedRebuildDoesNotSpoilTheNext() throws Exception {
    TestSites.write(dir, "content/ko/guide/ch10.md", "---\ntitle: [\n---\n본문\n");
    assertThrows(BuildFailedException.class, session::build);
    TestSites.write(dir, "content/ko/guide/ch10.md", "# 10장\n\n다시 고쳤습니다.\n");
    assertSameAsFreshBuild(session.build());
  }

  @Test
  void anUnchangedBrokenPageFailsEveryRebuildWithTheSameMessages() throws Exception {
    TestSites.write(dir, "content/ko/guide/ch10.md", "---\ntitle: [\nweight: 앞\n---\n본문\n");
    String first = assertThrows(BuildFailedException.class, session::build).getMessage();
    assertTrue(first.contains("content/ko/guide/ch10.md:"), first);
    TestSites.write(dir, "content/ko/guide/ch2.md", "# 2장\n\n다른 페이지를 고쳤습니다.\n");
    assertEquals(first, assertThrows(BuildFailedException.class, session::build).getMessage());
  }

  @Test
  void aRebuildStillFindsLinksBrokenByAnotherPagesEdit() throws Exception {
    TestSites.write(dir, "content/ko/guide/ch2.md", "# 2장\n\n[10장의 첫 절](ch10.md#첫-절)과 [10장](ch10.md)을 보세요.\n");
    TestSites.write(dir, "content/ko/guide/ch10.md", "# 10장\n\n## 첫 절\n\n내용입니다.\n");
    assertSameAsFreshBuild(session.build());

    TestSites.write(dir, "content/ko/guide/ch10.md", "# 10장\n\n## 둘째 절\n\n내용입니다.\n");
    BuildFailedException anchor = assertThrows(BuildFailedException.class, session::build);
    assertTrue(anchor.getMessage().contains("content/ko/guide/ch2.md:3:"), anchor.getMessage());

    Files.delete(dir.resolve("content/ko/guide/ch10.md"));
    BuildFailedException page = assertThrows(BuildFailedException.class, session::build);
    assertTrue(page.getMessage().contains("content/ko/guide/ch2.md:3:"), page.getMessage());
  }

  private void assertSameAsFreshBuild(BuildResult incremental) throws Exception {
    assertSameAsFreshBuild(incremental.files());
  }

  private void assertSameAsFreshBuild(SortedMap<String, byte[]> incremental) throws Exception {
    SortedMap<String, byte[]> fresh = SiteGenerator.build(options).files();
    assertEquals(fresh.keySet(), incremental.keySet());
    Map<String, Boolean> differing = new TreeMap<>();
    fresh.forEach((path, bytes) -> {
      if (!Arrays.equals(bytes, incremental.get(path))) {
        differing.put(path, true);
      }
    });
    assertEquals(List.of(), List.copyOf(differing.keySet()), "files differing from a fresh build");
  }
}
