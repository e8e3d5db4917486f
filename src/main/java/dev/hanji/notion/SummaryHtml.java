package dev.hanji.notion;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Renders a toggle's title (one line of inline Markdown) to the HTML of its {@code <summary>}:
 * inside an HTML block Flexmark does not parse Markdown, so emphasis and code spans are rendered here.
 */
final class SummaryHtml {
  private static final MutableDataSet OPTIONS = new MutableDataSet();
  private static final Parser PARSER = Parser.builder(OPTIONS).build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();

  private SummaryHtml() {
  }

  static String of(String inlineMarkdown) {
    String html = RENDERER.render(PARSER.parse(inlineMarkdown));
    if (html.startsWith("<p>") && html.endsWith("</p>\n") && html.indexOf("<p>", 1) < 0) {
      return html.substring(3, html.length() - 5);
    }
    return escape(inlineMarkdown);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
