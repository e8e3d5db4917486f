package dev.hanji.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanji.core.BuildOptions;
import dev.hanji.core.BuildResult;
import dev.hanji.files.SitePaths;
import dev.hanji.core.SiteGenerator;
import dev.hanji.testing.TestSites;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the real {@code content/} and checks every generated page with jsoup. */
class RealSiteTest {
  private static BuildResult result;
  private static Map<String, Document> pages;

  @BeforeAll
  static void build(@TempDir Path out) throws Exception {
    BuildOptions options = BuildOptions.forProject(TestSites.projectDir()).withOutputDir(out.resolve("site"));
    result = SiteGenerator.build(options);
    pages = new java.util.TreeMap<>();
    result.files().forEach((path, bytes) -> {
      if (path.endsWith(".html")) {
        pages.put(path, Jsoup.parse(new String(bytes, StandardCharsets.UTF_8)));
      }
    });
  }

  @Test
  void everyCodeBlockOfTheRealSiteIsPrintedByteForByte() {
    dev.hanji.testing.CodeFidelity.assertEveryCodeBlockExact(TestSites.projectDir().resolve("content"),
        result.files());
  }

  @Test
  void buildsWithoutWarningsAndEveryTranslationIsCurrent() {
    assertEquals(List.of(), result.diagnostics());
    assertEquals(List.of(), result.missingTranslations());
    assertEquals(List.of(), result.staleTranslations());
    assertTrue(result.pagesPerLanguage().get("ko") >= 7 && result.pagesPerLanguage().get("en") >= 7);
  }

  @Test
  void everyPageHasItsLanguageAlternatesAndAWorkingSwitcher() {
    for (Map.Entry<String, Document> entry : pages.entrySet()) {
      String path = entry.getKey();
      Document page = entry.getValue();
      if (isRedirect(page)) {
        continue;
      }
      String lang = page.select("html").attr("lang");
      assertEquals(path.startsWith("en/") ? "en" : "ko", lang, path);
      assertFalse(page.select("link[rel=alternate][hreflang=" + lang + "]").isEmpty(), path);
      Element switcher = page.selectFirst(".language-switch a[hreflang]");
      assertTrue(switcher != null && !switcher.attr("hreflang").equals(lang), path);
      if (!path.equals("404.html")) {
        assertTrue(result.files().containsKey(target(path, switcher.attr("href"))), path + " → " + switcher);
      }
    }
  }

  @Test
  void everyInternalLinkAndAnchorResolves() {
    List<String> broken = new ArrayList<>();
    for (Map.Entry<String, Document> entry : pages.entrySet()) {
      String path = entry.getKey();
      if (path.equals("404.html")) {
        continue;
      }
      for (Element link : entry.getValue().select("a[href], link[href], script[src], img[src]")) {
        String url = link.hasAttr("href") ? link.attr("href") : link.attr("src");
        if (url.matches("^[a-z]+:.*") || url.startsWith("//")) {
          continue;
        }
        String file = target(path, url);
        String fragment = url.contains("#") ? url.substring(url.indexOf('#') + 1) : "";
        if (!result.files().containsKey(file)) {
          broken.add(path + ": " + url);
        } else if (!fragment.isEmpty() && pages.containsKey(file) && ids(pages.get(file)).stream()
            .noneMatch(id -> id.equals(Normalizer.normalize(SitePaths.decode(fragment), Normalizer.Form.NFC)))) {
          broken.add(path + ": " + url + " (anchor)");
        }
      }
    }
    assertEquals(List.of(), broken);
  }

  @Test
  void pagesEmbedTheirCalculatorsWithResultsComputedAtBuildTime() {
    Map<String, String> calculatorPages = Map.of("broker-hardware/index.html", "memory", "raid/index.html", "raid",
        "cluster-sizing/index.html", "brokers");
    calculatorPages.forEach((path, id) -> {
      for (String file : List.of(path, "en/" + path)) {
        Element root = pages.get(file).selectFirst("[data-calculator=" + id + "]");
        assertTrue(root != null, file);
        assertFalse(root.select("[data-output][data-value]").isEmpty(), file);
        assertTrue(root.select("[data-output]").stream().allMatch(o -> !o.attr("data-value").isEmpty()), file);
      }
    });
  }

  @Test
  void everyLocalImageHasItsSizeSoPagesDoNotShiftWhileLoading() {
    int images = 0;
    for (Map.Entry<String, Document> entry : pages.entrySet()) {
      for (Element image : entry.getValue().select("article img[src]")) {
        images++;
        assertTrue(image.hasAttr("width") && image.hasAttr("height"), entry.getKey() + ": " + image);
      }
    }
    assertTrue(images >= 10, "the real site has diagrams: " + images);
  }

  @Test
  void eachLanguagesSearchIndexStaysUnderItsGzippedBudget() throws Exception {
    for (String folder : List.of("search/", "en/search/")) {
      ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
      try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
        for (Map.Entry<String, byte[]> file : result.files().entrySet()) {
          if (file.getKey().startsWith(folder) && !file.getKey().startsWith(folder + "docs/")) {
            gzip.write(file.getValue()); // the manifest and every shard: the most a query reads besides its hits
          }
        }
      }
      assertTrue(gzipped.size() < 100 * 1024, folder + " is " + gzipped.size() + " bytes gzipped");
    }
  }

  private static boolean isRedirect(Document page) {
    return !page.select("meta[http-equiv=refresh]").isEmpty();
  }

  private static Set<String> ids(Document page) {
    return new HashSet<>(page.select("[id]").eachAttr("id"));
  }

  private static String target(String fromFile, String url) {
    String path = url.replaceAll("[#?].*$", "");
    String folder = fromFile.contains("/") ? fromFile.substring(0, fromFile.lastIndexOf('/')) : "";
    String resolved = path.isEmpty() ? fromFile
        : SitePaths.resolve(folder, Normalizer.normalize(SitePaths.decode(path), Normalizer.Form.NFC));
    if (resolved == null) {
      return "";
    }
    if (path.endsWith("/") || path.equals(".") || path.endsWith("..")) {
      return resolved.isEmpty() ? "index.html" : resolved + "/index.html";
    }
    return resolved;
  }
}
