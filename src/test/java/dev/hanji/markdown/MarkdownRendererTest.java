package dev.hanji.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanji.diagnostics.Diagnostic;
import dev.hanji.diagnostics.Diagnostics;
import dev.hanji.sources.ImageSize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {
  private static final Map<String, String> PAGES = Map.of("ops/raid.md", "ops/raid/", "index.md", "");

  private final Diagnostics diagnostics = new Diagnostics();
  private final MarkdownRenderer renderer = new MarkdownRenderer(List.of(new BlockEmbedder() {
    @Override
    public String kind() {
      return "calculator";
    }

    @Override
    public Optional<String> embed(String body, PageContext page, int line, Diagnostics d) {
      if (!body.equals("raid")) {
        d.error(page.displayPath(), line, 1, "unknown calculator '" + body + "'", "use raid");
        return Optional.empty();
      }
      return Optional.of("<div data-calculator=\"raid\"><input name=\"disks\" value=\"4\"></div>");
    }
  }));

  private RenderedMarkdown render(String markdown) {
    PageContext page = new PageContext("ko", "guide/intro.md", "content/ko/guide/intro.md", 5, "guide/intro/", "",
        (lang, path) -> Optional.ofNullable(PAGES.get(path)), key -> "[" + key + "]",
        path -> path.equals("images/raid-0.svg") ? Optional.of(new ImageSize(442, 218)) : Optional.empty());
    return renderer.render(renderer.parse(markdown), page, diagnostics);
  }

  private Document html(String markdown) {
    return Jsoup.parseBodyFragment(render(markdown).html());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "## 페이지 캐시|페이지-캐시",
      "## ext4와 XFS 비교|ext4와-xfs-비교",
      "## RAID 10 (1+0)|raid-10-10",
      "### Fan-out|fan-out",
      "## snake_case 이름|snake_case-이름"})
  void headingIdsKeepHangulGithubStyle(String heading, String id) {
    assertEquals(id, render(heading).headings().get(0).id());
  }

  @Test
  void localImagesGetTheirIntrinsicSizeSoThePageDoesNotShift() {
    Document page = html("![RAID 0](/images/raid-0.svg)\n\n![없는 그림](/images/none.png)\n\n"
        + "![바깥 그림](https://example.com/a.png)\n");
    Element sized = page.selectFirst("img[alt='RAID 0']");
    assertEquals("../../images/raid-0.svg", sized.attr("src"));
    assertEquals("442", sized.attr("width"));
    assertEquals("218", sized.attr("height"));
    assertFalse(page.selectFirst("img[alt='없는 그림']").hasAttr("width"));
    assertFalse(page.selectFirst("img[alt='바깥 그림']").hasAttr("width"));
  }

  @Test
  void leadingLevelOneHeadingBecomesTheTitle() {
    ParsedMarkdown parsed = renderer.parse("# RAID 정리\n\n본문\n");
    assertEquals(Optional.of("RAID 정리"), parsed.firstTitle());
    PageContext page = new PageContext("ko", "a.md", "a.md", 1, "a/", "", (l, p) -> Optional.empty(), k -> k,
        p -> Optional.empty());
    assertFalse(renderer.render(parsed, page, diagnostics).html().contains("<h1"));
  }

  @Test
  void rendersGfmFootnotesDefinitionListsAndAdmonitions() {
    Document doc = html("""
        | a | b |
        |---|---|
        | 1 | ~~2~~ |

        - [x] 끝
        - [ ] 남음

        본문[^1]

        [^1]: 각주

        용어
        : 정의

        !!! warning "조심"
            NAS는 쓰지 않습니다.

        https://kafka.apache.org
        """);
    assertEquals(2, doc.select("table tr").size());
    assertEquals(1, doc.select("del").size());
    assertEquals(2, doc.select("li.task-list-item input[type=checkbox][disabled]").size());
    assertEquals(1, doc.select(".footnotes li").size());
    assertEquals("용어", doc.select("dl dt").text());
    assertEquals("조심", doc.select("aside.admonition-warning .admonition-title").text());
    assertEquals("https://kafka.apache.org", doc.select("a[href=https://kafka.apache.org]").text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"!!! tip \"요령\"", "??? tip \"요령\"", "???+ tip \"요령\"", "  !!! tip \"요령\""})
  void everyAdmonitionMarkerStartsAnAdmonition(String marker) {
    Document doc = html("앞 문단\n\n" + marker + "\n    안쪽 내용\n\n뒤 문단\n");
    assertEquals("요령", doc.select(".admonition-tip .admonition-title").text());
    assertEquals("안쪽 내용", doc.select(".admonition-tip > p:not(.admonition-title)").text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"!! tip \"요령\"", "문단 안 !!! tip", "? ?? tip", "\\!!! tip"})
  void linesWithoutAMarkerAreNoAdmonition(String line) {
    assertTrue(html(line + "\n    안쪽 내용\n").select(".admonition").isEmpty());
  }

  @Test
  void admonitionWithoutTitleTakesItsLabelFromTheMessages() {
    assertEquals("[admonition.note]", html("!!! note\n    내용\n").select(".admonition-title").text());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "java|public class A {}|keyword",
      "yaml|key: value|key",
      "json|{\"a\": 1}|property",
      "xml|<a href=\"x\">y</a>|tag",
      "bash|sudo mount -o noatime /dev/sdb /data # comment|comment",
      "properties|log.dirs=/data/kafka|attr-name"})
  void highlightsCodeAtBuildTime(String language, String code, String token) {
    Document doc = html("```" + language + "\n" + code + "\n```\n");
    assertFalse(doc.select("pre.code code span.token." + token).isEmpty(), doc.html());
  }

  @Test
  void anEmptyOrUnclosedHighlightedFenceRendersAnEmptyCodeBlock() {
    Document doc = html("```java");
    assertEquals("", doc.select("pre.code code.language-java").text());
  }

  @Test
  void unknownFenceLanguageRendersAsPlainEscapedCode() {
    Document doc = html("```nosuchlang\n<b>x</b>\n```\n");
    assertEquals("language-text", doc.select("pre code").attr("class"));
    assertEquals("<b>x</b>", doc.select("pre code").text());
    assertTrue(doc.select("pre code b").isEmpty());
  }

  @Test
  void markdownLinksBecomePageUrlsRelativeToThePage() {
    Document doc = html("[RAID](../ops/raid.md#raid-10) [홈](../index.md) [그림](/images/a.svg) [밖](https://x.org)");
    assertEquals(List.of("../../ops/raid/#raid-10", "../../", "../../images/a.svg", "https://x.org"),
        doc.select("a").eachAttr("href"));
    RenderedMarkdown.AnchorLink anchor = render("[RAID](../ops/raid.md#raid-10)").anchors().get(0);
    assertEquals("ops/raid/", anchor.targetUrl());
    assertEquals("raid-10", anchor.fragment());
  }

  @Test
  void linkToAMissingPageIsFlaggedAtItsLineForTheLinkChecker() {
    RenderedMarkdown.WrittenLink link = render("첫 줄\n\n[없음](missing.md)\n").links().get(0);
    assertEquals(7, link.line());
    assertEquals("link to missing page 'missing.md'", link.problem());
    assertTrue(diagnostics.all().isEmpty(), "reported by the link checker, with every other broken link");
  }

  @Test
  void calculatorFenceEmbedsTheCalculatorAndUnknownIdsFail() {
    RenderedMarkdown rendered = render("```calculator\nraid\n```\n");
    assertTrue(rendered.embeds().contains("calculator"));
    assertEquals("raid", Jsoup.parse(rendered.html()).select("[data-calculator]").attr("data-calculator"));
    render("\n```calculator\nnope\n```\n");
    Diagnostic error = diagnostics.errors().get(0);
    assertEquals(6, error.line());
    assertEquals("unknown calculator 'nope'", error.message());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<script>alert(1)</script>|script|<script>",
      "<img src=\"x.png\" onerror=\"alert(1)\">|[onerror]|onerror=",
      "<a href=\"javascript:alert(1)\">x</a>|a[href^=javascript]|href=",
      "<iframe src=\"https://evil.example\"></iframe>|iframe|<iframe>",
      "<svg><script>alert(1)</script></svg>|svg, script|<svg>",
      "<p style=\"background:url(javascript:alert(1))\">x</p>|[style]|style="})
  void rawHtmlIsSanitisedWithAWarningNamingTheFile(String raw, String forbidden, String reported) {
    Document doc = html("앞 문단\n\n" + raw + "\n");
    assertTrue(doc.select(forbidden).isEmpty(), doc.html());
    Diagnostic warning = diagnostics.warnings().get(0);
    assertEquals("content/ko/guide/intro.md", warning.file());
    assertEquals(7, warning.line());
    assertTrue(warning.message().contains(reported), warning.message());
  }

  /**
   * The same vectors in the other places Markdown lets them in (inline HTML inside a paragraph, Markdown link and
   * image syntax, autolinks), with the usual obfuscations: none may reach the page as active content.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "텍스트 <script>alert(1)</script> 끝",
      "텍스트 <img src=x onerror=alert(1)> 끝",
      "텍스트 <b onmouseover=\"alert(1)\">굵게</b> 끝",
      "텍스트 <a href=\"javascript:alert(1)\">링크</a> 끝",
      "텍스트 <a href=\"JaVaScRiPt:alert(1)\">링크</a> 끝",
      "텍스트 <a href=\"java&#x09;script:alert(1)\">링크</a> 끝",
      "텍스트 <a href=\" javascript:alert(1)\">링크</a> 끝",
      "[링크](javascript:alert(1))",
      "[링크](JAVASCRIPT:alert(1) \"title\")",
      "[링크][ref]\n\n[ref]: javascript:alert(1)",
      "![그림](javascript:alert(1))",
      "<javascript:alert(1)>",
      "[링크](vbscript:msgbox(1))",
      "[링크](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
      "텍스트 <iframe src=\"https://evil.example\"></iframe> 끝",
      "<object data=\"x.swf\"></object>",
      "<embed src=\"x.swf\">",
      "<svg onload=\"alert(1)\"><circle r=\"1\"/></svg>",
      "<svg><a href=\"javascript:alert(1)\"><text>x</text></a></svg>",
      "<math><mtext><script>alert(1)</script></mtext></math>",
      "<style>p { background: url(javascript:alert(1)) }</style>",
      "<p style=\"width: expression(alert(1))\">x</p>",
      "텍스트 <span style=\"behavior: url(x.htc)\">x</span> 끝",
      "<form action=\"javascript:alert(1)\"><button>go</button></form>",
      "<button formaction=\"javascript:alert(1)\">go</button>",
      "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
      "<base href=\"https://evil.example/\">",
      "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">",
      "<details open ontoggle=\"alert(1)\"><summary>x</summary></details>",
      "<scr<script>ipt>alert(1)</script>",
      "<!-- --><script>alert(1)</script><!-- -->",
      "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>"})
  void hostileMarkdownNeverReachesThePageAsActiveContent(String markdown) {
    Document doc = html("앞 문단\n\n" + markdown.replace("\\n", "\n") + "\n");
    assertEquals(List.of(), activeContent(doc), doc.body().html());
  }

  @Test
  void bareAddressesMeanWhatTheTextShowsAndALoneSchemeIsText() {
    Document doc = html("주소 https://docs.example.com/ko\\_kr/guide.html 와 https://a.example/?b=1&c=2\n\n"
        + "스킴 종류: file://, http://, https:// 그리고 (http://)\n");
    assertEquals(List.of("https://docs.example.com/ko_kr/guide.html", "https://a.example/?b=1&c=2"),
        doc.select("a").eachAttr("href"));
    assertEquals("https://docs.example.com/ko_kr/guide.html", doc.selectFirst("a").text());
    assertEquals("스킴 종류: file://, http://, https:// 그리고 (http://)", doc.select("p").get(1).text());
  }

  @Test
  void linksWithOtherSchemesStayAsWrittenAndImagesMayBeData() {
    Document doc = html("[채널](irc://irc.example.org/kafka) [브로커](kafka://broker-1:9092) "
        + "<a href=\"ssh://ops@host\">접속</a>\n\n![점](data:image/png;base64,iVBORw0KGgo=)\n");
    assertEquals(List.of("irc://irc.example.org/kafka", "kafka://broker-1:9092", "ssh://ops@host"),
        doc.select("a").eachAttr("href"));
    assertEquals("data:image/png;base64,iVBORw0KGgo=", doc.selectFirst("img").attr("src"));
  }

  @Test
  void theActiveContentCheckSeesWhatTheSanitiserMustRemove() {
    Document doc = Jsoup.parseBodyFragment("<script></script><svg></svg><b onclick=x style=y>b</b>"
        + "<a href=\" Java\tScript:x\">a</a><img src=\"data:text/html,x\">");
    assertEquals(List.of("<script>", "<svg>", "onclick=", "style=", "href= Java\tScript:x", "src=data:text/html,x"),
        activeContent(doc));
  }

  private static List<String> activeContent(Document doc) {
    List<String> found = new java.util.ArrayList<>();
    doc.select("script, style, iframe, object, embed, svg, math, form, button[formaction], meta, base, link, noscript")
        .forEach(element -> found.add("<" + element.tagName() + ">"));
    for (org.jsoup.nodes.Element element : doc.getAllElements()) {
      for (org.jsoup.nodes.Attribute attribute : element.attributes()) {
        String url = attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(java.util.Locale.ROOT);
        if (attribute.getKey().startsWith("on") || attribute.getKey().equals("style")) {
          found.add(attribute.getKey() + "=");
        } else if (url.matches("^(javascript|vbscript|data:text).*")) {
          found.add(attribute.getKey() + "=" + attribute.getValue());
        }
      }
    }
    return found;
  }

  @Test
  void detailsAndSummaryAreKeptWithMarkdownInside() {
    Document doc = html("<details><summary>더 보기</summary>\n\n**굵게**\n\n</details>\n");
    assertEquals("더 보기", doc.select("details > summary").text());
    assertEquals("굵게", doc.select("details strong").text());
    assertTrue(diagnostics.all().isEmpty());
  }
}
