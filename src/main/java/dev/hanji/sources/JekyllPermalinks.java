package dev.hanji.sources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.hanji.diagnostics.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The URLs a Jekyll blog gave its posts, from the {@code permalink} of its {@code _config.yml} (top level, or the
 * {@code defaults} for posts, as Chirpy writes it): a post {@code _posts/2024-03-05-kafka-tuning.md} under
 * {@code /posts/:title/} was at {@code /posts/kafka-tuning/}, and the blog's own links say so. Each such old URL
 * becomes an alias of the post, a redirect to its page here. Patterns that end in a file name ({@code .html}) and
 * {@code :categories} are not followed: such posts keep only their URL here.
 */
final class JekyllPermalinks {
  /** The blog's configuration, at the top of the language folder; never published. */
  static final String CONFIG = "_config.yml";
  private static final Map<String, String> STYLES = Map.of(
      "pretty", "/:categories/:year/:month/:day/:title/",
      "date", "/:categories/:year/:month/:day/:title:output_ext",
      "ordinal", "/:categories/:year/:y_day/:title:output_ext",
      "none", "/:categories/:title:output_ext");
  private static final Pattern POST = Pattern.compile("(?:.*/)?_posts/(?:.*/)?(\\d{4})-(\\d{2})-(\\d{2})-([^/]+)\\.md");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final String pattern;

  private JekyllPermalinks(String pattern) {
    this.pattern = pattern;
  }

  /** The permalinks of the blog whose {@code _config.yml} is in {@code folder}, if it has one that sets them. */
  static Optional<JekyllPermalinks> read(Path folder, String display, Diagnostics diagnostics) {
    Path config = folder.resolve(CONFIG);
    if (!Files.isRegularFile(config)) {
      return Optional.empty();
    }
    try {
      JsonNode root = YAML.readTree(Files.readString(config));
      return Optional.ofNullable(root).flatMap(JekyllPermalinks::postPattern)
          .map(written -> new JekyllPermalinks(STYLES.getOrDefault(written, written)));
    } catch (IOException | RuntimeException e) {
      diagnostics.warning(display, 0, 0, "cannot read the Jekyll configuration; its permalinks are ignored",
          "fix the YAML if the posts' old URLs should redirect to their pages");
      return Optional.empty();
    }
  }

  private static Optional<String> postPattern(JsonNode root) {
    for (JsonNode scoped : root.path("defaults")) {
      JsonNode permalink = scoped.path("values").path("permalink");
      if ("posts".equals(scoped.path("scope").path("type").asText()) && permalink.isTextual()) {
        return Optional.of(permalink.asText());
      }
    }
    JsonNode permalink = root.path("permalink");
    return permalink.isTextual() ? Optional.of(permalink.asText()) : Optional.empty();
  }

  /** The URL Jekyll gave the post at {@code path} (in the language folder), if it is a post and the URL a folder. */
  Optional<String> urlOf(String path, String slug) {
    Matcher post = POST.matcher(path);
    if (!post.matches() || pattern.contains(":categories") || !pattern.endsWith("/")) {
      return Optional.empty();
    }
    String url = pattern.replace(":year", post.group(1)).replace(":month", post.group(2))
        .replace(":day", post.group(3)).replace(":title", slug == null ? post.group(4) : slug);
    return url.contains(":") ? Optional.empty() : Optional.of(url);
  }
}
