package dev.hanji.core;

import dev.hanji.diagnostics.Diagnostics;
import dev.hanji.calc.Calculators;
import dev.hanji.markdown.BlockEmbedder;
import dev.hanji.markdown.PageContext;
import dev.hanji.sources.Glossary;
import java.util.Optional;
import org.jsoup.nodes.Entities;

/** The fenced blocks other stages fill in: {@code ```calculator} and {@code ```glossary}. */
final class Embedders {
  private Embedders() {
  }

  /** {@code ```calculator} with a calculator id as its body: the calculator's widget. */
  static BlockEmbedder calculators(Calculators calculators) {
    return new BlockEmbedder() {
      @Override
      public String kind() {
        return "calculator";
      }

      @Override
      public Optional<String> embed(String body, PageContext page, int line, Diagnostics diagnostics) {
        if (!calculators.contains(body)) {
          diagnostics.error(page.displayPath(), line, 1, "unknown calculator '" + body + "'",
              calculators.ids().isEmpty() ? "add a spec file under content/calculators/"
                  : "use one of: " + String.join(", ", calculators.ids()));
          return Optional.empty();
        }
        return Optional.of("<div data-search-ignore>" + calculators.renderHtml(body, page.lang()) + "</div>");
      }
    };
  }

  /** {@code ```glossary}: the glossary as a table, one row per term, each row an anchor. */
  static BlockEmbedder glossary(Glossary glossary) {
    return new BlockEmbedder() {
      @Override
      public String kind() {
        return "glossary";
      }

      @Override
      public Optional<String> embed(String body, PageContext page, int line, Diagnostics diagnostics) {
        String lang = page.lang();
        String other = lang.equals("en") ? "ko" : "en";
        StringBuilder html = new StringBuilder("<table class=\"glossary\">\n<thead><tr>")
            .append(header(page, "glossary.term")).append(header(page, "glossary.counterpart"))
            .append(header(page, "glossary.description")).append("</tr></thead>\n<tbody>\n");
        for (Glossary.Term term : glossary.terms()) {
          html.append("<tr id=\"").append(Entities.escape(term.id())).append("\"><th scope=\"row\">")
              .append(Entities.escape(term.in(lang))).append("</th><td lang=\"").append(other).append("\">")
              .append(Entities.escape(term.in(other))).append("</td><td>")
              .append(Entities.escape(term.descriptionIn(lang))).append("</td></tr>\n");
        }
        return Optional.of(html.append("</tbody>\n</table>").toString());
      }

      private String header(PageContext page, String key) {
        return "<th scope=\"col\">" + Entities.escape(page.messages().apply(key)) + "</th>";
      }
    };
  }
}
