package dev.hanji.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanji.core.BuildOptions;
import dev.hanji.testing.FixtureSite;
import java.io.PrintStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site published under a path (GitHub project pages) works there: every internal link resolves. */
class BasePathCrawlTest {
  private static final String PUBLISHED = "https://example.github.io/kafka-docs/";
  private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void everyInternalLinkResolvesUnderTheBasePath(@TempDir Path dir) throws Exception {
    BuildOptions options = FixtureSite.copyTo(dir).withSetting("baseUrl", PUBLISHED);
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    try (PreviewServer server = PreviewServer.start(options, PreviewServer.Console.of(quiet, quiet))) {
      String home = server.url();
      assertTrue(home.endsWith("/kafka-docs/"), home);
      String origin = home.substring(0, home.length() - "kafka-docs/".length());
      assertEquals(301, fetch(URI.create(origin)).statusCode(), "the root points to the base path");
      assertEquals(404, fetch(URI.create(origin + "ops/raid/")).statusCode(), "nothing is served outside it");

      Set<String> seeds = new LinkedHashSet<>(List.of(home));
      seeds.addAll(sitemapPages(home));
      HttpResponse<String> notFound = fetch(URI.create(home + "no/such/page/"));
      assertEquals(404, notFound.statusCode());
      links(Jsoup.parse(notFound.body(), home + "404.html")).stream()
          .filter(link -> link.startsWith(origin)).forEach(seeds::add);

      List<String> broken = new ArrayList<>();
      Set<String> seen = crawl(seeds, home, origin, broken);
      assertTrue(broken.isEmpty(), String.join("\n", broken));
      assertTrue(seen.size() >= 19, "crawled only " + seen);
      assertTrue(seen.contains(home + "en/ops/raid/"), seen.toString());
    }
  }

  /** The sitemap's page addresses (published URLs), moved to the preview server. */
  private List<String> sitemapPages(String home) throws Exception {
    HttpResponse<String> sitemap = fetch(URI.create(home + "sitemap.xml"));
    assertEquals(200, sitemap.statusCode());
    List<String> pages = Jsoup.parse(sitemap.body(), "", org.jsoup.parser.Parser.xmlParser()).select("loc").stream()
        .map(Element::text).toList();
    assertTrue(!pages.isEmpty() && pages.stream().allMatch(page -> page.startsWith(PUBLISHED)), pages.toString());
    return pages.stream().map(page -> home + page.substring(PUBLISHED.length())).toList();
  }

  private Set<String> crawl(Set<String> seeds, String home, String origin, List<String> broken) throws Exception {
    Set<String> seen = new LinkedHashSet<>(seeds);
    Deque<String> queue = new ArrayDeque<>(seen);
    while (!queue.isEmpty()) {
      String url = queue.poll();
      HttpResponse<String> response = fetch(URI.create(url));
      if (response.statusCode() != 200) {
        broken.add(url + " → " + response.statusCode());
        continue;
      }
      if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
        continue;
      }
      Document page = Jsoup.parse(response.body(), url);
      for (String link : links(page)) {
        String local = link.startsWith(PUBLISHED) ? home + link.substring(PUBLISHED.length()) : link;
        if (local.startsWith(origin) && seen.add(local)) {
          queue.add(local);
        }
      }
    }
    return seen;
  }

  /** Absolute targets of every href, src and form action, without fragments. */
  private static Set<String> links(Document page) {
    Set<String> links = new LinkedHashSet<>();
    for (Element element : page.select("[href], [src], form[action]")) {
      for (String attribute : List.of("href", "src", "action")) {
        if (element.hasAttr(attribute)) {
          String absolute = element.absUrl(attribute);
          int hash = absolute.indexOf('#');
          links.add(hash < 0 ? absolute : absolute.substring(0, hash));
        }
      }
    }
    links.remove("");
    return links;
  }

  private HttpResponse<String> fetch(URI uri) throws Exception {
    return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
