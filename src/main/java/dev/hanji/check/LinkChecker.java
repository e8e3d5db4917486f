package dev.hanji.check;

import dev.hanji.diagnostics.Diagnostics;
import dev.hanji.diagnostics.EditDistance;
import dev.hanji.files.SitePaths;
import dev.hanji.markdown.RenderedMarkdown;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;

/**
 * The check stage: reads every generated HTML page with jsoup before anything is written and verifies
 * that each internal {@code href}/{@code src} names a generated file, each {@code #fragment} an element
 * id on its target, and that no UI text was missing from a bundle. Links written in Markdown are checked
 * with their source line; links from templates with the page they appear on. External links are not
 * fetched; malformed ones are reported.
 */
public final class LinkChecker {
  /** Schemes a published page may link to; anything else is a typo ({@code htp:}) or unsafe. */
  private static final Set<String> KNOWN_SCHEMES = Set.of("http", "https", "mailto", "tel", "ftp", "data");
  private static final Set<String> SCRIPT_SCHEMES = Set.of("javascript", "vbscript");
  private static final String UNKNOWN_SCHEME = "unknown scheme";
  private static final String UNSAFE_LINK = "unsafe link removed";
  private static final Pattern MISSING_MESSAGE = Pattern.compile("\\?\\?[\\w.-]+\\?\\?");

  private final Set<String> files;
  private final String basePath;
  /** What the checks need of each page; the parsed documents themselves are not kept (memory). */
  private final Map<String, PageFacts> pages;
  /** Anchors already reported at their Markdown line, so the page check does not report them again. */
  private final Set<String> reportedAnchors = new HashSet<>();
  private final Memory memory;
  /** Problems of absolute and external links, which do not depend on the page they appear on. */
  private final Map<String, Optional<String>> problems = new ConcurrentHashMap<>();
  /** Missing UI text keys already reported: every page shows the same template text. */
  private final Set<String> reportedMessages = new HashSet<>();

  /**
   * A checker over the files of one build, reading every HTML page.
   *
   * @param files    output path → content, every file the build will write
   * @param basePath the site's absolute base path ({@code /} or {@code /repo/}), for absolute links
   */
  public LinkChecker(SortedMap<String, byte[]> files, String basePath) {
    this(files.keySet(), factsOfPages(files), basePath, new Memory());
  }

  /**
   * A checker over pages already read, that reuses what {@code memory} kept from the previous check of the same
   * site. A build reads each page as it writes it, and keeps only its facts.
   *
   * @param files    every output path the build writes
   * @param pages    the facts of every HTML file among them, by output path
   * @param basePath the site's absolute base path ({@code /} or {@code /repo/}), for absolute links
   * @param memory   what the previous check left; this check updates it
   */
  public LinkChecker(Set<String> files, Map<String, PageFacts> pages, String basePath, Memory memory) {
    this.files = files;
    this.basePath = basePath;
    this.memory = memory;
    this.pages = pages;
    memory.useShape(files, pages);
  }

  private static Map<String, PageFacts> factsOfPages(SortedMap<String, byte[]> files) {
    Map<String, PageFacts> pages = new ConcurrentHashMap<>();
    files.entrySet().parallelStream().filter(entry -> isPage(entry.getKey()))
        .forEach(entry -> pages.put(entry.getKey(), PageFacts.of(entry.getValue())));
    return pages;
  }

  /** Whether the output file is an HTML page, whose facts the checker needs. */
  public static boolean isPage(String path) {
    return path.endsWith(".html");
  }

  /**
   * What one check leaves for the next check of the same site, so a rebuild rechecks only what changed: each
   * page's broken links while no file appears or disappears and no page's ids change. The preview server's
   * build session keeps one; a one-off build uses a new one.
   */
  public static final class Memory {
    private final Map<String, Checked> checked = new ConcurrentHashMap<>();
    private Set<String> files = Set.of();
    private Map<String, Set<String>> ids = Map.of();

    private record Checked(PageFacts facts, List<Broken> broken) {
    }

    void useShape(Set<String> siteFiles, Map<String, PageFacts> pages) {
      Map<String, Set<String>> siteIds = new HashMap<>();
      pages.forEach((path, page) -> siteIds.put(path, page.ids()));
      if (!siteFiles.equals(files) || !siteIds.equals(ids)) {
        checked.clear();
        files = Set.copyOf(siteFiles);
        ids = siteIds;
      }
    }

