package dev.hanji.sources;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.hanji.files.ProjectFolders;
import dev.hanji.diagnostics.Diagnostics;
import dev.hanji.sources.Glossary;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The first pipeline stage: reads {@code content/} into {@link Sources}. Text is decoded strictly as
 * UTF-8 (a bad byte is an error at its line and column), a BOM is dropped, CRLF and CR become LF, and
 * text and file names are NFC-normalised (macOS writes Hangul names in NFD).
 */
public final class SourceLoader {
  private final ProjectFolders options;
  private final SiteOverrides overrides;
  private final Diagnostics diagnostics;
  private final SplitMemo memo;
  private final FolderWalker walker;

  private SourceLoader(ProjectFolders options, SiteOverrides overrides, Diagnostics diagnostics, SplitMemo memo) {
    this.options = options;
    this.overrides = overrides;
    this.diagnostics = diagnostics;
    this.memo = memo;
    this.walker = FolderWalker.of(options);
  }

  /** Loads everything under the content folder of {@code options}, reporting problems to {@code diagnostics}. */
  public static Sources load(ProjectFolders options, SiteOverrides overrides, Diagnostics diagnostics) {
    return load(options, overrides, diagnostics, SplitMemo.NONE);
  }

  /** Like {@link #load(ProjectFolders, SiteOverrides, Diagnostics)}, reusing pages split before from {@code memo}. */
  public static Sources load(ProjectFolders options, SiteOverrides overrides, Diagnostics diagnostics,
                             SplitMemo memo) {
    return new SourceLoader(options, overrides, diagnostics, memo).load();
  }

  private Sources load() {
    Path content = options.contentDir();
    if (!Files.isDirectory(content)) {
      diagnostics.error(options.display(content), 0, 0, "content folder not found",
          "create it with a ko/index.md page, or pass -Dsite.contentDir=");
      return new Sources(SiteSettings.read("", null, overrides.values(), diagnostics), Glossary.empty(), List.of(),
          List.of());
    }
    SiteSettings settings = readSettings(content.resolve(SiteSettings.FILE_NAME));
    Glossary glossary = readGlossary(content.resolve("glossary.yaml"));
    List<SourceFile> pages = new ArrayList<>();
    List<Sources.Asset> assets = new ArrayList<>();
    for (String lang : settings.languages()) {
      Path folder = content.resolve(lang);
      if (Files.isDirectory(folder)) {
        readLanguage(lang, folder, pages, assets);
      } else if (lang.equals(settings.defaultLanguage())) {
        diagnostics.error(options.display(folder), 0, 0, "the default language has no folder",
            "create " + options.display(folder.resolve("index.md")));
      }
    }
    return new Sources(settings, glossary, pages, assets);
  }

  private SiteSettings readSettings(Path file) {
    String yaml = isReadable(file) ? readText(file).orElse("") : "";
    return SiteSettings.readChecked(yaml, options.display(file), overrides, diagnostics);
  }

  private Glossary readGlossary(Path file) {
    if (!isReadable(file)) {
      return Glossary.empty();
    }
    String display = options.display(file);
    String text = readText(file).orElse("");
    Glossary glossary = YamlReader.read(text, GlossaryFile.class, display, 1, diagnostics)
        .map(read -> new Glossary(read.terms() == null ? List.of() : read.terms()))
        .orElse(Glossary.empty());
    Set<String> ids = new HashSet<>();
    for (Glossary.Term term : glossary.terms()) {
      if (!ids.add(term.id())) {
        diagnostics.error(display, secondLineMentioning(text, "id: " + term.id()), 0,
            "glossary term id '" + term.id() + "' appears twice", "give each term its own id");
      }
    }
    return glossary;
  }

  /** Whether a file read by name is there and may be read ({@link FolderWalker#mayRead}). */
  private boolean isReadable(Path file) {
    return Files.isRegularFile(file) && walker.mayRead(file, options.display(file), diagnostics);
  }

