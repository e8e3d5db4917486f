package dev.hanji.sources;

import java.util.List;
import java.util.Objects;

/**
 * The site's Korean ↔ English term pairs, read from {@code content/glossary.yaml}. The glossary
 * page renders them and search uses them to expand queries across languages.
 *
 * @param terms the terms in the order the file lists them
 */
public record Glossary(List<Term> terms) {

  public Glossary {
    terms = List.copyOf(terms);
  }

  /** A glossary with no terms, for sites without a glossary file. */
  public static Glossary empty() {
    return new Glossary(List.of());
  }

  /**
   * One term.
   *
   * @param id            ASCII anchor id on the glossary page ({@code glossary/#<id>})
   * @param ko            the Korean term
   * @param en            the English term
   * @param koDescription one line in Korean
   * @param enDescription one line in English
   * @param koAliases     other Korean spellings readers type
   * @param enAliases     other English spellings readers type
   */
  public record Term(String id, String ko, String en, String koDescription, String enDescription,
                     List<String> koAliases, List<String> enAliases) {
    public Term {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(ko, "ko");
      Objects.requireNonNull(en, "en");
      koDescription = koDescription == null ? "" : koDescription;
      enDescription = enDescription == null ? "" : enDescription;
      koAliases = koAliases == null ? List.of() : List.copyOf(koAliases);
      enAliases = enAliases == null ? List.of() : List.copyOf(enAliases);
    }

    /** The term in a language ({@code "ko"} or {@code "en"}). */
    public String in(String lang) {
      return "en".equals(lang) ? en : ko;
    }

    /** The one-line description in a language. */
    public String descriptionIn(String lang) {
      return "en".equals(lang) ? enDescription : koDescription;
    }
  }
}
