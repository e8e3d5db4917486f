package dev.hanji.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanji.core.BuildOptions;
import dev.hanji.core.BuildResult;
import dev.hanji.diagnostics.Diagnostic;
import dev.hanji.core.SiteGenerator;
import dev.hanji.files.SitePaths;
import dev.hanji.testing.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds {@code sites/notes}: a folder of Korean notes written the way people keep them (file names with spaces
 * and punctuation, GitBook-style root-absolute links, raw HTML images, attachments in a dot-folder, no English),
 * with the default settings and the strict link check, and checks the site says what the notes say.
 */
class OtherPeoplesNotesTest {
  private static final String SETTINGS_PAGE = "kafka/브로커 설정 (기본)&!/index.html";

  private static BuildResult result;
  private static Path project;

  @BeforeAll
  static void build(@TempDir Path dir) throws Exception {
    project = dir;
    TestSites.copyTree(TestSites.projectDir().resolve("src/test/resources/sites/notes/content"),
        dir.resolve("content"));
    TestSites.write(dir, "content/ko/.git/config", "[core]\n");
    TestSites.write(dir, "content/ko/.DS_Store", "finder state");
    TestSites.write(dir, "content/ko/.github/PULL_REQUEST_TEMPLATE.md", "# 변경 내용\n");
    BuildOptions options = TestSites.options(dir);
    result = SiteGenerator.build(options);
  }

  private static Document page(String path) {
    byte[] bytes = result.files().get(path);
    assertNotNull(bytes, path + " not written; written: " + result.files().keySet());
    return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
  }

  private static Element body(String path) {
    return page(path).selectFirst(".page-body");
  }

  @Test
  void buildsWithTheStrictLinkCheckAndOnlyTwoWarnings() {
    assertEquals(List.of("not published: the page of this folder is written at demo/index.html",
            "unknown scheme 'kafka:' in link, kept as written: 'kafka://broker-1:9092'"),
        result.diagnostics().stream().map(Diagnostic::message).toList());
    assertEquals(4, result.pagesPerLanguage().get("ko"));
  }

  @Test
  void codeKeepsItsIndentationTabsAndBlankLines() {
    List<String> code = body(SETTINGS_PAGE).select("pre > code").stream().map(Element::wholeText).toList();
    assertEquals(List.of(
        "spring:\n  kafka:\n    bootstrap-servers: localhost:9092\n    consumer:\n      group-id: notes\n\n\n"
            + "      auto-offset-reset: earliest\n",
        "func main() {\n\tif ok {\n\t\trun()\n\t}\n}\n",
        "들여 쓴 코드 블록\n  두 칸 더 들여 씀\n"), code);
  }

  @Test
  void everyCodeBlockOfTheNotesIsPrintedByteForByte() {
    assertEquals(3, dev.hanji.testing.CodeFidelity.assertEveryCodeBlockExact(project.resolve("content"),
        result.files()));
  }

  @Test
  void bracketsWithoutADefinitionStayText() {
    Element body = body(SETTINGS_PAGE);
    assertTrue(body.text().contains("KIM MIN SU[ 김민수 ]님이"), body.text());
    assertTrue(body.text().contains("참고 자료 [2] 와 [그림] 은"), body.text());
    assertEquals("readAsText(file, [encoding])", body.selectFirst("h3").text());
    assertTrue(page("index.html").selectFirst(".page-body").text().contains("[사내 위키] 는"));
    assertTrue(body.select("a").stream().noneMatch(a -> a.text().matches("김민수|그림|2|사내 위키")));
  }

  @Test
  void onlyGfmAutolinksBecomeLinksAndOtherSchemesAreKeptAsWritten() {
    Element body = body(SETTINGS_PAGE);
    assertTrue(body.text().contains("listeners=PLAINTEXT://:9092 처럼"));
    assertTrue(body.select("a").stream().noneMatch(a -> a.text().contains("PLAINTEXT")));
    assertEquals("http://www.example.com", body.selectFirst("a:contains(www.example.com)").attr("href"));
    assertEquals("mailto:ops@example.org", body.selectFirst("a:contains(ops@example.org)").attr("href"));
    assertEquals("kafka://broker-1:9092", body.selectFirst("a:contains(브로커에 바로 연결)").attr("href"));
  }

  @Test
  void fileNamesWithSpacesAndPunctuationGiveEncodedWorkingUrlsAndEditLinks() {
    String encoded = SitePaths.encode("kafka/브로커 설정 (기본)&!/");
    assertTrue(encoded.contains("%20") && encoded.contains("%EB"), encoded);
    Element home = page("index.html").selectFirst(".page-body");
    assertEquals(encoded, home.selectFirst("a:contains(브로커 설정)").attr("href"));
    String edit = page(SETTINGS_PAGE).selectFirst(".page-footer a").attr("href");
    assertEquals("https://github.com/example/study-notes/edit/main/"
        + SitePaths.encode("content/ko/kafka/브로커 설정 (기본)&!.md"), edit);
    assertFalse(edit.contains(" "));
  }