    List<Broken> broken(String path, PageFacts page, Supplier<List<Broken>> check) {
      Checked cached = checked.get(path);
      if (cached == null || cached.facts() != page) {
        cached = new Checked(page, check.get());
        checked.put(path, cached);
      }
      return cached.broken();
    }
  }

  /** A link of a page that does not resolve, and why. */
  private record Broken(String link, String problem) {
  }

  /**
   * What the checks need to know of one generated page, read once with jsoup.
   *
   * @param ids             every element id and {@code a[name]} on the page
   * @param headingIds      ids of its h2–h6 headings, in order (for "did you mean" hints)
   * @param links           its links ({@code href}, {@code src}, {@code action}) in document order
   * @param missingMessages placeholders of UI text missing from a bundle ({@code ??key??})
   */
  public record PageFacts(Set<String> ids, List<String> headingIds, List<String> links,
                          List<String> missingMessages) {

    /** The same facts without links: for a page whose links are not checked. */
    public PageFacts withoutLinks() {
      return new PageFacts(ids, headingIds, List.of(), missingMessages);
    }

    /**
     * Reads the facts of one HTML page. Only attributes and text matter here, not how HTML would nest the
     * elements, so jsoup's XML tree builder does: it reads the same tags and attributes at half the cost. Names
     * are lower-cased as HTML does, so {@code <A HREF>} in a template is still checked.
     */
    public static PageFacts of(byte[] html) {
      return of(new String(html, StandardCharsets.UTF_8));
    }

    static PageFacts of(String html) {
      return of(Jsoup.parse(html, "", Parser.xmlParser().settings(ParseSettings.htmlDefault))); // one thread each
    }

    /**
     * The facts of what an element holds (not of the element itself): of a page body from the tree it was printed
     * from, the same facts as reading its printed HTML, without parsing it again.
     */
    public static PageFacts of(Element parent) {
      FactsReader reader = new FactsReader();
      for (Node child : parent.childNodes()) {
        child.traverse(reader);
      }
      return reader.facts();
    }

    /** The facts of a page read in consecutive parts, as if it had been read whole. */
    static PageFacts join(List<PageFacts> parts) {
      FactsReader reader = new FactsReader();
      parts.forEach(reader::add);
      return reader.facts();
    }
  }

  /** Collects a page's facts in one walk over its nodes. */
  private static final class FactsReader implements NodeVisitor {
    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
    /** Elements whose link attribute the checker follows, by tag. */
    private static final Map<String, String> LINK_ATTRIBUTE = Map.of("a", "href", "link", "href", "script", "src",
        "img", "src", "source", "src", "form", "action");
    final Set<String> ids = new HashSet<>();
    final List<String> headingIds = new ArrayList<>();
    final List<String> links = new ArrayList<>();
    final Set<String> missingMessages = new LinkedHashSet<>();

    void add(PageFacts part) {
      ids.addAll(part.ids());
      headingIds.addAll(part.headingIds());
      links.addAll(part.links());
      missingMessages.addAll(part.missingMessages());
    }

    PageFacts facts() {
      return new PageFacts(Set.copyOf(ids), List.copyOf(headingIds), List.copyOf(links),
          List.copyOf(missingMessages));
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof Element element) {
        read(element);
      } else if (node instanceof TextNode text && text.getWholeText().contains("??")) {
        MISSING_MESSAGE.matcher(text.getWholeText()).results().forEach(match -> missingMessages.add(match.group()));
      }
    }

