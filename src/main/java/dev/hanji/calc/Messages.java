package dev.hanji.calc;

import dev.hanji.files.BundledResources;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The widget's UI strings ({@code messages_ko.properties}, {@code messages_en.properties}, UTF-8),
 * shared by the Java renderer and, as data, by the browser runtime. Placeholders are {@code {name}}.
 */
final class Messages {
  private final Map<String, String> ko;
  private final Map<String, String> en;

  private Messages(Map<String, String> ko, Map<String, String> en) {
    this.ko = ko;
    this.en = en;
  }

  /** Loads both languages from the classpath. */
  static Messages load() {
    return new Messages(read("ko"), read("en"));
  }

  private static Map<String, String> read(String lang) {
    String name = "messages_" + lang + ".properties";
    try (Reader in = new StringReader(BundledResources.text(Messages.class, name))) {
      Properties properties = new Properties();
      properties.load(in);
      Map<String, String> sorted = new TreeMap<>();
      properties.stringPropertyNames().forEach(key -> sorted.put(key, properties.getProperty(key)));
      return Map.copyOf(sorted);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A message in both languages. */
  Text get(String key) {
    return new Text(lookup(ko, key), lookup(en, key));
  }

  /** A message with its {@code {name}} placeholders filled per language. */
  Text format(String key, Map<String, Text> args) {
    String k = lookup(ko, key);
    String e = lookup(en, key);
    for (Map.Entry<String, Text> arg : args.entrySet()) {
      k = k.replace("{" + arg.getKey() + "}", arg.getValue().ko());
      e = e.replace("{" + arg.getKey() + "}", arg.getValue().en());
    }
    return new Text(k, e);
  }

  /** All strings of one language, sorted by key (for the browser). */
  Map<String, String> all(String lang) {
    return new TreeMap<>("en".equals(lang) ? en : ko);
  }

  private static String lookup(Map<String, String> strings, String key) {
    String value = strings.get(key);
    if (value == null) {
      throw new IllegalStateException("missing message " + key);
    }
    return value;
  }
}
