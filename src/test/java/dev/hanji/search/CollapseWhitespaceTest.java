package dev.hanji.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** Search text is collapsed as the regex {@code \s+} → one space, then {@link String#strip()}, did. */
class CollapseWhitespaceTest {
  @Property
  void collapsesAsTheRegexDid(@ForAll @StringLength(max = 16) @Chars({'a', '한', ' ', '\t', '\n', '\r', '\f',
      '\u000B', '\u00A0', '\u2003', '\u001C'}) String text) {
    assertEquals(text.replaceAll("\\s+", " ").strip(), SearchIndexWriter.collapseWhitespace(text));
  }
}
