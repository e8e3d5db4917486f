package dev.hanji.core;

import dev.hanji.diagnostics.BuildFailedException;
import dev.hanji.diagnostics.Diagnostic;
import static dev.hanji.testing.TestSites.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hanji.testing.DiagnosticFormat;
import dev.hanji.testing.FixtureSite;
import dev.hanji.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One format for every build error, whatever the stage found it: {@code file:line:column: error: what — how to
 * fix}, with a file and a hint. Bad inputs from each stage are built and every diagnostic is checked.
 */
class ErrorFormatTest {
  @TempDir
  Path dir;

  private final List<Diagnostic> all = new ArrayList<>();
  private final Set<String> failingFiles = new TreeSet<>();

  private void failBuild(String name, Function<Path, BuildOptions> site) {
    BuildOptions options = site.apply(dir.resolve(name));
    BuildFailedException e = assertThrows(BuildFailedException.class, () -> SiteGenerator.build(options), name);
    e.diagnostics().stream().filter(Diagnostic::isError).forEach(error -> failingFiles.add(error.file()));
    all.addAll(e.diagnostics());
  }

  @Test
  void everyStageReportsInTheOneFormat() {
    failBuild("sources", site -> {
      BuildOptions options = TestSites.minimalSite(site);
      TestSites.writeBytes(site, "content/ko/bytes.md", new byte[] {'#', ' ', (byte) 0xff, '\n'});
      write(site, "content/ko/typo.md", "---\ntitel: 오타\n---\n");
      write(site, "content/ko/open.md", "---\ntitle: 열림\n본문\n");
      write(site, "content/ko/type.md", "---\nweight: 무거움\n---\n");
      write(site, "content/glossary.yaml", "terms:\n  - id: broker\n    ko: 브로커\n    en: broker\n"
          + "  - id: broker\n    ko: 브로커\n    en: broker\n");
      return options;
    });
    failBuild("markdown", site -> {
      BuildOptions options = TestSites.minimalSite(site);
      write(site, "content/ko/links.md", "# 링크\n\n[없음](missing.md)\n\n```calculator\nnone\n```\n");
      return options;
    });
    failBuild("calculators", site -> {
      BuildOptions options = TestSites.minimalSite(site);
      write(site, "content/calculators/bad.yaml", "title: {ko: 가, en: A}\ninputs: []\noutputs:\n"
          + "  - id: x\n    label: {ko: 가, en: A}\n    expr: nope * (1 +\n");
      return options;
    });
    failBuild("templates", site -> {
      BuildOptions options = FixtureSite.copyTo(site);
      Path page = site.resolve("site-templates/page.html");
      replace(page, "th:text=\"${view.documentTitle}\"", "th:text=\"${view.documentTitle(}\"");
      return options;
    });
    failBuild("messages", site -> {
      BuildOptions options = FixtureSite.copyTo(site);
      replace(site.resolve("site-templates/page.html"), "#{skip.to.content}", "#{no.such.key}");
      return options;
    });
    failBuild("bundles", site -> {
      BuildOptions options = FixtureSite.copyTo(site);
      try {
        // a missing bundle falls back to the bundled theme's; a broken one is an error at the site's file
        Files.writeString(site.resolve("site-templates/i18n/messages_en.properties"), "broken=\\uZZZZ\n");
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return options;
    });
    DiagnosticFormat.assertAllWellFormed(all);
    assertEquals(1, all.stream().filter(d -> d.message().contains("??no.such.key??")).count(),
        "a missing UI text key is listed once, not once per page");
    assertEquals(5, all.stream().filter(d -> d.file().equals("content/glossary.yaml")).findFirst().orElseThrow()
        .line(), "a duplicate glossary id is reported where it is written the second time");
    assertEquals(Set.of("content/glossary.yaml", "content/ko/bytes.md", "content/ko/typo.md", "content/ko/open.md", "content/ko/type.md",
            "content/ko/links.md", "content/calculators/bad.yaml", "site-templates/page.html",
            "site-templates/i18n/messages_en.properties", "404.html"),
        failingFiles,
        all.stream().map(Diagnostic::toString).reduce("", (a, b) -> a + "\n" + b));
  }

  private static void replace(Path file, String from, String to) {
    try {
      String text = Files.readString(file);
      if (!text.contains(from)) {
        throw new AssertionError(from + " not in " + file);
      }
      Files.writeString(file, text.replace(from, to));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