    private void read(Element element) {
      String tag = element.normalName();
      if (element.hasAttr("id")) {
        String id = element.id().intern(); // every page repeats the navigation's ids and links: one copy each
        ids.add(id);
        if (HEADINGS.contains(tag)) {
          headingIds.add(id);
        }
      }
      if (tag.equals("a") && element.hasAttr("name")) {
        ids.add(element.attr("name").intern());
      }
      String attribute = LINK_ATTRIBUTE.get(tag);
      if (attribute != null && element.hasAttr(attribute)) {
        links.add(element.attr(attribute).intern());
      }
    }
  }

  /**
   * Where a generated page's links come from: its Markdown source (for the file and line of each written
   * link), or just its output path for pages without one.
   *
   * @param file  the file name shown in messages
   * @param links the links written in the page's Markdown, with their place; empty for generated pages
   */
  public record LinkOrigin(String file, List<RenderedMarkdown.WrittenLink> links) {
  }

  /**
   * Checks every generated page. A broken link written in Markdown is reported at its source line; one the
   * template wrote is reported at the first line of the page's source (or under the generated file).
   *
   * @param origins     output file → where its links come from (the output file itself when absent)
   * @param diagnostics where broken links are reported
   * @param asErrors    whether broken links are errors (otherwise warnings)
   */
  public void checkPages(Map<String, LinkOrigin> origins, Diagnostics diagnostics, boolean asErrors) {
    Map<String, List<Broken>> broken = new ConcurrentHashMap<>();
    pages.entrySet().parallelStream().forEach(entry -> broken.put(entry.getKey(), brokenLinks(entry.getKey(),
        entry.getValue())));
    new TreeMap<>(pages).forEach((path, page) -> {
      LinkOrigin origin = origins.getOrDefault(path, new LinkOrigin(path, List.of()));
      checkPage(path, broken.get(path), page.missingMessages(), origin, diagnostics, asErrors);
    });
  }

  /**
   * The page's links that do not resolve. An anchor already reported at its Markdown line counts as
   * resolving here; such a build fails, so nothing is remembered for the next one.
   */
  private List<Broken> brokenLinks(String path, PageFacts page) {
    Supplier<List<Broken>> check = () -> page.links().stream()
        .flatMap(link -> problemOf(path, link).map(problem -> new Broken(link, problem)).stream()).toList();
    return reportedAnchors.isEmpty() ? memory.broken(path, page, check) : check.get();
  }

  private void checkPage(String path, List<Broken> brokenLinks, List<String> missingMessages, LinkOrigin origin,
                         Diagnostics diagnostics, boolean asErrors) {
    Set<String> reported = new HashSet<>();
    for (RenderedMarkdown.WrittenLink written : origin.links()) {
      if (written.broken()) {
        reported.add(written.href());
        report(diagnostics, asErrors, origin.file(), written.line(), written.column(), written.problem(),
            written.hint());
        continue;
      }
      String link = written.written();
      boolean external = SitePaths.isExternal(link);
      Optional<String> problem = external ? malformedExternal(link) : Optional.empty();
      if (problem.isPresent()) { // checked as written: the sanitiser drops such links from the page
        reported.add(written.href());
        report(diagnostics, asErrors && !onlyWarns(problem.get()), origin.file(), written.line(), written.column(),
            problem.get() + ": '" + link + "'", hintFor(problem.get()));
      }
    }
    for (Broken broken : brokenLinks) {
      if (reported.add(broken.link())) {
        reportAtSource(path, broken.link(), broken.problem(), origin, diagnostics, asErrors);
      }
    }
    List<String> missing = missingMessages.stream().filter(reportedMessages::add).toList();
    if (!missing.isEmpty()) {
      diagnostics.error(path, 0, 0, "UI text missing from a message bundle: " + missing
              + " (listed once, at the first page that shows it)",
          "add the key to site-templates/i18n/messages_<lang>.properties");
    }
  }

  /** Reports a broken link at each line of the Markdown that writes it, or, if none does, as the template's. */
  private static void reportAtSource(String path, String link, String problem, LinkOrigin origin,
                                     Diagnostics diagnostics, boolean strict) {
    boolean asErrors = strict && !onlyWarns(problem);
    List<RenderedMarkdown.WrittenLink> written = origin.links().stream()
        .filter(candidate -> candidate.href().equals(link)).toList();
    for (RenderedMarkdown.WrittenLink at : written.stream().filter(each -> !each.broken()).toList()) {
      report(diagnostics, asErrors, origin.file(), at.line(), at.column(), problem + ": '" + at.written() + "'",
          hintFor(problem));
    }
    if (written.isEmpty()) {
      int line = origin.file().equals(path) ? 0 : 1;
      report(diagnostics, asErrors, origin.file(), line, line,
          problem + ": '" + link + "' (written by the page template in " + path + ")", hintFor(problem));
    }
  }

  private static String hintFor(String problem) {
    if (problem.startsWith(UNKNOWN_SCHEME)) {
      return "fine if readers have an application for it; otherwise write an https:// address";
    }
    if (problem.startsWith(UNSAFE_LINK)) {
      return "script links do not run on the site; link to a page or an https:// address";
    }
    return problem.startsWith("malformed")
        ? "write a complete address such as https://example.com/path (no spaces; percent-encode them as %20)"
        : "correct the link or create the page it points to";
  }

  /** Links that are kept (unknown scheme) or only dropped (script scheme) never fail a build. */
  private static boolean onlyWarns(String problem) {
    return problem.startsWith(UNKNOWN_SCHEME) || problem.startsWith(UNSAFE_LINK);
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
      Set<String> ids = pages.containsKey(target) ? pages.get(target).ids() : Set.of();
      if (!ids.contains(anchor.fragment())) {
        reportedAnchors.add(target + "#" + anchor.fragment());
        report(diagnostics, asErrors, file, anchor.line(), anchor.column(),
            "link '" + anchor.written() + "' points to a missing heading '#" + anchor.fragment() + "'",
            "use a heading id of the target page (lower case, spaces as '-')"
                + closest(anchor.fragment(), pages.containsKey(target) ? pages.get(target).headingIds() : List.of()));
      }
    }
  }

  /** The heading id most like the one asked for, as a suggestion, if one is close enough to be a typo of it. */
  private static String closest(String wanted, List<String> headingIds) {
    int farthest = Math.max(2, wanted.length() / 3);
    return headingIds.stream()
        .min(Comparator.comparingInt((String id) -> EditDistance.between(wanted, id)).thenComparing(id -> id))
        .filter(id -> EditDistance.between(wanted, id) <= farthest)
        .map(id -> ", e.g. #" + id).orElse("");
  }

  /**
   * {@link #problemWith}, remembered for links that mean the same from every page (absolute and external ones,
   * which the sidebar repeats on every page). A relative link is resolved each time: its meaning depends on the
   * page's folder, and as most pages have a folder of their own, remembering it would keep every link of every
   * page (millions of entries on a large site) for few hits.
   */
  private Optional<String> problemOf(String fromFile, String link) {
    if (!link.startsWith("/") && !SitePaths.isExternal(link)) {
      return problemWith(fromFile, link);
    }
    return problems.computeIfAbsent(link, key -> problemWith(fromFile, link));
  }

  private Optional<String> problemWith(String fromFile, String link) {
    if (link.isEmpty()) {
      return Optional.of("empty link");
    }
    if (SitePaths.isExternal(link)) {
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
    if (target == null || !files.contains(target)) {
      return Optional.of("broken link");
    }
    if (!fragment.isEmpty() && pages.containsKey(target)) {
      String id = Normalizer.normalize(SitePaths.decode(fragment), Normalizer.Form.NFC);
      if (!pages.get(target).ids().contains(id) && !reportedAnchors.contains(target + "#" + id)) {
        return Optional.of("link to a missing anchor");
      }
    }
    return Optional.empty();
  }

  /**
   * What is wrong with an external link, judged as browsers read links rather than by the URI grammar: an
   * underscore in a host name ({@code my_name.gitbooks.io}) or a second {@code #} works in every browser.
   */
  private static Optional<String> malformedExternal(String link) {
    if (link.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
      return Optional.of("malformed external link");
    }
    int colon = link.indexOf(':');
    String scheme = link.startsWith("//") ? "" : link.substring(0, colon).toLowerCase(Locale.ROOT);
    if (SCRIPT_SCHEMES.contains(scheme)) {
      return Optional.of(UNSAFE_LINK);
    }
    if (!scheme.isEmpty() && !KNOWN_SCHEMES.contains(scheme)) {
      return Optional.of(UNKNOWN_SCHEME + " '" + scheme + ":' in link, kept as written");
    }
    boolean needsHost = scheme.isEmpty() || scheme.equals("http") || scheme.equals("https") || scheme.equals("ftp");
    return needsHost && hostOf(link.substring(colon + 1)).isEmpty()
        ? Optional.of("malformed external link") : Optional.empty();
  }

  /** The host of {@code //user@host:port/path}, without user and port; empty when there is none. */
  private static String hostOf(String afterScheme) {
    if (!afterScheme.startsWith("//")) {
      return "";
    }
    String authority = afterScheme.substring(2).split("[/?#]", 2)[0];
    String host = authority.substring(authority.lastIndexOf('@') + 1);
    int port = host.lastIndexOf(':');
    return port > host.lastIndexOf(']') ? host.substring(0, port) : host;
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
    return files.contains(resolved) ? resolved : resolved + "/index.html";
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
