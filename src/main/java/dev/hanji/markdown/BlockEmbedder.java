package dev.hanji.markdown;

import dev.hanji.diagnostics.Diagnostics;
import java.util.Optional;

/**
 * Renders a fenced block whose info string names another stage's content, such as
 * {@code ```calculator} or {@code ```glossary}, into HTML that the page embeds as it is.
 */
public interface BlockEmbedder {

  /** The fence info string this embedder answers to. */
  String kind();

  /**
   * The HTML for one block.
   *
   * @param body        the block's text (for a calculator, its id)
   * @param page        the page being rendered
   * @param line        the file line of the opening fence
   * @param diagnostics where an error (such as an unknown calculator id) is reported
   * @return the HTML, or empty when an error was reported
   */
  Optional<String> embed(String body, PageContext page, int line, Diagnostics diagnostics);
}
