package dev.hanji.sources;

import static dev.hanji.testing.TestSites.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hanji.diagnostics.BuildFailedException;
import dev.hanji.core.BuildOptions;
import dev.hanji.diagnostics.Diagnostic;
import dev.hanji.core.SiteGenerator;
import dev.hanji.testing.DiagnosticFormat;
import dev.hanji.testing.TestSites;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad site setting is one error before any page is rendered, where the user wrote it. */
class SiteSettingsCheckTest {
  @TempDir
  Path dir;

  private BuildOptions siteWith(String settings) {
    BuildOptions options = TestSites.minimalSite(dir);
    write(dir, "content/site.yaml", "languages: [ko, en]\n" + settings);
    write(dir, "content/ko/guide.md", "# 안내\n\n본문\n");
    write(dir, "content/en/guide.md", "# Guide\n\nText\n");
    return options;
  }

  private static List<Diagnostic> errorsOf(BuildOptions options) {
    BuildFailedException failed = assertThrows(BuildFailedException.class, () -> SiteGenerator.build(options));
    DiagnosticFormat.assertAllWellFormed(failed.diagnostics());
    return failed.diagnostics().stream().filter(Diagnostic::isError).toList();
  }

  @Test
  void aBaseUrlWithAQuoteInSiteYamlIsOneErrorAtItsValue() {
    List<Diagnostic> errors = errorsOf(siteWith("baseUrl: 'https://x.example/a\"b/'\n"));
    assertEquals(1, errors.size(), errors.toString());
    assertEquals("content/site.yaml:2:10: error: baseUrl 'https://x.example/a\"b/' is not a valid URL (illegal "
        + "character in path at index 19) — write the absolute address the site is published at, such as "
        + "https://user.github.io/repo/, with spaces and quotes percent-encoded", errors.get(0).toString());
  }

  @Test
  void aRelativeBaseUrlIsAnErrorNotABrokenLinkOnEveryPage() {
    List<Diagnostic> errors = errorsOf(siteWith("title: { ko: 가, en: A }\nbaseUrl: docs/\n"));
    assertEquals(List.of("content/site.yaml:3:10: error: baseUrl 'docs/' is not an absolute http(s) URL with a host "
        + "name"), errors.stream().map(e -> e.toString().substring(0, e.toString().indexOf(" — "))).toList());
  }

  @Test
  void aBadOptionIsReportedAtTheOptionNotAtSiteYaml() {
    BuildOptions options = siteWith("baseUrl: https://x.example/\n").withSetting("baseUrl", "https://x.example/a b/")
        .withSetting("cname", "https://docs.example.org/");
    List<String> places = errorsOf(options).stream().map(Diagnostic::file).toList();
    assertEquals(List.of("-Dsite.baseUrl", "-Dsite.cname"), places);
    assertEquals(List.of("--baseUrl", "--cname"), errorsOf(options.withOptionSyntax(BuildOptions.OptionSyntax.CLI))
        .stream().map(Diagnostic::file).toList());
  }

  @Test
  void goodSettingsBuild() throws Exception {
    SiteGenerator.build(siteWith("baseUrl: https://x.example/docs/\nrepositoryUrl: https://github.com/x/docs\n"
        + "cname: docs.x.example\n"));
  }
}