  @Test
  void rawHtmlImagesPointAtTheirFilesFromThePrettyUrl() {
    List<String> sources = body(SETTINGS_PAGE).select("img").eachAttr("src");
    assertEquals(List.of("../img/box.svg", "../img/box.svg"), sources);
    assertTrue(result.files().containsKey("kafka/img/box.svg"));
    assertEquals("120", body(SETTINGS_PAGE).selectFirst("img").attr("width"), "sized like Markdown images");
  }

  @Test
  void rootAbsoluteMarkdownLinksStartAtTheLanguageFolder() {
    assertEquals("network/tcp/", body("index.html").selectFirst("a:contains(TCP 정리)").attr("href"));
    assertEquals("../../", body("network/tcp/index.html").selectFirst("a:contains(처음으로)").attr("href"));
  }

  @Test
  void aLinkToTheHeadingThatBecameTheTitleLandsOnTheTitle() {
    assertEquals("network/tcp/#tcp", body("index.html").selectFirst("a:contains(TCP 제목으로)").attr("href"));
    assertEquals("tcp", page("network/tcp/index.html").selectFirst("h1").id());
  }

  @Test
  void anOldStyleNamedAnchorIsALinkTarget() {
    assertEquals("a", body("network/tcp/index.html").selectFirst("#세-번-악수").tagName());
    assertTrue(body("network/tcp/index.html").select("a[name]").isEmpty(), "name becomes id: valid HTML");
  }

  @Test
  void attachmentsInDotFoldersArePublishedButNotGitOrDotFiles() {
    assertEquals(List.of("../../.gitbook/assets/handshake.svg", "../../.gitbook/assets/hand%20shake%20(1).svg"),
        body("network/tcp/index.html").select("img").eachAttr("src"));
    assertTrue(result.files().containsKey(".gitbook/assets/handshake.svg"));
    assertTrue(result.files().keySet().stream().noneMatch(path -> path.startsWith(".git/")
        || path.endsWith(".DS_Store") || path.startsWith(".github/")), result.files().keySet().toString());
  }

  @Test
  void anHtmlFileAmongTheNotesIsCopiedAsItIsAndItsLinksAreNotHeldAgainstTheSite() {
    assertTrue(new String(result.files().get("react/public/index.html"), StandardCharsets.UTF_8)
        .contains("href=\"%PUBLIC_URL%/favicon.ico\""));
  }

  @Test
  void notesWithoutADiagramDoNotCarryTheDiagramLibrary() {
    assertTrue(result.files().keySet().stream().noneMatch(path -> path.contains("mermaid")
        || path.equals("assets/diagrams.js")), "no Mermaid in a site without diagrams");
  }

  @Test
  void aFoldersPageIsNeverReplacedByAnHtmlFileOfTheSameName() {
    assertEquals("데모 앱", page("demo/index.html").selectFirst("h1").text(), "the README is the folder's page");
  }

  @Test
  void tablesKeepEveryRowAndCell() {
    Element body = body("network/tcp/index.html");
    assertTrue(body.select("p").eachText().contains("단계별로 보내는 쪽을 정리하면 다음과 같습니다."),
        "a table right under a paragraph line leaves the paragraph as it was");
    Element table = body.selectFirst("table");
    assertEquals(List.of("단계 보내는 쪽", "SYN 클라이언트", "SYN-ACK 서버", "ACK 클라이언트"),
        table.select("tr").eachText());
  }

  @Test
  void anEmptyEnglishSideGetsAHomePointingToTheKoreanSite() {
    Element notice = page("en/index.html").selectFirst(".notice-empty");
    assertNotNull(notice);
    assertEquals("../", notice.selectFirst("a").attr("href"));
    assertEquals("한국어", notice.selectFirst("a").text());
    Document koreanHome = page("index.html");
    assertFalse(koreanHome.select(".notice-missing").isEmpty(), "the switcher says English is missing");
    assertTrue(koreanHome.select("link[hreflang=en]").isEmpty(), "no alternate for an empty language");
  }

  @Test
  void englishNotesWithAnEmptyKoreanSideBuildAndTheKoreanHomePointsToThem(@TempDir Path dir) throws Exception {
    TestSites.write(dir, "content/site.yaml", "languages: [ko, en]\ntitle: { ko: 메모, en: Notes }\n");
    TestSites.write(dir, "content/en/index.md", "# Notes\n\nOnly English so far.\n");
    java.nio.file.Files.createDirectories(dir.resolve("content/ko"));
    BuildResult englishOnly = SiteGenerator.build(TestSites.options(dir));
    Document koreanHome = Jsoup.parse(new String(englishOnly.files().get("index.html"), StandardCharsets.UTF_8));
    assertEquals("en/", koreanHome.selectFirst(".notice-empty a").attr("href"));
  }

