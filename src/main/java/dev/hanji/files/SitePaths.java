package dev.hanji.files;

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
   * {@code target} (site-relative, may carry {@code #fragment} or {@code ?query}). The path is
   * percent-encoded ({@code 파일 이름/} → {@code %ED%8C%8C...%20...}); the fragment and query are kept as given.
   */
  public static String relative(String fromUrl, String target) {
    String[] from = fromUrl.isEmpty() ? new String[0] : fromUrl.split("/");
    int cut = firstIndexOf(target, '#', '?');
    String path = target.substring(0, cut);
    String[] to = path.split("/", -1);
    int common = 0;
    while (common < from.length && common < to.length - 1 && from[common].equals(to[common])) {
      common++;
    }
    StringBuilder link = new StringBuilder("../".repeat(from.length - common));
    link.append(encode(String.join("/", java.util.Arrays.copyOfRange(to, common, to.length))));
    if (link.length() == 0) {
      link.append("./");
    }
    return link + target.substring(cut);
  }

  private static int firstIndexOf(String text, char a, char b) {
    int i = text.indexOf(a);
    int j = text.indexOf(b);
    if (i < 0) {
      return j < 0 ? text.length() : j;
    }
    return j < 0 ? i : Math.min(i, j);
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
    if (isPlainPath(url)) {
      return url; // most paths: the URI below returns them unchanged, and costs far more
    }
    try {
      return new URI(null, null, "/" + url, null).toASCIIString().substring(1);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException("not a URL path: " + url, e);
    }
  }

  /** A loop, not {@code chars().allMatch}: every link of every page's sidebar is asked, and a stream costs more. */
  private static boolean isPlainPath(String url) {
    for (int i = 0; i < url.length(); i++) {
      if (!isPlainPathCharacter(url.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isPlainPathCharacter(int c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0;
  }

  /** Whether a link leaves the site: it has a scheme ({@code https:}, {@code mailto:}) or starts with {@code //}. */
  public static boolean isExternal(String link) {
    if (link.startsWith("//")) {
      return true;
    }
    for (int i = 0; i < link.length(); i++) { // a scheme: a letter, then letters, digits, '+', '.', '-', then ':'
      char c = link.charAt(i);
      boolean letter = c < 128 && Character.isLetter(c);
      if (c == ':') {
        return i > 0;
      }
      if (!letter && (i == 0 || !(c < 128 && Character.isDigit(c) || c == '+' || c == '.' || c == '-'))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Decodes percent-escapes in a link's path, as a browser does before asking for the file: {@code +} stays, and a
   * {@code %} not followed by two hex digits ({@code %PUBLIC_URL%}) is kept as written.
   */
  public static String decode(String path) {
    if (path.indexOf('%') < 0) {
      return path;
    }
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(path.length());
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      int high = c == '%' && i + 2 < path.length() ? hexDigit(path.charAt(i + 1)) : -1;
      int low = high >= 0 ? hexDigit(path.charAt(i + 2)) : -1;
      if (low >= 0) {
        bytes.write(high * 16 + low);
        i += 2;
      } else {
        int end = Character.isHighSurrogate(c) && i + 1 < path.length() ? i + 2 : i + 1;
        bytes.writeBytes(path.substring(i, end).getBytes(StandardCharsets.UTF_8));
        i = end - 1;
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static int hexDigit(char c) {
    return c < 128 ? Character.digit(c, 16) : -1;
  }
}
