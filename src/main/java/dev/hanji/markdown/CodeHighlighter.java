package dev.hanji.markdown;

import static io.noties.prism4j.Prism4j.pattern;
import static io.noties.prism4j.Prism4j.token;
import static java.util.regex.Pattern.MULTILINE;
import static java.util.regex.Pattern.compile;

import io.noties.prism4j.AbsVisitor;
import io.noties.prism4j.GrammarLocator;
import io.noties.prism4j.Prism4j;
import io.noties.prism4j.annotations.PrismBundle;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Entities;

/**
 * Highlights fenced code at build time, so pages ship coloured code without a client-side highlighter.
 *
 * <p>Prism4j was chosen because it runs Prism's grammars in plain Java (no JavaScript engine, no
 * native code), is on Maven Central, and yields a token tree we print as {@code <span class="token ...">},
 * the class names every Prism theme knows. Its bundler (an annotation processor) copies the grammars we
 * name into the build; shell and Java properties, which it lacks, are defined here in the same style.
 */
@PrismBundle(include = {"clike", "java", "json", "yaml", "markup", "kotlin", "sql", "python", "javascript",
    "css", "go"}, grammarLocatorClassName = ".BundledGrammars")
final class CodeHighlighter {
  private static final Map<String, String> ALIASES = Map.ofEntries(
      Map.entry("sh", "bash"), Map.entry("shell", "bash"), Map.entry("console", "bash"),
      Map.entry("zsh", "bash"), Map.entry("xml", "markup"), Map.entry("html", "markup"),
      Map.entry("svg", "markup"), Map.entry("yml", "yaml"), Map.entry("js", "javascript"),
      Map.entry("conf", "properties"), Map.entry("ini", "properties"), Map.entry("py", "python"),
      Map.entry("kt", "kotlin"));

  private final Prism4j prism = new Prism4j(new Grammars());

  /** The canonical language name for a fence's info string, or empty when unknown. */
  String languageOf(String info) {
    String name = info.trim().toLowerCase(Locale.ROOT);
    String canonical = ALIASES.getOrDefault(name, name);
    return prism.grammar(canonical) == null ? "" : canonical;
  }

  /** The code as escaped HTML with token spans; plain escaped text for an unknown language. */
  String highlight(String code, String language) {
    Prism4j.Grammar grammar = language.isEmpty() ? null : prism.grammar(language);
    if (grammar == null || code.isEmpty()) {
      return Entities.escape(code);
    }
    StringBuilder html = new StringBuilder(code.length() * 2);
    try {
      new HtmlVisitor(html).visit(prism.tokenize(code, grammar));
    } catch (RuntimeException e) {
      // Prism4j has internal errors on some inputs (e.g. an empty block); colour is optional, the code is not.
      return Entities.escape(code);
    }
    return html.toString();
  }

  /** Prints Prism's token tree as nested spans. */
  private static final class HtmlVisitor extends AbsVisitor {
    private final StringBuilder html;

    HtmlVisitor(StringBuilder html) {
      this.html = html;
    }

    @Override
    protected void visitText(Prism4j.Text text) {
      html.append(Entities.escape(text.literal()));
    }

    @Override
    protected void visitSyntax(Prism4j.Syntax syntax) {
      html.append("<span class=\"token ").append(syntax.type());
      if (syntax.alias() != null) {
        html.append(' ').append(syntax.alias());
      }
      html.append("\">");
      visit(syntax.children());
      html.append("</span>");
    }
  }

  /** The bundled Prism grammars plus the two this project defines. */
  private static final class Grammars implements GrammarLocator {
    private final GrammarLocator bundled = new BundledGrammars();
    private final Prism4j.Grammar bash = bash();
    private final Prism4j.Grammar properties = properties();

    @Override
    public Prism4j.Grammar grammar(Prism4j prism4j, String language) {
      return switch (language) {
        case "bash" -> bash;
        case "properties" -> properties;
        default -> bundled.grammar(prism4j, language);
      };
    }

    @Override
    public Set<String> languages() {
      Set<String> all = new TreeSet<>(bundled.languages());
      all.add("bash");
      all.add("properties");
      return all;
    }

    private static Prism4j.Grammar bash() {
      return Prism4j.grammar("bash",
          token("comment", pattern(compile("(^|[^\"{\\\\$])#.*"), true)),
          token("string", pattern(compile("\"(?:\\\\.|[^\"\\\\])*\"|'[^']*'"), false, true)),
          token("variable", pattern(compile("\\$\\{[^}]+\\}|\\$[A-Za-z_][A-Za-z0-9_]*|\\$[0-9#?@*!$-]"))),
          token("function", pattern(compile(
              "(^|[\\s;|&]|\\$\\()(?:sudo|cd|echo|export|cat|grep|sed|awk|ls|mkdir|rm|cp|mv|chmod|chown|mount|umount"
                  + "|mkfs\\.(?:xfs|ext4)|mkfs|xfs_growfs|xfs_fsr|resize2fs|fsck|tune2fs|df|du|free|vmstat|iostat"
                  + "|sysctl|systemctl|java|mvn|kafka-[a-z-]+(?:\\.sh)?|bin/kafka-[a-z-]+\\.sh|curl|tar|ulimit)"
                  + "(?=$|[\\s;|&)])", MULTILINE), true)),
          token("keyword", pattern(compile(
              "(^|[\\s;|&])(?:if|then|else|elif|fi|for|while|in|do|done|case|esac|function|return|local)"
                  + "(?=$|[\\s;|&])", MULTILINE), true)),
          token("parameter", pattern(compile("(^|\\s)--?[A-Za-z0-9][\\w.-]*(?:=\\S*)?"), true)),
          token("number", pattern(compile("\\b\\d+(?:\\.\\d+)?[kKmMgGtT]?\\b"))),
          token("operator", pattern(compile("&&|\\|\\||[|&;<>]=?|>>"))));
    }

    private static Prism4j.Grammar properties() {
      return Prism4j.grammar("properties",
          token("comment", pattern(compile("^[ \\t]*[#!].*$", MULTILINE))),
          token("attr-value", pattern(compile("(^[ \\t]*(?:\\\\.|[^\\\\\\s:=])+?(?:[ \\t]*[=:][ \\t]*|[ \\t]+))"
              + "(?:\\\\(?:\\r\\n|[\\s\\S])|[^\\\\\\r\\n])+", MULTILINE), true)),
          token("attr-name", pattern(compile("^[ \\t]*(?:\\\\.|[^\\\\\\s:=])+?(?=[ \\t]*[=:]|[ \\t])", MULTILINE))),
          token("punctuation", pattern(compile("[=:]"))));
    }
  }
}
