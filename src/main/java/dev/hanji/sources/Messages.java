package dev.hanji.sources;

import dev.hanji.core.BuildOptions;
import dev.hanji.core.Diagnostics;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The site's UI text per language, from {@code site-templates/i18n/messages_<lang>.properties} (UTF-8).
 * Templates, generated pages and the Markdown stage take every label from here, never from code.
 */
public final class Messages {
  /** Folder of the bundles under the templates folder. */
  public static final String FOLDER = "i18n";

  private final Map<String, Map<String, String>> byLanguage;

  private Messages(Map<String, Map<String, String>> byLanguage) {
    this.byLanguage = byLanguage;
  }

  /** Reads one bundle per language from the templates folder; a missing bundle is an error. */
  public static Messages load(BuildOptions options, Iterable<String> languages, Diagnostics diagnostics) {
    Map<String, Map<String, String>> bundles = new TreeMap<>();
    FolderWalker walker = FolderWalker.of(options);
    for (String lang : languages) {
      Path file = options.templatesDir().resolve(FOLDER).resolve("messages_" + lang + ".properties");
      bundles.put(lang, read(file, options.display(file), walker, diagnostics));
    }
    return new Messages(bundles);
  }

  private static Map<String, String> read(Path file, String shownAs, FolderWalker walker, Diagnostics diagnostics) {
    Map<String, String> messages = new TreeMap<>();
    if (!Files.isRegularFile(file) || !walker.mayRead(file, shownAs, diagnostics)) {
      diagnostics.error(shownAs, 0, 0, "message bundle not found",
          "create it with the UI text of this language (copy another language's bundle)");
      return messages;
    }
    Properties properties = new Properties();
    try (Reader reader = new StringReader(Files.readString(file, StandardCharsets.UTF_8))) {
      properties.load(reader);
    } catch (IOException e) {
      diagnostics.error(shownAs, 0, 0, "cannot read message bundle: " + e.getMessage(),
          "save it as UTF-8 text");
    }
    properties.stringPropertyNames().forEach(key -> messages.put(key, properties.getProperty(key)));
    return messages;
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
