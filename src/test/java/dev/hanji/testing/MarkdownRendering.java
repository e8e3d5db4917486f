package dev.hanji.testing;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Renders Markdown the plain way (Flexmark CommonMark + GFM tables) and reads test resources. */
public final class MarkdownRendering {
  private static final MutableDataSet OPTIONS = new MutableDataSet()
      .set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
  private static final Parser PARSER = Parser.builder(OPTIONS).build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();

  private MarkdownRendering() {
  }

  /** The HTML Flexmark renders for the Markdown. */
  public static String html(String markdown) {
    return RENDERER.render(PARSER.parse(markdown));
  }

  /** The rendered Markdown as a jsoup body fragment. */
  public static Document document(String markdown) {
    return Jsoup.parseBodyFragment(html(markdown));
  }

  /**
   * The text of every code block of a Markdown page (fenced and indented), as CommonMark defines it, skipping
   * fences whose info string is one of {@code embedded} (they become widgets, not code).
   */
  public static List<String> codeBlocks(String markdown, java.util.Set<String> embedded) {
    List<String> blocks = new java.util.ArrayList<>();
    for (Node node : PARSER.parse(markdown).getDescendants()) {
      if (node instanceof FencedCodeBlock fence && !embedded.contains(fence.getInfo().toString().trim())) {
        blocks.add(fence.getContentChars().normalizeEOL());
      } else if (node instanceof IndentedCodeBlock indented) {
        blocks.add(indented.getContentChars().normalizeEOL());
      }
    }
    return blocks;
  }

  /** A UTF-8 classpath resource relative to the given class. */
  public static String resource(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
