package dev.hanji.serve;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the raw path of a request into the key of a file in the built site, refusing anything that could
 * name a place outside it. Files are looked up in the in-memory build, never on disk, so no request can reach
 * a file outside the site however it is spelled (a symlink in the sources is read at build time, its target
 * never served by path); the checks here still refuse such requests outright, so every trick gets the same 404.
 */
final class RequestPath {
  private RequestPath() {
  }

  /**
   * The site-relative path for a raw request path below the base path ({@code "ops/raid/"}, {@code ""} for
   * the root), or empty when it is malformed or tries to leave the site: {@code ..} or {@code .} segments
   * (plain or percent-encoded), encoded slashes, backslashes, empty segments ({@code //}), control characters.
   */
  static Optional<String> relative(String rawRelative) {
    String lower = rawRelative.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("%2f") || lower.contains("%5c") || rawRelative.indexOf('\\') >= 0) {
      return Optional.empty();
    }
    Optional<String> decoded = decode(rawRelative);
    if (decoded.isEmpty()) {
      return Optional.empty();
    }
    String path = decoded.get();
    if (path.startsWith("/") || path.contains("//") || path.indexOf(':') >= 0) {
      return Optional.empty();
    }
    for (String segment : path.split("/", -1)) {
      if (segment.equals("..") || segment.equals(".") || segment.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
        return Optional.empty();
      }
    }
    return Optional.of(path);
  }

  /** Percent-decodes UTF-8 (a {@code +} stays a plus in paths); empty on a malformed escape. */
  private static Optional<String> decode(String raw) {
    byte[] out = new byte[raw.length() * 4];
    int length = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          return Optional.empty();
        }
        int high = Character.digit(raw.charAt(i + 1), 16);
        int low = Character.digit(raw.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          return Optional.empty();
        }
        out[length++] = (byte) (high * 16 + low);
        i += 2;
      } else {
        int codePoint = raw.codePointAt(i);
        for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
          out[length++] = b;
        }
        i += Character.charCount(codePoint) - 1;
      }
    }
    return Optional.of(new String(out, 0, length, StandardCharsets.UTF_8));
  }
}
