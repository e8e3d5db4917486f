package dev.hanji.sources;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The YAML block at the top of a page, between {@code ---} lines. Every key is optional. Keys other site
 * generators write are accepted: Jekyll's, Hugo's, Docusaurus's and Obsidian's that mean the same as one here
 * ({@code summary}, Jekyll's {@code excerpt}, {@code nav_order}, {@code sidebar_position}, {@code published: false},
 * {@code permalink}, {@code url}, {@code tags}, {@code categories}) count as it; the rest ({@link #OTHER_TOOLS_KEYS}, and any other) are ignored, unless a key is a
 * likely typo of a known one ({@code wieght}), which is an error with "did you mean".
 *
 * @param title          page title; defaults to the first {@code #} heading, else the file name
 * @param description    one sentence for the meta description and Open Graph
 * @param weight         order in navigation (lower first); pages without one follow, by file name
 * @param slug           last URL segment instead of the file name
 * @param draft          built only with {@code -Dsite.drafts=true}
 * @param aliases        old URLs (site-relative) that redirect here
 * @param translationKey pairs pages across languages whose file names differ
 * @param sourceHash     on a translation: the hash of the source-language body it translates
 * @param toc            whether the page shows its table of contents ({@code toc: false} hides it)
 * @param tags           the page's tags, from {@code tags}, {@code tag}, {@code categories} and {@code category}
 *                       (each a list or a string of names separated by commas, else by spaces), NFC, without a
 *                       leading {@code #}, each once, in the order written
 */
public record FrontMatter(String title, String description, Integer weight, String slug, boolean draft,
                          List<String> aliases, String translationKey, String sourceHash, boolean toc,
                          List<String> tags) {

  /** Keys of other generators that mean nothing here yet: accepted, and known to the typo check. */
  public static final Set<String> OTHER_TOOLS_KEYS = Set.of("layout", "date", "lastmod", "last_modified_at",
      "author", "authors", "cssclasses", "cssclass", "comments", "math",
      "mermaid", "pin", "image", "keywords", "hidden", "type", "sidebar_label", "id", "hide", "icon",
      "toc_sticky", "render_with_liquid", "publishDate", "expiryDate", "linkTitle", "menu", "parent", "has_children",
      "nav_exclude", "created", "updated", "modified", "share", "related");

  public FrontMatter {
    title = blankToNull(title);
    description = blankToNull(description);
    slug = blankToNull(slug);
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    translationKey = blankToNull(translationKey);
    sourceHash = blankToNull(sourceHash);
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  @JsonCreator
  static FrontMatter fromYaml(@JsonProperty("title") String title, @JsonProperty("description") String description,
                              @JsonProperty("weight") Integer weight, @JsonProperty("slug") String slug,
                              @JsonProperty("draft") Boolean draft, @JsonProperty("aliases") List<String> aliases,
                              @JsonProperty("translationKey") String translationKey,
                              @JsonProperty("sourceHash") String sourceHash,
                              @JsonProperty("summary") String summary, @JsonProperty("nav_order") Integer navOrder,
                              @JsonProperty("sidebar_position") Integer sidebarPosition,
                              @JsonProperty("published") Boolean published, @JsonProperty("toc") Boolean toc,
                              @JsonProperty("permalink") String permalink, @JsonProperty("url") String url,
                              @JsonProperty("tags") Object tags, @JsonProperty("tag") Object tag,
                              @JsonProperty("categories") Object categories,
                              @JsonProperty("category") Object category, @JsonProperty("excerpt") String excerpt) {
    List<String> allAliases = new ArrayList<>(aliases == null ? List.of() : aliases);
    Stream.of(permalink, url).filter(Objects::nonNull).forEach(allAliases::add);
    String written = Stream.of(description, summary, excerpt).map(FrontMatter::blankToNull).filter(Objects::nonNull)
        .findFirst().orElse(null);
    return new FrontMatter(title, written,
        firstNonNull(weight, navOrder, sidebarPosition), slug,
        Boolean.TRUE.equals(draft) || Boolean.FALSE.equals(published), allAliases, translationKey, sourceHash,
        !Boolean.FALSE.equals(toc), TagNames.of(tags, tag, categories, category));
  }

  /** Front matter of a page that has none. */
  public static FrontMatter none() {
    return new FrontMatter(null, null, null, null, false, null, null, null, true, List.of());
  }

  private static Integer firstNonNull(Integer... values) {
    return Stream.of(values).filter(Objects::nonNull).findFirst().orElse(null);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
