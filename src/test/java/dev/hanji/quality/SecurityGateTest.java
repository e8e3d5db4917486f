package dev.hanji.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hanji.core.BuildOptions;
import dev.hanji.core.BuildResult;
import dev.hanji.diagnostics.Diagnostic;
import dev.hanji.core.SiteGenerator;
import dev.hanji.testing.FixtureSite;
import dev.hanji.testing.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quality gate: every page carries the Content Security Policy of DESIGN §4 before anything it governs, and has
 * nothing the policy would block; hostile front matter and calculator spec values come out as text.
 */
class SecurityGateTest {
  /** The directives DESIGN §4 and the front-end rules require (no inline script or style, same host only). */
  private static final List<String> REQUIRED = List.of("default-src 'self'", "script-src 'self'",
      "style-src 'self'", "object-src 'none'", "base-uri 'self'");
  private static final String TAG = "<img src=x onerror=alert(1)>";
  private static final String ATTRIBUTE = "\"><script>alert(2)</script><a x=\"";
  private static final String SCRIPT = "\"); alert(3); (\"' \\ </script>";

  private static Map<String, Document> realPages;

  @BeforeAll
  static void buildRealSite(@TempDir Path out) throws Exception {
    BuildResult result = SiteGenerator.build(
        BuildOptions.forProject(TestSites.projectDir()).withOutputDir(out.resolve("site")));
    realPages = pages(result);
  }

  @Test
  void everyRealPageDeclaresThePolicyBeforeAnyScriptOrStylesheet() {
    List<String> problems = new ArrayList<>();
    realPages.forEach((path, page) -> problems.addAll(policyProblems(path, page)));
    assertTrue(realPages.size() >= 16, realPages.keySet()::toString);
    assertEquals("", String.join("\n", problems));
  }

  @Test
  void noRealPageHasAnythingThePolicyWouldBlock() {
    List<String> problems = new ArrayList<>();
    realPages.forEach((path, page) -> problems.addAll(blockedContent(path, page)));
    assertEquals("", String.join("\n", problems));
  }

  @Test
  void theStaticChecksCatchAMissingPolicyAndInlineCode() {
    Document noPolicy = Jsoup.parse("<html><head><script type=module src=a.js></script></head><body></body></html>");
    assertTrue(policyProblems("a.html", noPolicy).get(0).contains("no Content-Security-Policy meta tag"));
    Document late = Jsoup.parse("<html><head><link rel=stylesheet href=s.css><meta http-equiv=Content-Security-Policy "
        + "content=\"default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self'\"></head></html>");
    List<String> lateProblems = policyProblems("b.html", late);
    assertTrue(lateProblems.stream().anyMatch(p -> p.contains("after link")), lateProblems::toString);
    assertTrue(lateProblems.stream().anyMatch(p -> p.contains("object-src 'none'")), lateProblems::toString);
    assertTrue(lateProblems.stream().anyMatch(p -> p.contains("'unsafe-inline'")), lateProblems::toString);
    Document inline = Jsoup.parse("<body><script>x()</script><style>p{}</style><p style=\"color:red\" onclick=\"x()\">"
        + "<a href=\"javascript:x()\">a</a><img src=\"https://cdn.example.com/i.png\" alt=\"\"></body>");
    assertEquals(6, blockedContent("c.html", inline).size(), blockedContent("c.html", inline)::toString);
  }

  @Test
  void hostileFrontMatterAndCalculatorSpecValuesComeOutAsText(@TempDir Path dir) throws Exception {
    BuildOptions options = FixtureSite.copyTo(dir);
    Path content = options.contentDir();
    Path home = content.resolve("ko/index.md");
    String body = Files.readString(home).replaceFirst("(?s)^---.*?---\n", "");
    Files.writeString(home, "---\ntitle: " + yaml(TAG) + "\ndescription: " + yaml(ATTRIBUTE) + "\n---\n" + body
        + "\n\n```calculator\nraid\n```\n");
    String spec = Files.readString(TestSites.projectDir().resolve("content/calculators/raid.yaml"))
        .replace("ko: RAID 용량 계산기", "ko: " + yaml(TAG))
        .replace("label: {ko: 디스크 수,", "label: {ko: " + yaml(ATTRIBUTE) + ",")
        .replace("ko: 배열에 들어가는 디스크의 총개수입니다.", "ko: " + yaml(SCRIPT));
    TestSites.write(content, "calculators/raid.yaml", spec);
    Path settings = content.resolve("site.yaml");
    Files.writeString(settings, Files.readString(settings).replaceFirst("ko: [^\n]+",
        Matcher.quoteReplacement("ko: " + yaml(ATTRIBUTE))));

    BuildResult result = SiteGenerator.build(options);
    assertEquals(List.of(), result.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).toList());
    Map<String, Document> pages = pages(result);
    List<String> problems = new ArrayList<>();
    pages.forEach((path, page) -> problems.addAll(blockedContent(path, page)));
    assertEquals("", String.join("\n", problems), "no markup injected anywhere");

