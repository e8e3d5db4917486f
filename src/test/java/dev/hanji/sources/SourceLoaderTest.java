package dev.hanji.sources;

import static dev.hanji.testing.TestSites.write;
import static dev.hanji.testing.TestSites.writeBytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanji.diagnostics.Diagnostic;
import dev.hanji.diagnostics.Diagnostics;
import dev.hanji.testing.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceLoaderTest {
  @TempDir
  Path dir;

  private Sources load(Diagnostics diagnostics) {
    return load(TestSites.options(dir), diagnostics);
  }

  private static Sources load(dev.hanji.core.BuildOptions options, Diagnostics diagnostics) {
    return SourceLoader.load(options.folders(), options.overrides(), diagnostics);
  }

  private SourceFile onlyPage(Sources sources, String path) {
    return sources.pages().stream().filter(p -> p.path().equals(path)).findFirst().orElseThrow();
  }

  @Test
  void dropsBomAndTurnsCrlfIntoLf() {
    writeBytes(dir, "content/ko/index.md",
        "\uFEFF---\r\ntitle: 홈\r\n---\r\n첫 줄\r\n둘째 줄\r\n".getBytes(StandardCharsets.UTF_8));
    Diagnostics diagnostics = new Diagnostics();
    SourceFile page = onlyPage(load(diagnostics), "index.md");
    assertEquals(java.util.List.of(), diagnostics.all());
    assertEquals("홈", page.frontMatter().title());
    assertEquals("첫 줄\n둘째 줄\n", page.body());
    assertEquals(4, page.bodyLine());
  }

  @Test
  void aYamlAliasInFrontMatterIsAnErrorAtTheAliasNotTheAliasName() {
    write(dir, "content/ko/index.md", "---\ntitle: &t 홈\ndescription: *t\n---\n본문\n");
    Diagnostics diagnostics = new Diagnostics();
    load(diagnostics);
    assertEquals(List.of("content/ko/index.md:3:14: error: aliases are not supported — write the value out instead "
        + "of *t"), diagnostics.all().stream().map(Diagnostic::toString).toList());
  }

  @Test
  void aYamlAliasInSiteYamlIsAnErrorAtTheAlias() {
    write(dir, "content/site.yaml", "languages: [ko, en]\ntitle:\n  ko: &name 가이드\n  en: *name\n");
    write(dir, "content/ko/index.md", "# 홈\n");
    Diagnostics diagnostics = new Diagnostics();
    load(diagnostics);
    assertEquals(List.of("content/site.yaml:4:7: error: aliases are not supported — write the value out instead "
        + "of *name"), diagnostics.all().stream().map(Diagnostic::toString).toList());
  }

  @Test
  void reportsInvalidUtf8AtItsLineAndColumn() {
    byte[] euckr = {'a', '\n', 'b', 'c', (byte) 0xC7, (byte) 0xD1, '\n'};
    writeBytes(dir, "content/ko/index.md", euckr);
    Diagnostics diagnostics = new Diagnostics();
    load(diagnostics);
    Diagnostic error = diagnostics.errors().get(0);
    assertEquals("content/ko/index.md", error.file());
    assertEquals(2, error.line());
    assertEquals(3, error.column());
    assertTrue(error.message().contains("invalid UTF-8 byte 0xC7"), error.message());
    assertTrue(error.hint().contains("UTF-8"), error.hint());
  }

  @Test
  void unknownFrontMatterKeyIsAnErrorAtItsLineListingTheKnownKeys() {
    write(dir, "content/ko/index.md", "---\ntitle: 홈\nwieght: 3\n---\n본문\n");
    Diagnostics diagnostics = new Diagnostics();
    load(diagnostics);
    Diagnostic error = diagnostics.errors().get(0);
    assertEquals(3, error.line());
    assertEquals("unknown key 'wieght'", error.message());
    assertTrue(error.hint().contains("weight"), error.hint());
    assertTrue(error.toString().startsWith("content/ko/index.md:3:"), error.toString());
  }

  @Test
  void malformedFrontMatterIsAnErrorWithALine() {
    write(dir, "content/ko/index.md", "---\ntitle: \"닫히지 않은 따옴표\nweight: 1\n---\n본문\n");
    Diagnostics diagnostics = new Diagnostics();
    load(diagnostics);
    Diagnostic error = diagnostics.errors().get(0);
    assertTrue(error.message().startsWith("invalid YAML"), error.message());
    assertTrue(error.line() >= 2, "line " + error.line());
  }

  @Test
  void wrongTypeInFrontMatterNamesTheKey() {
    write(dir, "content/ko/index.md", "---\nweight: 무겁게\n---\n");
    Diagnostics diagnostics = new Diagnostics();
    load(diagnostics);
    Diagnostic error = diagnostics.errors().get(0);
    assertTrue(error.message().startsWith("'weight' has the wrong type"), error.message());
    assertEquals(2, error.line());
  }

  @Test
  void unclosedFrontMatterIsAnError() {
    write(dir, "content/ko/index.md", "---\ntitle: 홈\n본문\n");
    Diagnostics diagnostics = new Diagnostics();
    load(diagnostics);
    assertEquals("front matter is not closed", diagnostics.errors().get(0).message());
  }

  @Test
  void nfdFileNamesAndTextBecomeNfc() {
    String nfdName = Normalizer.normalize("실습", Normalizer.Form.NFD);
    write(dir, "content/ko/" + nfdName + ".md", Normalizer.normalize("# 실습 노트\n", Normalizer.Form.NFD));
    Diagnostics diagnostics = new Diagnostics();
    Sources sources = load(diagnostics);
    SourceFile page = onlyPage(sources, "실습.md");
    assertTrue(Normalizer.isNormalized(page.body(), Normalizer.Form.NFC));
    assertEquals("# 실습 노트\n", page.body());
    assertFalse(diagnostics.hasErrors());
  }

  @Test
  void settingsOverridesWin() {
    write(dir, "content/site.yaml", "baseUrl: https://a.example/\ntitle: { ko: 가, en: A }\n");
    write(dir, "content/ko/index.md", "홈\n");
    Diagnostics diagnostics = new Diagnostics();
    Sources sources = load(TestSites.options(dir).withSetting("baseUrl", "https://b.example/docs")
        .withSetting("title.en", "B"), diagnostics);
    assertEquals("https://b.example/docs/", sources.settings().baseUrl());
    assertEquals("B", sources.settings().titleIn("en"));
    assertEquals("가", sources.settings().titleIn("ko"));
  }

  @Test
  void missingDefaultLanguageFolderIsAnError() {
    write(dir, "content/site.yaml", "languages: [ko, en]\n");
    Diagnostics diagnostics = new Diagnostics();
    load(diagnostics);
    assertEquals("the default language has no folder", diagnostics.errors().get(0).message());
  }
}
