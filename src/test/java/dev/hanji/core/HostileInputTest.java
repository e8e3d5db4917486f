package dev.hanji.core;

import dev.hanji.diagnostics.BuildFailedException;
import dev.hanji.diagnostics.Diagnostic;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.hanji.output.SiteWriter;
import dev.hanji.testing.DiagnosticFormat;
import dev.hanji.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Random and hostile Markdown, front matter and calculator specs fed through the real pipeline: a build
 * either succeeds or throws {@link BuildFailedException} whose every diagnostic names a file, says what is
 * wrong and how to fix it. Any other exception or error (StackOverflowError included) fails the property.
 */
class HostileInputTest {

  private static final List<String> MARKDOWN_SNIPPETS = List.of(
      "# 제목", "## Heading with `code`", "###### h6", "#", "text 본문", "", "", "\t\tindented\ttabs",
      "```", "```java", "~~~", "````", "```calculator", "```calculator\nraid\n```", "```calculator\nnope\n```",
      "```glossary\n```", "```mermaid\ngraph\n```",
      "<div>", "</div>", "<details>", "<summary>요약</summary>", "</details>", "<!--", "-->", "<![CDATA[",
      "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>",
      "<iframe src=//evil></iframe>", "<svg><script>alert(1)</script></svg>", "<p style=\"x:expression(1)\">p</p>",
      "[link](missing.md)", "[anchor](#nowhere)", "[ext](http://exa mple.com)", "[ext](https://)", "[bad](htp:/x)",
      "[up](../../../../etc/passwd)", "![img](missing.png)", "[ref]: http://example.com", "[ref]", "<http://>",
      "[^1]", "[^1]: footnote", "[^x]: ", "!!! note", "!!! warning \"제목\"\n    body", "???+ tip",
      "| a | b |", "|---|---|", "| 1 | 2 |", "| open\ncell\ncontinued |", "|", "||", "| a |\n|--|\n| multi\n- item\n|",
      "- item", "* item", "+ item", "1. one", "• bullet", "- [ ] task", "- [x] done",
      "- toggle\n    # heading inside\n    body", "> quote", "> > nested", "---", "***", "___", "  ",
      "term\n: definition", "**bold", "_emph", "~~strike~~", "`code", "&#0;", "&#xD800;", "&nbsp;", "\\",
      "\u0000", "\u0007\u001b[31m", "\u200b\ufeff", "\u1112\u1161\u11ab", "\r", "\r\n", "\u2028");

  @Property(tries = 50, shrinking = ShrinkingMode.BOUNDED)
  void hostileMarkdownBuildsOrFailsWithDiagnostics(@ForAll("markdownBodies") String body) throws IOException {
    assertBuildsOrFailsCleanly(site -> TestSites.write(site, "content/ko/hostile.md", body));
  }

  @Property(tries = 60, shrinking = ShrinkingMode.BOUNDED)
  void hostileFrontMatterBuildsOrFailsWithDiagnostics(@ForAll("frontMatters") String page) throws IOException {
    assertBuildsOrFailsCleanly(site -> TestSites.write(site, "content/ko/hostile.md", page));
  }

  @Property(tries = 60, shrinking = ShrinkingMode.BOUNDED)
  void hostileCalculatorSpecsBuildOrFailWithDiagnostics(@ForAll("specs") String spec) throws IOException {
    assertBuildsOrFailsCleanly(site -> {
      TestSites.write(site, "content/calculators/t.yaml", spec);
      TestSites.write(site, "content/ko/calc.md", "# 계산\n\n```calculator\nt\n```\n");
    });
  }

  @Property(tries = 30, shrinking = ShrinkingMode.BOUNDED)
  void invalidBytesAreReportedWithTheirPlace(@ForAll("markdownBodies") String body,
                                             @ForAll("badBytes") byte[] bad) throws IOException {
    byte[] text = body.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[text.length + bad.length];
    int at = text.length / 2;
    System.arraycopy(text, 0, bytes, 0, at);
    System.arraycopy(bad, 0, bytes, at, bad.length);
    System.arraycopy(text, at, bytes, at + bad.length, text.length - at);
    assertBuildsOrFailsCleanly(site -> TestSites.writeBytes(site, "content/ko/hostile.md", bytes));
  }

