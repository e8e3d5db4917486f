package dev.hanji.sources;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.hanji.diagnostics.Diagnostics;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The site's settings from {@code content/site.yaml}, with the {@code -Dsite.*} overrides applied:
 * languages (the first is the default and is served at the root), titles and descriptions per language,
 * base URL, repository URL for "edit this page" links, extra navigation links and an optional CNAME.
 *
 * @param languages     language codes, default first (e.g. {@code [ko, en]})
 * @param baseUrl       absolute URL the site is published at, ending in {@code /}; empty when unknown
 * @param repositoryUrl web URL of the source repository; empty for none
 * @param editBranch    branch that "edit this page" links point to
 * @param title         site title per language
 * @param description   site description per language
 * @param links         extra navigation links
 * @param cname         custom domain written to {@code CNAME}; empty for none
 */
public record SiteSettings(List<String> languages, String baseUrl, String repositoryUrl, String editBranch,
                           Map<String, String> title, Map<String, String> description, List<Link> links,
                           String cname) {

  /** File name of the settings under the content folder. */
  public static final String FILE_NAME = "site.yaml";

  @JsonCreator
  public SiteSettings(@JsonProperty("languages") List<String> languages, @JsonProperty("baseUrl") String baseUrl,
                      @JsonProperty("repositoryUrl") String repositoryUrl,
                      @JsonProperty("editBranch") String editBranch,
                      @JsonProperty("title") Map<String, String> title,
                      @JsonProperty("description") Map<String, String> description,
                      @JsonProperty("links") List<Link> links, @JsonProperty("cname") String cname) {
    this.languages = languages == null || languages.isEmpty() ? List.of("ko", "en") : List.copyOf(languages);
    this.baseUrl = normaliseBaseUrl(baseUrl);
    this.repositoryUrl = repositoryUrl == null ? "" : repositoryUrl.replaceAll("/+$", "");
    this.editBranch = editBranch == null || editBranch.isBlank() ? "main" : editBranch;
    this.title = title == null ? Map.of() : Map.copyOf(title);
    this.description = description == null ? Map.of() : Map.copyOf(description);
    this.links = links == null ? List.of() : List.copyOf(links);
    this.cname = cname == null ? "" : cname.trim();
  }

  /**
   * An extra navigation link, labelled per language.
   *
   * @param label label per language
   * @param url   absolute URL
   */
  public record Link(@JsonProperty("label") Map<String, String> label, @JsonProperty("url") String url) {
    public Link {
      label = label == null ? Map.of() : Map.copyOf(label);
      url = url == null ? "" : url;
    }
  }

  /** The default language: the first listed. */
  public String defaultLanguage() {
    return languages.get(0);
  }

  /** The site title in a language, falling back to the default language's. */
  public String titleIn(String lang) {
    return title.getOrDefault(lang, title.getOrDefault(defaultLanguage(), "Hanji"));
  }

  /** The site description in a language, falling back to the default language's. */
  public String descriptionIn(String lang) {
    return description.getOrDefault(lang, description.getOrDefault(defaultLanguage(), ""));
  }

  /**
   * The absolute path the site lives under: {@code /kafka-docs/} for {@code https://user.github.io/kafka-docs/},
   * {@code /} without a base URL or when it has no usable path. Pages served at any depth (404) link with it.
   */
  public String basePath() {
    String path;
    try {
      path = baseUrl.isEmpty() ? null : java.net.URI.create(baseUrl).getRawPath();
    } catch (IllegalArgumentException e) {
      path = null;
    }
    if (path == null || path.isEmpty()) {
      return "/";
    }
    return path.endsWith("/") ? path : path + "/";
  }

  /** Whether pages can link to their source files. */
  public boolean hasRepository() {
    return !repositoryUrl.isEmpty();
  }

  /**
   * Reads the settings file, then applies overrides: {@code baseUrl}, {@code repositoryUrl},
   * {@code editBranch}, {@code cname}, {@code title.<lang>}, {@code description.<lang>}.
   */
  public static SiteSettings read(String yaml, String file, Map<String, String> overrides, Diagnostics diagnostics) {
    SiteSettings read = YamlReader.read(yaml, SiteSettings.class, file, 1, diagnostics)
        .orElseGet(() -> new SiteSettings(null, null, null, null, null, null, null, null));
    return read.overriddenBy(overrides);
  }

  /**
   * {@link #read Reads} the settings and checks the values every page carries ({@code baseUrl},
   * {@code repositoryUrl}, {@code cname}), reporting a bad one at its value in {@code file} or at the option of
   * {@code options} that set it.
   */
  public static SiteSettings readChecked(String yaml, String file, SiteOverrides options, Diagnostics diagnostics) {
    SiteSettings settings = read(yaml, file, options.values(), diagnostics);
    SettingsCheck.check(settings, yaml, file, options, diagnostics);
    return settings;
  }

  private SiteSettings overriddenBy(Map<String, String> overrides) {
    Map<String, String> titles = new TreeMap<>(title);
    Map<String, String> descriptions = new TreeMap<>(description);
    overrides.forEach((key, value) -> {
      if (key.startsWith("title.")) {
        titles.put(key.substring("title.".length()), value);
      } else if (key.startsWith("description.")) {
        descriptions.put(key.substring("description.".length()), value);
      }
    });
    return new SiteSettings(languages, overrides.getOrDefault("baseUrl", baseUrl),
        overrides.getOrDefault("repositoryUrl", repositoryUrl), overrides.getOrDefault("editBranch", editBranch),
        titles, descriptions, links, overrides.getOrDefault("cname", cname));
  }

  private static String normaliseBaseUrl(String url) {
    if (url == null || url.isBlank()) {
      return "";
    }
    String trimmed = url.trim();
    return trimmed.endsWith("/") ? trimmed : trimmed + "/";
  }
}
