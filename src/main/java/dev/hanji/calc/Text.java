package dev.hanji.calc;

/** A piece of text in both site languages; a language-neutral text has the same value twice. */
record Text(String ko, String en) {

  static Text neutral(String text) {
    return new Text(text, text);
  }

  /** The text for a page language ({@code "ko"} or {@code "en"}). */
  String in(String lang) {
    return "en".equals(lang) ? en : ko;
  }
}
