package dev.hanji.serve;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Supplier;

/**
 * One successful build as the server sees it: the files by output path (the search indexes made on their first
 * request if not yet made), the base path the site is published under ({@code /} or {@code /kafka-docs/}) and a
 * build number the reload script compares against.
 */
final class SiteSnapshot {
  static final String NOT_FOUND_PAGE = "404.html";

  private final SortedMap<String, byte[]> files;
  private final SortedMap<String, Supplier<byte[]>> deferred;
  private final String basePath;
  private final int build;

  SiteSnapshot(SortedMap<String, byte[]> files, SortedMap<String, Supplier<byte[]>> deferred, String basePath,
               int build) {
    this.files = files;
    this.deferred = deferred;
    this.basePath = basePath;
    this.build = build;
  }

  String basePath() {
    return basePath;
  }

  int build() {
    return build;
  }

  /** Answers a request for a raw path ({@code /kafka-docs/ops/raid/}, query already removed). */
  Reply reply(String rawPath) {
    if (!rawPath.startsWith(basePath)) {
      boolean isBaseWithoutSlash = (rawPath + "/").equals(basePath);
      return rawPath.equals("/") || isBaseWithoutSlash ? Reply.redirect(basePath) : notFound();
    }
    Optional<String> relative = RequestPath.relative(rawPath.substring(basePath.length()));
    if (relative.isEmpty()) {
      return notFound();
    }
    String path = relative.get();
    String key = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    byte[] body = files.get(key);
    if (body == null && deferred.containsKey(key)) {
      body = deferred.get(key).get();
    }
    if (body != null) {
      return Reply.file(200, ContentTypes.of(key), body);
    }
    if (files.containsKey(path + "/index.html")) {
      return Reply.redirect(rawPath + "/");
    }
    return notFound();
  }

  private Reply notFound() {
    byte[] page = files.get(NOT_FOUND_PAGE);
    return page != null
        ? Reply.file(404, ContentTypes.of(NOT_FOUND_PAGE), page)
        : Reply.file(404, ContentTypes.of("404.txt"), "404 not found\n".getBytes(StandardCharsets.UTF_8));
  }
}
