package dev.hanji.sources;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The YAML block at the top of a page, between {@code ---} lines. Every key is optional; an unknown
 * key is an error, so that a misspelt {@code wieght} does not silently do nothing.
 *
 * @param title          page title; defaults to the first {@code #} heading, else the file name
 * @param description    one sentence for the meta description and Open Graph
 * @param weight         order in navigation (lower first); pages without one follow, by file name
 * @param slug           last URL segment instead of the file name
 * @param draft          built only with {@code -Dsite.drafts=true}
 * @param aliases        old URLs (site-relative) that redirect here
 * @param translationKey pairs pages across languages whose file names differ
 * @param sourceHash     on a translation: the hash of the source-language body it translates
 */
public record FrontMatter(String title, String description, Integer weight, String slug, boolean draft,
                          List<String> aliases, String translationKey, String sourceHash) {

  public FrontMatter {
    title = blankToNull(title);
    description = blankToNull(description);
    slug = blankToNull(slug);
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    translationKey = blankToNull(translationKey);
    sourceHash = blankToNull(sourceHash);
  }

  @JsonCreator
  static FrontMatter fromYaml(@JsonProperty("title") String title, @JsonProperty("description") String description,
                              @JsonProperty("weight") Integer weight, @JsonProperty("slug") String slug,
                              @JsonProperty("draft") Boolean draft, @JsonProperty("aliases") List<String> aliases,
                              @JsonProperty("translationKey") String translationKey,
                              @JsonProperty("sourceHash") String sourceHash) {
    return new FrontMatter(title, description, weight, slug, Boolean.TRUE.equals(draft), aliases, translationKey,
        sourceHash);
  }

  /** Front matter of a page that has none. */
  public static FrontMatter none() {
    return new FrontMatter(null, null, null, null, false, null, null, null);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
