package dev.hanji.core;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * URL arithmetic on site-relative URLs ({@code ""} for the home page, {@code en/raid/} for a page,
 * {@code assets/site.css} for a file). Every link the generator writes is relative, so the site works at
 * a domain root and under a sub-path such as {@code https://user.github.io/repo/}.
 */
public final class SitePaths {
  private SitePaths() {
  }

  /**
   * The relative link from the page at {@code fromUrl} (a folder URL ending in {@code /} or empty) to
   * {@code target} (site-relative, may carry {@code #fragment} or {@code ?query}).
   */
  public static String relative(String fromUrl, String target) {
    int depth = (int) fromUrl.chars().filter(c -> c == '/').count();
    String up = "../".repeat(depth);
    String link = up + target;
    if (link.isEmpty()) {
      return "./";
    }
    return link.startsWith("#") || link.startsWith("?") ? "./" + link : link;
  }

  /** Resolves {@code path} (may contain {@code ./} and {@code ../}) against a folder; null if it leaves the root. */
  public static String resolve(String folder, String path) {
    List<String> parts = new ArrayList<>();
    String joined = folder.isEmpty() ? path : folder + "/" + path;
    for (String part : joined.split("/", -1)) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          return null;
        }
        parts.remove(parts.size() - 1);
      } else {
        parts.add(part);
      }
    }
    return String.join("/", parts);
  }

  /** Percent-encodes a site-relative URL for places that need ASCII (sitemap, canonical links). */
  public static String encode(String url) {
    try {
      return new URI(null, null, "/" + url, null).toASCIIString().substring(1);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException("not a URL path: " + url, e);
    }
  }

  /** Decodes percent-escapes in a link's path, as a browser does before asking for the file. */
  public static String decode(String path) {
    return java.net.URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
