package dev.hanji.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanji.testing.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site's own {@code site-templates/} and {@code static/} override the bundled theme file by file. */
class ThemeOverrideTest {
  @TempDir
  Path dir;

  @Test
  void aSiteOverridesOneTemplateAndOneStaticFileAndKeepsTheRestOfTheTheme() throws Exception {
    SiteInit.run(BuildOptions.forProject(dir).withSetting(SiteInit.LANGUAGES_SETTING, "ko,en"));
    Path project = TestSites.projectDir();
    String template = Files.readString(project.resolve("site-templates/page.html"))
        .replace("<meta name=\"color-scheme\"", "<meta name=\"generator\" content=\"my own template\">\n"
            + "<meta name=\"color-scheme\"");
    TestSites.write(dir, "site-templates/page.html", template);
    TestSites.write(dir, "static/assets/site.css", "body { color: rebeccapurple; }\n");
    TestSites.write(dir, "static/images/cat.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 4 3\"/>");

    Map<String, byte[]> files = SiteGenerator.build(BuildOptions.forProject(dir)).files();
    String home = new String(files.get("index.html"), StandardCharsets.UTF_8);
    assertTrue(home.contains("<meta name=\"generator\" content=\"my own template\">"), "the site's template");
    assertTrue(home.contains("<title>내 노트</title>"), "message bundles still come from the theme");
    assertEquals("body { color: rebeccapurple; }\n", new String(files.get("assets/site.css"), StandardCharsets.UTF_8));
    assertArrayEquals(Files.readAllBytes(project.resolve("static/assets/site.js")), files.get("assets/site.js"),
        "the script the site did not override comes from the theme");
    assertTrue(files.containsKey("assets/favicon.svg") && files.containsKey("images/cat.svg"));
  }

  @Test
  void aBundleOfTheSiteOverridesTheThemesForItsLanguageOnly() throws Exception {
    SiteInit.run(BuildOptions.forProject(dir).withSetting(SiteInit.LANGUAGES_SETTING, "ko,en"));
    String bundle = Files.readString(TestSites.projectDir().resolve("site-templates/i18n/messages_en.properties"))
        .replace("skip.to.content=Skip to content", "skip.to.content=Jump to the text");
    TestSites.write(dir, "site-templates/i18n/messages_en.properties", bundle);

    Map<String, byte[]> files = SiteGenerator.build(BuildOptions.forProject(dir)).files();
    assertTrue(new String(files.get("en/index.html"), StandardCharsets.UTF_8).contains(">Jump to the text</a>"));
    assertTrue(new String(files.get("index.html"), StandardCharsets.UTF_8).contains("본문으로"),
        "Korean still from the theme");
  }
}
