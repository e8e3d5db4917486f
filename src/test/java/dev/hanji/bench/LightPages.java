package dev.hanji.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Computes, for every page of a generated site, the gzipped bytes a browser fetches before it can paint:
 * the HTML, the stylesheets it links and the module scripts it loads eagerly together with their static
 * {@code import}s (dynamic {@code import()} and {@code fetch}, such as the search index, are lazy and not
 * counted). Also counts render-blocking requests (stylesheets and classic scripts without
 * {@code defer}/{@code async}). Writes a JSON summary and the heaviest pages.
 *
 * <p>Run: {@code LightPages SITE_DIR OUT_JSON}.
 */
public final class LightPages {
  /** The goal of issue #9: HTML + CSS + JS before first paint, gzipped, per page. */
  static final int BUDGET_BYTES = 30 * 1024;
  private static final Pattern STATIC_IMPORT =
      Pattern.compile("(?m)^\\s*(?:import|export)\\s[^;'\"]*?from\\s*['\"]([^'\"]+)['\"]|^\\s*import\\s*['\"]([^'\"]+)['\"]");

  private final Path site;
  private final Map<String, Integer> gzipCache = new HashMap<>();

  private LightPages(Path site) {
    this.site = site;
  }

  /** Measures {@code SITE_DIR} and writes {@code OUT_JSON}. */
  public static void main(String[] args) throws IOException {
    Path site = Path.of(args[0]);
    List<PageWeight> weights = new LightPages(site).measureAll();
    String json = toJson(weights);
    Path out = Path.of(args[1]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, json);
    System.out.print(json);
  }

  private List<PageWeight> measureAll() throws IOException {
    List<Path> pages;
    try (Stream<Path> walk = Files.walk(site)) {
      pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    List<PageWeight> weights = new ArrayList<>();
    for (Path page : pages) {
      String html = Files.readString(page, StandardCharsets.UTF_8);
      if (html.contains("http-equiv=\"refresh\"")) {
        continue;
      }
      weights.add(measure(site.relativize(page).toString().replace('\\', '/'), html));
    }
    return weights;
  }

  private PageWeight measure(String path, String html) {
    Document document = Jsoup.parse(html);
    int css = 0;
    int blocking = 0;
    for (Element link : document.select("link[rel=stylesheet]")) {
      css += gzipOf(resolve(path, link.attr("href")));
      blocking++;
    }
    Set<String> modules = new LinkedHashSet<>();
    for (Element script : document.select("script[src]")) {
      String file = resolve(path, script.attr("src"));
      boolean module = script.attr("type").equals("module");
      if (!module && !script.hasAttr("defer") && !script.hasAttr("async")) {
        blocking++;
      }
      collectImports(file, modules);
    }
    int js = modules.stream().mapToInt(this::gzipOf).sum();
    return new PageWeight(path, gzip(html.getBytes(StandardCharsets.UTF_8)), css, js, modules.size(), blocking);
  }

  private void collectImports(String file, Set<String> seen) {
    if (!seen.add(file) || !Files.isRegularFile(site.resolve(file))) {
      return;
    }
    Matcher matcher = STATIC_IMPORT.matcher(read(file));
    while (matcher.find()) {
      String target = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
      collectImports(resolve(file, target), seen);
    }
  }

  /** A site-relative file for a link written in {@code from}; query and fragment dropped. */
  private static String resolve(String from, String link) {
    String clean = link.replaceAll("[?#].*$", "");
    String resolved = URI.create("http://site/" + from).resolve(clean).getPath().substring(1);
    return resolved.isEmpty() || resolved.endsWith("/") ? resolved + "index.html" : resolved;
  }

  private int gzipOf(String file) {
    return gzipCache.computeIfAbsent(file, f -> Files.isRegularFile(site.resolve(f))
        ? gzip(read(f).getBytes(StandardCharsets.UTF_8)) : 0);
  }

  private String read(String file) {
    try {
      return Files.readString(site.resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.size();
  }

  private static String toJson(List<PageWeight> weights) {
    List<PageWeight> byTotal = weights.stream()
        .sorted((a, b) -> Integer.compare(b.total(), a.total())).toList();
    int[] totals = weights.stream().mapToInt(PageWeight::total).sorted().toArray();
    long over = weights.stream().filter(w -> w.total() > BUDGET_BYTES).count();
    StringBuilder json = new StringBuilder("{\n")
        .append(String.format(Locale.ROOT, "  \"pages\": %d,%n  \"budgetBytes\": %d,%n  \"overBudget\": %d,%n",
            weights.size(), BUDGET_BYTES, over))
        .append(String.format(Locale.ROOT, "  \"medianBytes\": %d,%n  \"maxBytes\": %d,%n",
            totals[totals.length / 2], totals[totals.length - 1]))
        .append(String.format(Locale.ROOT, "  \"maxRenderBlockingRequests\": %d,%n",
            weights.stream().mapToInt(PageWeight::blocking).max().orElse(0)))
        .append("  \"pagesByWeight\": [\n");
    for (int i = 0; i < byTotal.size(); i++) {
      PageWeight w = byTotal.get(i);
      json.append(String.format(Locale.ROOT,
          "    {\"page\": \"%s\", \"totalGzip\": %d, \"htmlGzip\": %d, \"cssGzip\": %d, \"jsGzip\": %d, "
              + "\"jsFiles\": %d, \"renderBlocking\": %d}%s%n",
          w.path(), w.total(), w.html(), w.css(), w.js(), w.jsFiles(), w.blocking(),
          i + 1 < byTotal.size() ? "," : ""));
    }
    return json.append("  ]\n}\n").toString();
  }

  /** One page's gzipped bytes before first paint. */
  private record PageWeight(String path, int html, int css, int js, int jsFiles, int blocking) {
    int total() {
      return html + css + js;
    }
  }
}
