package dev.hanji.sources;

import java.util.Map;

/**
 * One Markdown page as read from disk: decoded, BOM removed, line endings LF, NFC-normalised, and
 * split into front matter and body.
 *
 * @param lang        language code, the name of the folder under {@code content/}
 * @param path        path inside the language folder, NFC, forward slashes (e.g. {@code ops/raid.md})
 * @param displayPath how diagnostics name the file (e.g. {@code content/ko/ops/raid.md})
 * @param frontMatter the parsed front matter ({@link FrontMatter#none()} when absent)
 * @param body        the Markdown after the front matter
 * @param bodyLine    the file line on which the body starts (1 when there is no front matter)
 * @param keyLines    top-level front matter key → the file line it is written on
 */
public record SourceFile(String lang, String path, String displayPath, FrontMatter frontMatter, String body,
                         int bodyLine, Map<String, Integer> keyLines) {

  public SourceFile {
    keyLines = Map.copyOf(keyLines);
  }

  /** The same file with other front matter (what the loader learns beside the file, such as an old URL). */
  SourceFile withFrontMatter(FrontMatter other) {
    return new SourceFile(lang, path, displayPath, other, body, bodyLine, keyLines);
  }

  /** The file line of a front matter key, or 1 (the file's first line) when the key is not written. */
  public int lineOf(String key) {
    return keyLines.getOrDefault(key, 1);
  }

  /** The source hash of this page's body, as translations record it in {@code sourceHash}. */
  public String bodyHash() {
    return SourceHash.of(body);
  }

  /** The file name without folders and without {@code .md}. */
  public String baseName() {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
  }

  /** The folder inside the language folder, empty at the top, without a trailing slash. */
  public String folder() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }
}