  /** The 1-based line of the second line containing {@code text} (where a duplicate is written), or 0. */
  private static int secondLineMentioning(String file, String text) {
    List<String> lines = file.lines().toList();
    boolean seen = false;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        if (seen) {
          return i + 1;
        }
        seen = true;
      }
    }
    return 0;
  }

  /** The glossary file's shape. */
  record GlossaryFile(@JsonProperty("terms") List<Glossary.Term> terms) {
  }

  private void readLanguage(String lang, Path folder, List<SourceFile> pages, List<Sources.Asset> assets) {
    Map<Path, String> paths = new LinkedHashMap<>();
    walker.files(folder, options.display(folder), diagnostics).forEach((relative, file) -> {
      String path = nfc(relative);
      if (!isHidden(path)) {
        paths.put(file, path);
      }
    });
    paths.forEach((file, path) -> {
      if (!path.endsWith(".md")) {
        assets.add(new Sources.Asset(lang, path, file));
      }
    });
    Optional<JekyllPermalinks> permalinks = JekyllPermalinks.read(folder,
        options.display(folder.resolve(JekyllPermalinks.CONFIG)), diagnostics);
    paths.entrySet().parallelStream().filter(entry -> isPage(entry.getValue()))
        .map(entry -> readPage(lang, entry.getValue(), entry.getKey())).toList()
        .forEach(page -> page.map(read -> permalinks.map(blog -> withOldUrl(read, blog)).orElse(read))
            .ifPresent(pages::add));
  }

  /** A Jekyll post with the URL its blog gave it as an alias, unless its front matter names its old URLs. */
  private static SourceFile withOldUrl(SourceFile page, JekyllPermalinks blog) {
    FrontMatter front = page.frontMatter();
    return blog.urlOf(page.path(), front.slug()).flatMap(FrontMatterRules::aliasUrl)
        .filter(url -> !front.aliases().contains(url))
        .map(url -> page.withFrontMatter(front.withAlias(url))).orElse(page);
  }

  /**
   * Files that are not the notes' content: dot-files ({@code .DS_Store}, {@code .gitignore}) and the folders of
   * git and of Obsidian's settings. Other dot-folders hold real attachments ({@code .gitbook/assets}).
   */
  private static boolean isHidden(String path) {
    String[] parts = path.split("/");
    return parts[parts.length - 1].startsWith(".") || path.equals(JekyllPermalinks.CONFIG)
        || Stream.of(parts).anyMatch(part -> part.equals(".git") || part.equals(".obsidian") || part.equals(".trash"));
  }

  /** A Markdown file outside dot-folders ({@code .github/ISSUE_TEMPLATE.md} is not a page of the site). */
  private static boolean isPage(String path) {
    return path.endsWith(".md") && Stream.of(path.split("/")).noneMatch(part -> part.startsWith("."));
  }

  private Optional<SourceFile> readPage(String lang, String path, Path file) {
    String display = options.display(file);
    return readText(file).flatMap(text -> {
      SplitMemo.Split split = memo.split(lang + ":" + path, text, () -> {
        Diagnostics own = new Diagnostics();
        return new SplitMemo.Split(FrontMatterSplitter.split(lang, path, display, text, own), own.all());
      });
      split.diagnostics().forEach(diagnostics::add);
      return split.page();
    });
  }

  /** Reads a file as strict UTF-8, normalised; reports a bad byte at its line and column. */
  Optional<String> readText(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      diagnostics.error(options.display(file), 0, 0, "cannot read file: " + e.getMessage(),
          "check that the file exists and is readable");
      return Optional.empty();
    }
    return decode(bytes, options.display(file)).map(SourceLoader::normalise);
  }

  private Optional<String> decode(byte[] bytes, String display) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      reportBadByte(bytes, in.position(), display);
      return Optional.empty();
    }
    decoder.flush(out);
    return Optional.of(out.flip().toString());
  }

  private void reportBadByte(byte[] bytes, int offset, String display) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8).length() + 1;
    diagnostics.error(display, line, column,
        String.format("invalid UTF-8 byte 0x%02X", bytes[offset] & 0xff),
        "save the file as UTF-8 (the file may be in EUC-KR/CP949)");
  }

  /** Drops a BOM, turns CRLF and CR into LF, and NFC-normalises. */
  static String normalise(String text) {
    String noBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return nfc(noBom.replace("\r\n", "\n").replace('\r', '\n'));
  }

  private static String nfc(String text) {
    return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
  }
}
