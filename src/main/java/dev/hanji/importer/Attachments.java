package dev.hanji.importer;

import dev.hanji.diagnostics.Diagnostics;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local images and files a note links to: each one found next to the note gets an ASCII
 * name beside the new pages and its links are rewritten to that name; a missing one is reported
 * as a warning and its link left as it was.
 */
final class Attachments {
  private static final Pattern LINK =
      Pattern.compile("(!?\\[[^\\]]*\\]\\()(<[^>]+>|[^)\\s]+)((?:\\s+\"[^\"]*\")?\\))");
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

  private final Path note;
  private final Path noteDir;
  private final String noteFile;
  private final Map<Path, String> copies = new LinkedHashMap<>();
  private final Set<String> usedNames = new HashSet<>();

  Attachments(Path note, String noteFile) {
    this.note = note;
    this.noteDir = note.toAbsolutePath().getParent();
    this.noteFile = noteFile;
  }

  /** The note the links are in. */
  Path note() {
    return note;
  }

  /** Source file → new file name, in the order the note first links to them. */
  Map<Path, String> copies() {
    return Collections.unmodifiableMap(copies);
  }

  /** The line with its local links rewritten; reports links whose file is missing. */
  String rewrite(String line, int lineNumber, String pageSlug, Diagnostics diagnostics) {
    Matcher m = LINK.matcher(line);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String target = m.group(2);
      String replacement = newTarget(target, pageSlug, lineNumber, line.codePointCount(0, m.start(2)) + 1, diagnostics);
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + replacement + m.group(3)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private String newTarget(String target, String pageSlug, int line, int column, Diagnostics diagnostics) {
    String bare = target.startsWith("<") ? target.substring(1, target.length() - 1) : target;
    if (SCHEME.matcher(bare).find() || bare.startsWith("#") || bare.startsWith("/")) {
      return target;
    }
    String path = decode(bare.replaceFirst("[?#].*$", ""));
    if (path.toLowerCase(Locale.ROOT).endsWith(".md")) {
      diagnostics.warning(noteFile, line, column, "link to another Notion page '" + path + "' is left as it is",
          "import that note too, then link to its page");
      return target;
    }
    Path source = noteDir.resolve(path).normalize();
    if (!Files.isRegularFile(source)) {
      diagnostics.warning(noteFile, line, column, "attachment '" + path + "' is missing",
          "put the file at " + source.toString().replace('\\', '/') + " or remove the link");
      return target;
    }
    return copies.computeIfAbsent(source, s -> uniqueName(pageSlug, s.getFileName().toString()));
  }

  private String uniqueName(String pageSlug, String fileName) {
    int dot = fileName.lastIndexOf('.');
    String base = Slugs.of(dot > 0 ? fileName.substring(0, dot) : fileName);
    String extension = dot > 0 ? fileName.substring(dot).toLowerCase(Locale.ROOT).replaceAll("[^.a-z0-9]", "") : "";
    String name = pageSlug + "-" + base + extension;
    for (int n = 2; !usedNames.add(name); n++) {
      name = pageSlug + "-" + base + "-" + n + extension;
    }
    return name;
  }

  private static String decode(String path) {
    try {
      return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return path;
    }
  }
}
