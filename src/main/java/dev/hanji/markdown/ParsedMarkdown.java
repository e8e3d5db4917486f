package dev.hanji.markdown;

import com.vladsch.flexmark.util.ast.Document;
import java.util.List;
import java.util.Optional;

/**
 * A page body parsed but not yet rendered: the model needs its title before every page's URL is known,
 * and rendering needs every URL.
 *
 * @param document   Flexmark's syntax tree (without the leading heading it took the title from); null once dropped
 *                   ({@link #withoutTree()})
 * @param firstTitle the text of the leading level-1 heading, if the body started with one and it left the body
 * @param tooComplex whether the parser gave up (nesting too deep); the document is then empty and rendering
 *                   reports the page
 * @param tags       the Obsidian tags written in the body ({@code #카프카}), each once, in order
 */
public record ParsedMarkdown(Document document, Optional<String> firstTitle, boolean tooComplex, List<String> tags) {

  public ParsedMarkdown {
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  /**
   * The same parse without its tree, for a build that parses the body again when it renders it: a tree is many
   * times the size of its text, and a large site's trees do not fit in memory together.
   */
  public ParsedMarkdown withoutTree() {
    return new ParsedMarkdown(null, firstTitle, tooComplex, tags);
  }

  /**
   * The id the leading heading would have had in the body, so that links to it ({@code tcp.md#tcp}) still land on
   * the page's title; empty when the body did not start with one.
   */
  public String firstTitleId() {
    return firstTitle.map(MarkdownRenderer::headingId).orElse("");
  }

  /** Whether the tree is still here (see {@link #withoutTree()}). */
  public boolean hasTree() {
    return document != null;
  }
}
