package dev.hanji.sources;

import dev.hanji.files.ProjectFolders;
import dev.hanji.diagnostics.Diagnostics;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The site's UI text per language, from {@code site-templates/i18n/messages_<lang>.properties} (UTF-8), the
 * site's own or the bundled theme's.
 * Templates, generated pages and the Markdown stage take every label from here, never from code.
 */
public final class Messages {
  /** Folder of the bundles under the templates folder. */
  public static final String FOLDER = "i18n";

  private final Map<String, Map<String, String>> byLanguage;

  private Messages(Map<String, Map<String, String>> byLanguage) {
    this.byLanguage = byLanguage;
  }

  /**
   * Reads one bundle per language: the site's own {@code site-templates/i18n/messages_<lang>.properties} when it
   * has one, else the bundled theme's ({@link Theme}); a language neither has is an error.
   */
  public static Messages load(ProjectFolders options, Iterable<String> languages, Diagnostics diagnostics) {
    Map<String, Map<String, String>> bundles = new TreeMap<>();
    FolderWalker walker = FolderWalker.of(options);
    for (String lang : languages) {
      String relative = FOLDER + "/messages_" + lang + ".properties";
      bundles.put(lang, read(options, relative, walker, diagnostics));
    }
    return new Messages(bundles);
  }

  private static Map<String, String> read(ProjectFolders options, String relative, FolderWalker walker,
                                          Diagnostics diagnostics) {
    Path own = Theme.ownTemplate(options, relative);
    String shownAs = options.display(own);
    Map<String, String> messages = new TreeMap<>();
    Optional<String> text = Files.isRegularFile(own) ? ownText(own, shownAs, walker, diagnostics) : bundled(relative);
    if (text.isEmpty()) {
      diagnostics.error(shownAs, 0, 0, "message bundle not found",
          "create it with the UI text of this language (copy another language's bundle)");
      return messages;
    }
    Properties properties = new Properties();
    try (Reader reader = new StringReader(text.get())) {
      properties.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      diagnostics.error(shownAs, 0, 0, "cannot read message bundle: " + e.getMessage(),
          "save it as UTF-8 text, with \\uXXXX escapes of four hex digits");
    }
    properties.stringPropertyNames().forEach(key -> messages.put(key, properties.getProperty(key)));
    return messages;
  }

  /** The site's own bundle, unless it is a link out of the project (then skipped with a warning) or unreadable. */
  private static Optional<String> ownText(Path file, String shownAs, FolderWalker walker, Diagnostics diagnostics) {
    if (!walker.mayRead(file, shownAs, diagnostics)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      diagnostics.error(shownAs, 0, 0, "cannot read message bundle: " + e.getMessage(), "save it as UTF-8 text");
      return Optional.of("");
    }
  }

  /** The bundled theme's copy of a bundle, or empty when it has none for the language. */
  private static Optional<String> bundled(String relative) {
    try (InputStream in = Theme.bundledTemplate(relative)) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + relative + " from the generator's jar", e);
    }
  }

  /** The text for {@code key} in {@code lang}, with {@code {0}}-style arguments filled in; {@code ??key??} if missing. */
  public String get(String lang, String key, Object... args) {
    String pattern = byLanguage.getOrDefault(lang, Map.of()).get(key);
    if (pattern == null) {
      return "??" + key + "??";
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.forLanguageTag(lang)).format(args);
  }

  /** Whether {@code lang}'s bundle has {@code key}. */
  public boolean has(String lang, String key) {
    return byLanguage.getOrDefault(lang, Map.of()).containsKey(key);
  }
}