  @Provide
  Arbitrary<String> markdownBodies() {
    Arbitrary<String> snippet = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(12, Arbitraries.of(MARKDOWN_SNIPPETS)),
        net.jqwik.api.Tuple.of(2, Arbitraries.strings().all().ofMaxLength(40)),
        net.jqwik.api.Tuple.of(2, Arbitraries.strings().withChars("|-*>#`[]()!<>:\\ \n\t~_").ofMaxLength(60)),
        net.jqwik.api.Tuple.of(1, deepNesting()),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1_000, 20_000).map("x"::repeat)));
    return snippet.list().ofMinSize(1).ofMaxSize(15)
        .flatMap(parts -> Arbitraries.of("\n", "\n\n", " ", "\r\n").map(separator -> String.join(separator, parts)));
  }

  /** Nesting deep enough to break naive recursion: lists, quotes, emphasis, brackets, HTML. */
  private static Arbitrary<String> deepNesting() {
    Arbitrary<Integer> depth = Arbitraries.integers().between(50, 400);
    return Combinators.combine(depth, Arbitraries.integers().between(0, 6)).as((n, kind) -> switch (kind) {
      case 0 -> nestedList(n);
      case 1 -> "> ".repeat(n) + "deep quote";
      case 2 -> "*".repeat(n) + "x" + "*".repeat(n);
      case 3 -> "[".repeat(n) + "x" + "]".repeat(n) + "(y)";
      case 4 -> "<div>".repeat(n) + "x" + "</div>".repeat(n);
      case 5 -> "<details><summary>s</summary>\n\n".repeat(n) + "x";
      default -> "(".repeat(n) + "[x](" + "(".repeat(n) + "a.md" + ")".repeat(n);
    });
  }

  private static String nestedList(int depth) {
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      list.append("  ".repeat(i)).append("- level ").append(i).append('\n');
    }
    return list.toString();
  }

  @Provide
  Arbitrary<byte[]> badBytes() {
    return Arbitraries.of(new byte[] {(byte) 0xff}, new byte[] {(byte) 0xc3}, new byte[] {(byte) 0xed, (byte) 0xa0,
        (byte) 0x80}, new byte[] {(byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xf8, 1, 2, 3, 4});
  }

  @Provide
  Arbitrary<String> frontMatters() {
    Arbitrary<String> line = Arbitraries.of(
        "title: 제목", "title: [1, 2]", "title: {a: b}", "title:", "title: ~", "title: 'unclosed",
        "weight: abc", "weight: 1e99", "weight: -2147483649", "weight: 3", "weight: [1]",
        "slug: ../../etc", "slug: ''", "slug: a/b", "slug: 'a b?#'", "slug: index", "slug: search",
        "aliases: [/]", "aliases: x", "aliases: [/ko/, /ko/]", "aliases: [/old/]", "aliases: [../../up]",
        "aliases: [/en/]", "aliases: [/search/]", "aliases: [//evil.example/]", "aliases: [http://x/]",
        "draft: maybe", "draft: true", "tags: {a: 1}", "description: \"a\\u0000b\"", "translationKey: x",
        "sourceHash: 0", "unknown: key", "\ttitle: tab", "  title: indented", "title: a\ntitle: b",
        "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b]",
        "title: &t 제목\ndescription: *t", "description: *nowhere", "<<: {title: merged}",
        "title: !!java.net.URL [http://x]", "? [complex, key]\n: value", "---", "...", "%YAML 1.2",
        "title: |\n  multi\n  line", "title: >-\n", "- a list", "'", "\"", "{", "[", ":", "#comment");
    Arbitrary<String> yaml = line.list().ofMaxSize(6).map(lines -> String.join("\n", lines));
    Arbitrary<Boolean> closed = Arbitraries.of(true, true, true, false);
    Arbitrary<String> body = Arbitraries.of("", "# 본문 제목\n", "본문\n\n[깨진](#없음)\n", "---\n", "\n");
    return Combinators.combine(yaml, closed, body).as((front, close, text) ->
        "---\n" + front + "\n" + (close ? "---\n" : "") + text);
  }

  private static final String SPEC_HEAD = TestSites.SPEC_HEAD + """
        - id: b
          label: {ko: 나, en: B}
          expr: >-
            %s
        - id: c
          label: {ko: 다, en: C}
          expr: >-
            %s
      """;

  @Provide
  Arbitrary<String> specs() {
    Arbitrary<String> expressions = expressions();
    Arbitrary<String> wellFormed = Combinators.combine(expressions, expressions)
        .as((b, c) -> SPEC_HEAD.formatted(b, c));
    Arbitrary<String> extra = Arbitraries.of(
        "errors:\n  - when: a / 0 > 1\n    message: {ko: 가, en: A}\n",
        "errors:\n  - when: 1\n    message: x\n", "warnings: [1, 2]\n", "presets: {}\n",
        "presets:\n  - label: {ko: 가, en: A}\n    values: {zz: 1, a: \"str\"}\n",
        "inputs: again\n", "outputs: []\n", "&a x: *a\n", "title: [\n", "\t- tab\n", "");
    return Combinators.combine(wellFormed, extra).as((spec, tail) -> spec + tail);
  }

  private static Arbitrary<String> expressions() {
    Arbitrary<String> atom = Arbitraries.of("a", "b", "c", "mode", "\"x\"", "\"y\"", "zz", "0", "1", "2.5",
        "1e308", "1e400", "-1e308", "9".repeat(400), "0.0000000000000000000001", "true", "NaN", "Infinity", "\"",
        "'", "@", "#", "$", "1..2", "1e", "", ",", "()", "if", "floor", "unknown()");
    Arbitrary<String> expression = Arbitraries.lazyOf(
        () -> atom,
        () -> atom,
        () -> Combinators.combine(expressionRef(), Arbitraries.of("+", "-", "*", "/", "^", "%", "==", "!=", "<",
            ">=", "and", "or", "**", "//", ""), expressionRef()).as((l, op, r) -> l + " " + op + " " + r),
        () -> expressionRef().map(e -> "(" + e + ")"),
        () -> expressionRef().map(e -> "-" + e),
        () -> expressionRef().map(e -> "not " + e),
        () -> Combinators.combine(Arbitraries.of("if", "floor", "ceil", "round", "min", "max", "sqrt", "log",
            "nope"), expressionRef().list().ofMaxSize(4)).as((f, args) -> f + "(" + String.join(", ", args) + ")"));
    Arbitrary<String> deep = Combinators.combine(Arbitraries.integers().between(100, 20_000),
        Arbitraries.of("(", "-", "not ", "floor(", "1 + ", "2 ^ ")).as((n, open) ->
        open.repeat(n) + "1" + (open.endsWith("(") ? ")".repeat(n) : ""));
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, expression), net.jqwik.api.Tuple.of(1, deep),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("c", "b + 1", "(((1)")));
  }

  private static Arbitrary<String> expressionRef() {
    return Arbitraries.lazy(HostileInputTest::expressionsShallow);
  }

  /** Sub-expressions: the same grammar, kept shallow so generated trees stay small. */
  private static Arbitrary<String> expressionsShallow() {
    return Arbitraries.recursive(() -> Arbitraries.of("a", "b", "c", "zz", "1", "0", "\"x\"", "1e400"),
        inner -> Combinators.combine(inner, Arbitraries.of("+", "/", "^", "==", "and", ""), inner)
            .as((l, op, r) -> "(" + l + " " + op + " " + r + ")"), 0, 4);
  }

  /** Writes the hostile files into a fresh minimal site and builds it. */
  private static void assertBuildsOrFailsCleanly(SiteContent content) throws IOException {
    Path dir = Files.createTempDirectory("hanji-hostile-");
    try {
      BuildOptions options = TestSites.minimalSite(dir);
      content.writeInto(dir);
      try {
        BuildResult result = SiteGenerator.build(options);
        DiagnosticFormat.assertAllWellFormed(result.diagnostics());
      } catch (BuildFailedException e) {
        assertFalse(e.diagnostics().stream().noneMatch(Diagnostic::isError), "a failed build names an error");
        DiagnosticFormat.assertAllWellFormed(e.diagnostics());
      }
    } finally {
      SiteWriter.deleteTree(dir);
    }
  }

  /** Writes hostile files into a test site folder. */
  @FunctionalInterface
  private interface SiteContent {
    void writeInto(Path site);
  }
}
