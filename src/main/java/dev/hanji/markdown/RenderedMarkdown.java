package dev.hanji.markdown;

import java.util.List;
import java.util.Set;

/**
 * A page body rendered to safe HTML, with what later stages need to know about it.
 *
 * @param html        sanitised body HTML
 * @param headings    every heading with its id, in document order
 * @param anchors     links to headings of other pages (or this one), to check once every page is rendered
 * @param embeds      the kinds of embedded blocks used ({@code calculator}, {@code glossary}, {@link #MERMAID})
 * @param links       every link written in the body (Markdown or raw HTML), with its source position
 */
public record RenderedMarkdown(String html, List<Heading> headings, List<AnchorLink> anchors, Set<String> embeds,
                               List<WrittenLink> links) {
  /** The embed kind of a Mermaid diagram ({@code ```mermaid}): a page that has one loads the diagram script. */
  public static final String MERMAID = "mermaid";

  /**
   * A link as written in the page's source, so the link checker can point a broken link at its line.
   *
   * @param line    file line of the link (of its HTML block, for raw HTML)
   * @param column  column of the link
   * @param written the link as written, for messages
   * @param href    the link as it appears in the generated HTML
   * @param problem what the Markdown stage found wrong with it (a link to a missing page), or empty
   * @param hint    how to fix that problem, or empty
   */
  public record WrittenLink(int line, int column, String written, String href, String problem, String hint) {

    /** Whether the Markdown stage already knows the link is broken; the link checker reports it. */
    public boolean broken() {
      return !problem.isEmpty();
    }
  }

  /**
   * A heading of the page.
   *
   * @param level 1 to 6
   * @param id    its anchor id (GitHub style, Hangul kept)
   * @param text  its plain text
   */
  public record Heading(int level, String id, String text) {
  }

  /**
   * A link with a {@code #fragment} to a page of the site, written in Markdown.
   *
   * @param line       file line of the link
   * @param column     column of the link
   * @param targetUrl  the target page's URL relative to the site root
   * @param fragment   the heading id it points at
   * @param written    the link as written, for messages
   */
  public record AnchorLink(int line, int column, String targetUrl, String fragment, String written) {
  }
}
