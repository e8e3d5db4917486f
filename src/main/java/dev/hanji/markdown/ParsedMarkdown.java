package dev.hanji.markdown;

import com.vladsch.flexmark.util.ast.Document;
import java.util.Optional;

/**
 * A page body parsed but not yet rendered: the model needs its title before every page's URL is known,
 * and rendering needs every URL.
 *
 * @param document   Flexmark's syntax tree (without the leading title heading)
 * @param firstTitle the text of the leading level-1 heading, if the body started with one
 * @param tooComplex whether the parser gave up (nesting too deep); the document is then empty and rendering
 *                   reports the page
 */
public record ParsedMarkdown(Document document, Optional<String> firstTitle, boolean tooComplex) {
}
