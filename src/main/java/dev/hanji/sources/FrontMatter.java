package dev.hanji.sources;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The YAML block at the top of a page, between {@code ---} lines. Every key is optional. Keys other site
 * generators write are accepted: Jekyll's, Hugo's, Docusaurus's and Obsidian's that mean the same as one here
 * ({@code summary}, Jekyll's {@code excerpt}, {@code nav_order}, {@code sidebar_position}, {@code published:
 * false}, {@code permalink}, {@code url}, {@code last_modified_at}, {@code tags}, {@code categories}) count as it;
 * the rest ({@link #OTHER_TOOLS_KEYS}, and any other) are ignored, unless a key is a likely typo of a known one
 * ({@code wieght}), which is an error with "did you mean".
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
 * @param date           when the page was published, as written ({@link #published()} reads it)
 * @param lastmod        when the page last changed, as written ({@code last_modified_at} in Jekyll); wins over the
 *                       date of the last commit that touched the file ({@link #modified()} reads it)
 * @param permalinks     the page's URLs under another generator ({@code permalink}, {@code url}): they redirect
 *                       here when they are plain paths, and are ignored with a warning when they are patterns
 * @param tags           the page's tags, from {@code tags}, {@code tag}, {@code categories} and {@code category}
 *                       (each a list or a string of names separated by commas, else by spaces), NFC, without a
 *                       leading {@code #}, each once, in the order written
 */
public record FrontMatter(String title, String description, Integer weight, String slug, boolean draft,
                          List<String> aliases, String translationKey, String sourceHash, boolean toc, String date,
                          String lastmod, List<String> permalinks, List<String> tags) {

  /** Keys of other generators that mean nothing here yet: accepted, and known to the typo check. */
  public static final Set<String> OTHER_TOOLS_KEYS = Set.of("layout", "author", "authors", "cssclasses", "cssclass",
      "comments", "math", "mermaid", "pin", "image", "keywords", "hidden", "type", "sidebar_label", "id", "hide",
      "icon",
      "toc_sticky", "render_with_liquid", "publishDate", "expiryDate", "linkTitle", "menu", "parent", "has_children",
      "nav_exclude", "created", "updated", "modified", "share", "related");

  public FrontMatter {
    title = blankToNull(title);
    description = blankToNull(description);
    slug = blankToNull(slug);
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    permalinks = permalinks == null ? List.of() : List.copyOf(permalinks);
    translationKey = blankToNull(translationKey);
    sourceHash = blankToNull(sourceHash);
    date = blankToNull(date);
    lastmod = blankToNull(lastmod);
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
                              @JsonProperty("date") String date, @JsonProperty("lastmod") String lastmod,
                              @JsonProperty("last_modified_at") String lastModifiedAt,
                              @JsonProperty("tags") Object tags, @JsonProperty("tag") Object tag,
                              @JsonProperty("categories") Object categories,
                              @JsonProperty("category") Object category, @JsonProperty("excerpt") String excerpt) {
    String written = Stream.of(description, summary, excerpt).map(FrontMatter::blankToNull).filter(Objects::nonNull)
        .findFirst().orElse(null);
    return new FrontMatter(title, written, firstNonNull(weight, navOrder, sidebarPosition), slug,
        Boolean.TRUE.equals(draft) || Boolean.FALSE.equals(published), aliases, translationKey, sourceHash,
        !Boolean.FALSE.equals(toc), date, blankToNull(lastmod) != null ? lastmod : lastModifiedAt,
        Stream.of(permalink, url).filter(Objects::nonNull).toList(), TagNames.of(tags, tag, categories, category));
  }

  /** The same front matter with one more alias (in canonical form, {@code old/path/}). */
  public FrontMatter withAlias(String alias) {
    List<String> more = Stream.concat(aliases.stream(), Stream.of(alias)).toList();
    return new FrontMatter(title, description, weight, slug, draft, more, translationKey, sourceHash, toc, date,
        lastmod, permalinks, tags);
  }

  /** Front matter of a page that has none. */
  public static FrontMatter none() {
    return new FrontMatter(null, null, null, null, false, null, null, null, true, null, null, null, List.of());
  }

  /** The publication date, if {@code date} is written and reads as one. */
  public Optional<PageDate> published() {
    return date == null ? Optional.empty() : PageDate.parse(date);
  }

  /** The last change, if {@code lastmod} is written and reads as one. */
  public Optional<PageDate> modified() {
    return lastmod == null ? Optional.empty() : PageDate.parse(lastmod);
  }

  private static Integer firstNonNull(Integer... values) {
    return Stream.of(values).filter(Objects::nonNull).findFirst().orElse(null);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
