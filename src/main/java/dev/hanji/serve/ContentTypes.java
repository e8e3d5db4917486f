package dev.hanji.serve;

import java.util.Locale;
import java.util.Map;

/** The {@code Content-Type} of a served file, from its extension; text types say they are UTF-8. */
final class ContentTypes {
  private static final String UTF8 = "; charset=utf-8";
  private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
      Map.entry("html", "text/html" + UTF8),
      Map.entry("css", "text/css" + UTF8),
      Map.entry("js", "text/javascript" + UTF8),
      Map.entry("mjs", "text/javascript" + UTF8),
      Map.entry("json", "application/json" + UTF8),
      Map.entry("map", "application/json" + UTF8),
      Map.entry("webmanifest", "application/manifest+json" + UTF8),
      Map.entry("xml", "application/xml" + UTF8),
      Map.entry("svg", "image/svg+xml" + UTF8),
      Map.entry("txt", "text/plain" + UTF8),
      Map.entry("md", "text/markdown" + UTF8),
      Map.entry("yaml", "text/plain" + UTF8),
      Map.entry("png", "image/png"),
      Map.entry("jpg", "image/jpeg"),
      Map.entry("jpeg", "image/jpeg"),
      Map.entry("gif", "image/gif"),
      Map.entry("webp", "image/webp"),
      Map.entry("avif", "image/avif"),
      Map.entry("ico", "image/x-icon"),
      Map.entry("woff", "font/woff"),
      Map.entry("woff2", "font/woff2"),
      Map.entry("pdf", "application/pdf"),
      Map.entry("wasm", "application/wasm"));
  private static final String UNKNOWN = "application/octet-stream";

  private ContentTypes() {
  }

  static String of(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    if (dot <= 0) {
      return name.equals("CNAME") ? "text/plain" + UTF8 : UNKNOWN;
    }
    return BY_EXTENSION.getOrDefault(name.substring(dot + 1).toLowerCase(Locale.ROOT), UNKNOWN);
  }

  static boolean isHtml(String contentType) {
    return contentType.startsWith("text/html");
  }
}