  @Test
  void aKoreanOnlySiteWritesNothingUnderEn(@TempDir Path dir) throws Exception {
    TestSites.write(dir, "content/site.yaml", "languages: [ko]\ntitle: { ko: 메모, en: Notes }\n");
    TestSites.write(dir, "content/ko/index.md", "# 메모\n\n한국어만 있습니다.\n");
    BuildResult koreanOnly = SiteGenerator.build(TestSites.options(dir));
    assertTrue(koreanOnly.files().keySet().stream().noneMatch(path -> path.startsWith("en/")),
        koreanOnly.files().keySet().toString());
    assertTrue(koreanOnly.files().containsKey("search/index.json"));
  }

  @Test
  void everyUnknownFrontMatterKeyOfAFileIsReportedInOneBuild(@TempDir Path dir) {
    TestSites.write(dir, "content/site.yaml", "languages: [ko]\ntitle: { ko: 메모, en: Notes }\n");
    TestSites.write(dir, "content/ko/index.md", "---\ntitle: 홈\ntitel: 오타\nwieght: 3\nsulg: x\n---\n본문\n");
    dev.hanji.diagnostics.BuildFailedException failed = org.junit.jupiter.api.Assertions.assertThrows(
        dev.hanji.diagnostics.BuildFailedException.class, () -> SiteGenerator.build(TestSites.options(dir)));
    assertEquals(List.of("content/ko/index.md:3 unknown key 'titel'", "content/ko/index.md:4 unknown key 'wieght'",
            "content/ko/index.md:5 unknown key 'sulg'"),
        failed.diagnostics().stream().map(d -> d.file() + ":" + d.line() + " " + d.message()).toList());
    assertTrue(failed.diagnostics().get(1).hint().startsWith("did you mean 'weight'?"),
        failed.diagnostics().get(1).hint());
  }

  @Test
  void blogFrontMatterIsAcceptedAndWhatMeansTheSameHereCounts(@TempDir Path dir) throws Exception {
    TestSites.write(dir, "content/site.yaml", "languages: [ko]\ntitle: { ko: 블로그, en: Blog }\n");
    TestSites.write(dir, "content/ko/index.md", "# 블로그\n\n[첫 글](first.md) [옛 주소](old/first/)\n");
    TestSites.write(dir, "content/ko/first.md", """
        ---
        layout: post
        title: 첫 글
        date: 2024-03-01 10:00:00 +0900
        categories: [kafka, ops]
        tags: 브로커 운영
        author: 김민수
        cssclasses: wide
        summary: 첫 번째 글의 요약입니다.
        nav_order: 3
        permalink: /old/first/
        toc: false
        ---
        ## 하나

        ## 둘
        """);
    TestSites.write(dir, "content/ko/second.md", "---\ntitle: 숨긴 글\npublished: false\n---\n본문\n");
    TestSites.write(dir, "content/ko/named.md", "---\naliases: [브로커 설정 메모, Broker tuning, /old/named/]\n---\n본문\n");
    TestSites.write(dir, "content/ko/third.md", "---\ntitle: 셋째 글\npermalink: /:categories/:title/\n---\n본문\n");
    BuildResult blog = SiteGenerator.build(TestSites.options(dir));
    assertEquals(List.of("content/ko/third.md:3:1: warning: permalink '/:categories/:title/' is not a plain path; "
            + "ignored — the page is at its file's URL; write a plain old path such as /posts/my-note/ to redirect it "
            + "here"), blog.diagnostics().stream().map(Diagnostic::toString).toList());
    Document first = Jsoup.parse(new String(blog.files().get("first/index.html"), StandardCharsets.UTF_8));
    assertEquals("첫 번째 글의 요약입니다.", first.selectFirst("meta[name=description]").attr("content"));
    assertTrue(first.select("nav.toc").isEmpty(), "toc: false hides the table of contents");
    assertTrue(blog.files().containsKey("old/first/index.html"), "the permalink redirects to the page");
    assertFalse(blog.files().containsKey("second/index.html"), "published: false is a draft");
    assertTrue(blog.files().containsKey("old/named/index.html"), "an alias that is a path redirects");
    assertTrue(blog.files().keySet().stream().noneMatch(path -> path.startsWith("브로커") || path.startsWith("Broker")),
        "Obsidian's aliases are names of the note, not old URLs");
  }
}
