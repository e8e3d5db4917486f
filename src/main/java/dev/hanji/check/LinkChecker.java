package dev.hanji.check;

import dev.hanji.core.Diagnostics;
import dev.hanji.core.SitePaths;
import dev.hanji.markdown.RenderedMarkdown;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The check stage: reads every generated HTML page with jsoup before anything is written and verifies
 * that each internal {@code href}/{@code src} names a generated file, each {@code #fragment} an element
 * id on its target, and that no UI text was missing from a bundle. Links written in Markdown are checked
 * with their source line; links from templates with the page they appear on. External links are not
 * fetched; malformed ones are reported.
 */
public final class LinkChecker {
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
  private static final Pattern MISSING_MESSAGE = Pattern.compile("\\?\\?[\\w.-]+\\?\\?");

  private final SortedMap<String, byte[]> files;
  private final String basePath;
  private final Map<String, Set<String>> idsByFile = new ConcurrentHashMap<>();
  /** What the page check needs of each page; the parsed documents themselves are not kept (memory). */
  private final Map<String, PageLinks> linksByFile = new ConcurrentHashMap<>();
  private final Map<String, List<String>> headingIdsByFile = new ConcurrentHashMap<>();
  /** Anchors already reported at their Markdown line, so the page check does not report them again. */
  private final Set<String> reportedAnchors = new HashSet<>();

  /**
   * A checker over the files of one build.
   *
   * @param files    output path → content, every file the build will write
   * @param basePath the site's absolute base path ({@code /} or {@code /repo/}), for absolute links
   */
  public LinkChecker(SortedMap<String, byte[]> files, String basePath) {
    this.files = files;
    this.basePath = basePath;
    files.entrySet().parallelStream().filter(entry -> entry.getKey().endsWith(".html"))
        .forEach(entry -> read(entry.getKey(), Jsoup.parse(new String(entry.getValue(), StandardCharsets.UTF_8))));
  }

  private void read(String path, Document document) {
    Set<String> ids = new HashSet<>();
    document.select("[id]").forEach(element -> ids.add(element.id()));
    document.select("a[name]").forEach(element -> ids.add(element.attr("name")));
    idsByFile.put(path, ids);
    headingIdsByFile.put(path, document.select("h2[id], h3[id], h4[id], h5[id], h6[id]").eachAttr("id"));
    List<String> links = new ArrayList<>();
    for (Element element : document.select("a[href], link[href], script[src], img[src], source[src], form[action]")) {
      String attribute = element.hasAttr("href") ? "href" : element.hasAttr("src") ? "src" : "action";
      links.add(element.attr(attribute));
    }
    List<String> missing = MISSING_MESSAGE.matcher(document.text()).results().map(m -> m.group()).distinct().toList();
    linksByFile.put(path, new PageLinks(links, missing));
  }

  /** The links of one page in document order, and the placeholders of UI text missing from a bundle. */
  private record PageLinks(List<String> links, List<String> missingMessages) {
  }

  /**
   * Checks every generated page.
   *
   * @param sourceOf    output file → source file name shown in messages (the output file when absent)
   * @param diagnostics where broken links are reported
   * @param asErrors    whether broken links are errors (otherwise warnings)
   */
  public void checkPages(Map<String, String> sourceOf, Diagnostics diagnostics, boolean asErrors) {
    new TreeMap<>(linksByFile).forEach((path, page) -> {
      String shownAs = sourceOf.getOrDefault(path, path);
      checkPage(path, page, shownAs, diagnostics, asErrors);
    });
  }

  private void checkPage(String path, PageLinks page, String shownAs, Diagnostics diagnostics, boolean asErrors) {
    for (String link : page.links()) {
      problemWith(path, link).ifPresent(problem ->
          report(diagnostics, asErrors, shownAs, 0, 0, problem + ": '" + link + "' (in " + path + ")",
              "correct the link or create the page it points to"));
    }
    if (!page.missingMessages().isEmpty()) {
      diagnostics.error(path, 0, 0, "UI text missing from a message bundle: " + page.missingMessages(),
          "add the key to site-templates/i18n/messages_<lang>.properties");
    }
  }

  /**
   * Checks links with a {@code #fragment} written in a page's Markdown, at their source line.
   *
   * @param file        the page's source file name
   * @param anchors     the page's anchor links
   * @param diagnostics where broken anchors are reported
   * @param asErrors    whether broken links are errors
   */
  public void checkAnchors(String file, List<RenderedMarkdown.AnchorLink> anchors, Diagnostics diagnostics,
                           boolean asErrors) {
    for (RenderedMarkdown.AnchorLink anchor : anchors) {
      String target = fileFor(anchor.targetUrl());
      Set<String> ids = idsByFile.getOrDefault(target, Set.of());
      if (!ids.contains(anchor.fragment())) {
        reportedAnchors.add(target + "#" + anchor.fragment());
        report(diagnostics, asErrors, file, anchor.line(), anchor.column(),
            "link '" + anchor.written() + "' points to a missing heading '#" + anchor.fragment() + "'",
            "use a heading id of the target page (lower case, spaces as '-')"
                + closest(anchor.fragment(), headingIdsByFile.getOrDefault(target, List.of())));
      }
    }
  }

  /** The heading id most like the one asked for, as a suggestion. */
  private static String closest(String wanted, List<String> headingIds) {
    return headingIds.stream()
        .min(Comparator.comparingInt((String id) -> editDistance(wanted, id)).thenComparing(id -> id))
        .map(id -> ", e.g. #" + id).orElse("");
  }

  private static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private Optional<String> problemWith(String fromFile, String link) {
    if (link.isEmpty()) {
      return Optional.of("empty link");
    }
    if (SCHEME.matcher(link).find() || link.startsWith("//")) {
      return malformedExternal(link);
    }
    int hash = link.indexOf('#');
    String pathPart = hash < 0 ? link : link.substring(0, hash);
    String fragment = hash < 0 ? "" : link.substring(hash + 1);
    int query = pathPart.indexOf('?');
    if (query >= 0) {
      pathPart = pathPart.substring(0, query);
    }
    String target = targetFile(fromFile, pathPart);
    if (target == null || !files.containsKey(target)) {
      return Optional.of("broken link");
    }
    if (!fragment.isEmpty() && idsByFile.containsKey(target)) {
      String id = Normalizer.normalize(SitePaths.decode(fragment), Normalizer.Form.NFC);
      if (!idsByFile.get(target).contains(id) && !reportedAnchors.contains(target + "#" + id)) {
        return Optional.of("link to a missing anchor");
      }
    }
    return Optional.empty();
  }

  private static Optional<String> malformedExternal(String link) {
    try {
      URI uri = new URI(link);
      if (uri.getScheme() != null && (uri.getScheme().equals("http") || uri.getScheme().equals("https"))
          && (uri.getHost() == null || uri.getHost().isEmpty())) {
        return Optional.of("malformed external link");
      }
      return Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.of("malformed external link");
    }
  }

  /** The output file a link from {@code fromFile} asks for, or null when it leaves the site. */
  private String targetFile(String fromFile, String pathPart) {
    String decoded = Normalizer.normalize(SitePaths.decode(pathPart), Normalizer.Form.NFC);
    String resolved;
    if (decoded.startsWith("/")) {
      if (!decoded.startsWith(basePath)) {
        return null;
      }
      resolved = SitePaths.resolve("", decoded.substring(basePath.length()));
    } else {
      int slash = fromFile.lastIndexOf('/');
      String folder = slash < 0 ? "" : fromFile.substring(0, slash);
      resolved = decoded.isEmpty() ? fromFile : SitePaths.resolve(folder, decoded);
    }
    if (resolved == null) {
      return null;
    }
    boolean folderLink = decoded.endsWith("/") || decoded.endsWith("/.") || decoded.equals(".")
        || decoded.endsWith("..");
    if (resolved.isEmpty() || folderLink) {
      return resolved.isEmpty() ? "index.html" : resolved + "/index.html";
    }
    return files.containsKey(resolved) ? resolved : resolved + "/index.html";
  }

  private static String fileFor(String url) {
    return url.endsWith(".html") ? url : url + "index.html";
  }

  private static void report(Diagnostics diagnostics, boolean asError, String file, int line, int column,
                             String message, String hint) {
    if (asError) {
      diagnostics.error(file, line, column, message, hint);
    } else {
      diagnostics.warning(file, line, column, message, hint);
    }
  }
}
