package dev.hanji.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanji.diagnostics.Diagnostic;
import dev.hanji.diagnostics.Diagnostics;
import dev.hanji.testing.MarkdownRendering;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing a fixture note into a temporary project. */
class NoteImporterTest {
  private static final byte[] IMAGE = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};

  @TempDir
  Path project;
  private Path note;
  private Path contentKo;
  private final Diagnostics diagnostics = new Diagnostics();

  @BeforeEach
  void exportNextToTheProject() throws IOException {
    Path export = Files.createDirectories(project.resolve("export"));
    note = export.resolve("note.md");
    Files.writeString(note, MarkdownRendering.resource(NoteImporterTest.class, "note.md"));
    Files.createDirectories(export.resolve("images"));
    Files.write(export.resolve("images/disk layout.png"), IMAGE);
    Files.createDirectories(export.resolve("files"));
    Files.writeString(export.resolve("files/checklist.txt"), "1. 디스크 확인\n");
    contentKo = project.resolve("content/ko");
  }

  private ImportResult importNote(Map<String, String> mapping, boolean overwrite) {
    return NoteImporter.importNote(note, contentKo, mapping, overwrite, diagnostics);
  }

  private String page(String name) throws IOException {
    return Files.readString(contentKo.resolve(name), StandardCharsets.UTF_8);
  }

  private static Document rendered(String page) {
    return MarkdownRendering.document(page.substring(page.indexOf("\n---\n", 4) + 5));
  }

  private List<String> messages() {
    return diagnostics.all().stream().map(Diagnostic::toString).toList();
  }

  @Test
  void writesOnePagePerTopLevelSectionWithFrontMatterInNoteOrder() throws IOException {
    ImportResult result = importNote(Map.of("운영 팁", "operations-tips"), false);

    assertFalse(diagnostics.hasErrors(), messages().toString());
    assertEquals(List.of(contentKo.resolve("hadeuweeo-goreugi.md"), contentKo.resolve("diseukeu-guseong.md"),
        contentKo.resolve("operations-tips.md")), result.pages());
    assertTrue(page("hadeuweeo-goreugi.md").startsWith(
        "---\ntitle: \"하드웨어 고르기\"\nweight: 10\nslug: hadeuweeo-goreugi\n---\n\n이 노트는"));
    assertTrue(page("diseukeu-guseong.md").startsWith(
        "---\ntitle: \"디스크 구성\"\nweight: 20\nslug: diseukeu-guseong\n---\n"));
    assertTrue(page("operations-tips.md").contains("weight: 30\nslug: operations-tips\n"));
  }

  @Test
  void pagesAreRepairedAndTheirSubsectionsStartAtH2() throws IOException {
    importNote(Map.of(), false);

    Document hardware = rendered(page("hadeuweeo-goreugi.md"));
    assertEquals(List.of("메모리"), hardware.select("h2").eachText());
    assertEquals(2, hardware.select("table tbody tr").size());
    assertEquals(2, hardware.select("table tbody tr").first().select("td ul li").size());
    assertTrue(hardware.select("hr").isEmpty(), "the rule separating sections is dropped");
    Document disks = rendered(page("diseukeu-guseong.md"));
    assertEquals("RAID 레벨 비교", disks.selectFirst("details summary").text());
    assertEquals(List.of("미러링", "스트라이핑"), disks.select("details p strong").eachText());
    assertTrue(disks.select("h1, h2, h3, h4, h5, h6").isEmpty());
  }

  @Test
  void repairsAreListedAtTheirLinesInTheNote() {
    ImportResult result = importNote(Map.of(), false);

    String file = Diagnostic.display(note);
    assertEquals(List.of(file + ":13: table row continued over 2 lines joined into one row",
        file + ":25: toggle 'RAID 레벨 비교' turned into a <details> block",
        file + ":27: heading inside a toggle rendered as a bold paragraph",
        file + ":31: heading inside a toggle rendered as a bold paragraph"), result.repairs());
  }

  @Test
  void copiesLinkedFilesBesideThePagesAndRewritesTheLinks() throws IOException {
    ImportResult result = importNote(Map.of(), false);

    assertEquals(List.of(contentKo.resolve("hadeuweeo-goreugi-disk-layout.png"),
        contentKo.resolve("unyeong-tip-checklist.txt")), result.attachments());
    assertTrue(java.util.Arrays.equals(IMAGE, Files.readAllBytes(contentKo.resolve("hadeuweeo-goreugi-disk-layout.png"))));
    assertTrue(page("hadeuweeo-goreugi.md").contains("![디스크 배치](hadeuweeo-goreugi-disk-layout.png)"));
    assertTrue(page("unyeong-tip.md").contains("[점검표](unyeong-tip-checklist.txt)"));
  }

  @Test
  void aMissingImageIsAWarningWithItsPlaceAndTheImportGoesOn() throws IOException {
    ImportResult result = importNote(Map.of(), false);

    assertEquals(3, result.pages().size());
    String file = Diagnostic.display(note);
    assertTrue(messages().stream().anyMatch(m -> m.startsWith(file + ":23:10: warning: attachment 'images/missing.png' is missing")),
        messages().toString());
    assertTrue(page("diseukeu-guseong.md").contains("![없는 그림](images/missing.png)"));
  }

  @Test
  void suspectedTyposAreReportedWithLineAndColumnAndLeftInTheText() throws IOException {
    importNote(Map.of(), false);

    String file = Diagnostic.display(note);
    assertTrue(messages().contains(file + ":21:1: warning: '각정' may be a typo for '각종'"
        + " — fix it in the source note or ignore"), messages().toString());
    assertTrue(messages().contains(file + ":21:15: warning: '몇일' may be a typo for '며칠'"
        + " — fix it in the source note or ignore"), messages().toString());
    assertTrue(page("diseukeu-guseong.md").contains("각정 설정을 바꾸기 전에 몇일 동안"));
  }

  @Test
  void refusesToOverwriteAnExistingPageAndWritesNothing() throws IOException {
    Files.createDirectories(contentKo);
    Files.writeString(contentKo.resolve("diseukeu-guseong.md"), "손으로 고친 페이지\n");

    ImportResult result = importNote(Map.of(), false);

    assertTrue(result.written().isEmpty());
    assertEquals(1, diagnostics.errors().size());
    Diagnostic error = diagnostics.errors().get(0);
    assertTrue(error.message().contains("diseukeu-guseong.md"), error.message());
    assertEquals("pass -Dsite.overwrite=true to replace it", error.hint());
    assertEquals("손으로 고친 페이지\n", page("diseukeu-guseong.md"));
    assertFalse(Files.exists(contentKo.resolve("hadeuweeo-goreugi.md")));
  }

  @Test
  void overwriteReplacesExistingPages() throws IOException {
    importNote(Map.of(), false);
    Files.writeString(contentKo.resolve("diseukeu-guseong.md"), "old\n");

    ImportResult again = importNote(Map.of(), true);

    assertFalse(diagnostics.hasErrors(), messages().toString());
    assertEquals(5, again.written().size());
    assertTrue(page("diseukeu-guseong.md").contains("title: \"디스크 구성\""));
  }

  @Test
  void aMissingNoteIsAnErrorNotAnException() {
    ImportResult result = NoteImporter.importNote(project.resolve("nope.md"), contentKo, Map.of(), false, diagnostics);

    assertTrue(result.written().isEmpty());
    assertTrue(diagnostics.errors().get(0).hint().contains("-Dsite.importFile"));
  }

  @Test
  void duplicateTitlesGetNumberedSlugs() throws IOException {
    Files.writeString(note, "## 정리\n\n하나\n\n## 정리\n\n둘\n\n## 정리\n\n셋\n");

    ImportResult result = importNote(Map.of(), false);

    assertEquals(List.of("jeongri.md", "jeongri-2.md", "jeongri-3.md"),
        result.pages().stream().map(p -> p.getFileName().toString()).toList());
  }

  @Test
  void aNoteWithoutHeadingsIsOnePageTitledByItsFileName() throws IOException {
    Path untitled = note.resolveSibling("브로커 메모 0123456789abcdef0123456789abcdef.md");
    Files.writeString(untitled, "제목 없이 쓴 메모입니다.\n");

    ImportResult result = NoteImporter.importNote(untitled, contentKo, Map.of(), false, diagnostics);

    assertEquals(List.of(contentKo.resolve("beurokeo-memo.md")), result.pages());
    assertTrue(page("beurokeo-memo.md").contains("title: \"브로커 메모\""));
  }

  @Test
  void aNoteTitledByItsOnlyTopHeadingSplitsAtTheNextLevel() throws IOException {
    Path titled = note.resolveSibling("titled.md");
    Files.writeString(titled, "## 브로커 운영 메모\n\n머리말입니다.\n\n### 디스크\n\nJBOD를 씁니다.\n\n"
        + "### 메모리\n\n힙은 작게 둡니다.\n");

    ImportResult result = NoteImporter.importNote(titled, contentKo, Map.of(), false, Typos.builtIn(), 0,
        diagnostics);

    assertEquals(List.of(contentKo.resolve("diseukeu.md"), contentKo.resolve("memori.md")), result.pages());
    assertTrue(page("diseukeu.md").contains("머리말입니다."), page("diseukeu.md"));
    assertFalse(page("diseukeu.md").contains("브로커 운영 메모"), "the note's title heads no page");
  }

  @Test
  void theSplitLevelCanBeGivenExplicitly() throws IOException {
    Path titled = note.resolveSibling("titled.md");
    Files.writeString(titled, "## 브로커 운영 메모\n\n### 디스크\n\nJBOD를 씁니다.\n\n### 메모리\n\n힙은 작게 둡니다.\n");

    ImportResult result = NoteImporter.importNote(titled, contentKo, Map.of(), false, Typos.builtIn(), 2,
        diagnostics);

    assertEquals(List.of(contentKo.resolve("beurokeo-unyeong-memo.md")), result.pages());
    assertTrue(page("beurokeo-unyeong-memo.md").contains("## 메모리"));
  }

  @Test
  void theProjectsTypoListExtendsTheBuiltInOne() throws IOException {
    Files.writeString(project.resolve("typos.tsv"), "# 우리 팀 표기\n지켜봅니다\t살펴봅니다\n");

    importNote(Map.of(), false);

    assertTrue(messages().stream().anyMatch(m -> m.contains("'지켜봅니다' may be a typo for '살펴봅니다'")),
        messages().toString());
  }

  @Test
  void alertsAndTagsPassThroughAndWikiLinksToSectionsFollowThemToTheirPages() throws Exception {
    Files.writeString(note, """
        # 카프카 메모

        ## 설치

        > [!WARNING]
        > 디스크를 먼저 확인합니다. #운영

        ## 운영

        설치는 [[설치]] 를 보세요.
        """);
    ImportResult result = importNote(Map.of("설치", "install", "운영", "operations"), false);
    assertEquals(List.of(), messages());
    String install = page("install.md");
    assertTrue(install.contains("> [!WARNING]\n> 디스크를 먼저 확인합니다. #운영"), install);
    assertTrue(page("operations.md").contains("설치는 [[install|설치]] 를 보세요."), page("operations.md"));
    assertEquals(2, result.pages().size());
    dev.hanji.testing.TestSites.write(project, "content/site.yaml", "languages: [ko]\ntitle: { ko: 메모, en: Notes }\n");
    dev.hanji.core.BuildResult built = dev.hanji.core.SiteGenerator.build(dev.hanji.testing.TestSites.options(project));
    org.jsoup.nodes.Document operations = org.jsoup.Jsoup.parse(new String(built.files().get("operations/index.html"),
        StandardCharsets.UTF_8));
    assertEquals("../install/", operations.selectFirst("a.wiki-link").attr("href"));
    assertEquals("설치", operations.selectFirst("a.wiki-link").text());
    assertTrue(built.files().containsKey("tags/운영/index.html"));
  }
}