    Document page = pages.get("index.html");
    assertEquals(TAG, page.selectFirst("h1").text());
    assertTrue(pages.get("guide/ch2/index.html").title().endsWith(ATTRIBUTE), "site title in <title>");
    assertEquals(ATTRIBUTE, page.selectFirst(".site-title").text());
    assertEquals(ATTRIBUTE, page.selectFirst("meta[name=description]").attr("content"));
    assertEquals(TAG, page.selectFirst("meta[property=og:title]").attr("content"));
    Element calculator = page.selectFirst("[data-calculator=raid]");
    assertTrue(calculator.text().contains(TAG), calculator::text);
    assertEquals(ATTRIBUTE, calculator.selectFirst("label[for=calc-raid-disks]").text());
    assertTrue(calculator.text().contains(SCRIPT), calculator::text);
    assertTrue(pages.values().stream().anyMatch(p -> p.select(".nav-tree a").eachText().contains(TAG)),
        "the navigation shows the title as text");

    String module = new String(result.files().get("assets/calc/raid.js"), StandardCharsets.UTF_8);
    JsonNode spec2 = new ObjectMapper().readTree(module.substring(module.indexOf("export default ") + 15,
        module.lastIndexOf(';')));
    assertEquals(ATTRIBUTE, spec2.findValue("inputs").get(1).get("label").get("ko").asText(),
        "the browser module keeps the value as one JSON string");
  }

  private static List<String> policyProblems(String path, Document page) {
    Element meta = page.selectFirst("meta[http-equiv=Content-Security-Policy]");
    if (meta == null) {
      return List.of(path + ": no Content-Security-Policy meta tag");
    }
    List<String> problems = new ArrayList<>();
    String policy = meta.attr("content");
    REQUIRED.stream().filter(directive -> !policy.contains(directive))
        .forEach(directive -> problems.add(path + ": the policy lacks " + directive));
    List.of("'unsafe-inline'", "'unsafe-eval'", "*", "http:", "https:").stream()
        .filter(source -> List.of(policy.split("[;\\s]+")).contains(source))
        .forEach(source -> problems.add(path + ": the policy allows " + source));
    // A meta policy governs only what comes after it in the document.
    List<Element> order = page.getAllElements();
    for (Element governed : page.select("script, link[rel=stylesheet], style")) {
      if (order.indexOf(governed) < order.indexOf(meta)) {
        problems.add(path + ": the policy comes after " + governed.tagName() + " " + governed.attributes());
      }
    }
    return problems;
  }

  private static List<String> blockedContent(String path, Document page) {
    List<String> problems = new ArrayList<>();
    page.select("script:not([src]), style, [style]").forEach(e -> problems.add(path + ": inline " + describe(e)));
    for (Element element : page.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
        if (attribute.getKey().startsWith("on")) {
          problems.add(path + ": event handler attribute in " + describe(element));
        } else if (List.of("href", "src", "action", "formaction").contains(attribute.getKey())
            && value.startsWith("javascript:")) {
          problems.add(path + ": javascript: URL in " + describe(element));
        }
      }
    }
    page.select("script[src], link[rel=stylesheet], link[rel=icon], img[src], iframe, object, embed, source[src]")
        .stream().filter(e -> e.attr("src").matches("(?i)^(https?:)?//.*") || e.attr("href").matches("(?i)^(https?:)?//.*")
            || e.is("iframe, object, embed"))
        .forEach(e -> problems.add(path + ": loads from another host or embeds " + describe(e)));
    return problems;
  }

  private static String describe(Element element) {
    String html = element.outerHtml().replaceAll("\\s+", " ");
    return html.length() > 120 ? html.substring(0, 120) + "…" : html;
  }

  private static Map<String, Document> pages(BuildResult result) {
    Map<String, Document> pages = new TreeMap<>();
    result.files().forEach((path, bytes) -> {
      if (path.endsWith(".html")) {
        pages.put(path, Jsoup.parse(new String(bytes, StandardCharsets.UTF_8)));
      }
    });
    return pages;
  }

  /** A YAML double-quoted scalar holding the text exactly. */
  private static String yaml(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
