package dev.hanji.core;

import dev.hanji.files.BundledResources;
import dev.hanji.diagnostics.BuildFailedException;
import dev.hanji.diagnostics.Diagnostics;
import dev.hanji.sources.SiteSettings;
import dev.hanji.sources.SourceHash;
import dev.hanji.sources.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The core of {@code init}: starts a new site in {@link BuildOptions#projectDir()} — a {@code pom.xml} that lists
 * this plugin (so {@code mvn site:generate} and {@code mvn site:serve} work there), {@code content/site.yaml}, a
 * home page per language, the GitHub Pages workflow, {@code .gitignore} and a short README. The theme stays in the
 * plugin, so the new site has no templates or stylesheet of its own.
 *
 * <p>Settings it reads: {@code languages} ({@code ko} or {@code ko,en}; {@code ko} when absent), {@code title}
 * (every language's site title) and {@code baseUrl}. It refuses a folder that holds anything but {@code .git}
 * unless {@link BuildOptions#overwrite()} is set, and even then it only adds the files that are missing: it never
 * replaces or removes a file.
 */
public final class SiteInit {
  /** The setting listing the site's languages, comma-separated, default first. */
  public static final String LANGUAGES_SETTING = "languages";
  /** The setting giving the site title in every language. */
  public static final String TITLE_SETTING = "title";
  /** Where the generator's source lives, for the workflow that builds it and the README's link. */
  static final String GENERATOR_REPOSITORY = "hanji-docs/kafka-cluster-guide";
  private static final Map<String, String> DEFAULT_TITLES = Map.of("ko", "내 노트", "en", "My notes");

  private SiteInit() {
  }

  /**
   * Writes the new site.
   *
   * @return the lines to print: each file written or kept, then what to run next
   * @throws BuildFailedException when an option is bad or the folder is not empty (and {@code overwrite} is
   *                              off); nothing is then written
   */
  public static List<String> run(BuildOptions options) throws BuildFailedException {
    Diagnostics diagnostics = new Diagnostics();
    List<String> languages = languages(options, diagnostics);
    Path dir = options.projectDir();
    requireUsableFolder(options, dir, diagnostics);
    Map<String, String> files = files(options, languages, diagnostics);
    if (diagnostics.hasErrors()) {
      throw new BuildFailedException(diagnostics.all());
    }
    List<String> lines = new ArrayList<>();
    files.forEach((relative, text) -> lines.add(write(dir.resolve(relative), text, relative, diagnostics)));
    if (diagnostics.hasErrors()) {
      throw new BuildFailedException(diagnostics.all());
    }
    lines.add("next: cd " + dir + " && mvn site:serve (preview) or mvn site:generate (writes target/site)");
    return lines;
  }

  private static List<String> languages(BuildOptions options, Diagnostics diagnostics) {
    String value = options.settings().getOrDefault(LANGUAGES_SETTING, "ko");
    Set<String> languages = new LinkedHashSet<>();
    for (String lang : value.split(",")) {
      String code = lang.trim().toLowerCase(Locale.ROOT);
      if (!languages.add(code) || code.isEmpty() || !hasBundle(code)) {
        diagnostics.error(options.optionName(LANGUAGES_SETTING), 0, 0, "languages '" + value + "': '" + code
            + (code.isEmpty() || hasBundle(code) ? "' is empty or listed twice" : "' has no UI text in the theme"),
            "write ko for a Korean site, or ko,en for Korean and English");
        return List.of("ko");
      }
    }
    if (!languages.iterator().next().equals("ko")) {
      diagnostics.error(options.optionName(LANGUAGES_SETTING), 0, 0, "languages '" + value
          + "' does not start with ko", "Korean is the source language: write ko or ko,en");
    }
    return List.copyOf(languages);
  }

  private static boolean hasBundle(String lang) {
    try (InputStream in = Theme.bundledTemplate("i18n/messages_" + lang + ".properties")) {
      return in != null;
    } catch (IOException e) {
      return false;
    }
  }

  /** The folder must be missing or empty (a {@code .git} folder aside), unless told to add to it. */
  private static void requireUsableFolder(BuildOptions options, Path dir, Diagnostics diagnostics) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      diagnostics.error(dir.toString(), 0, 0, "is a file, not a folder", "name a new or empty folder");
      return;
    }
    if (options.overwrite() || !Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      List<String> names = entries.map(entry -> entry.getFileName().toString()).filter(name -> !name.equals(".git"))
          .sorted().toList();
      if (!names.isEmpty()) {
        diagnostics.error(dir.toString(), 0, 0, "folder is not empty (" + String.join(", ", names.stream().limit(5)
                .toList()) + (names.size() > 5 ? ", ..." : "") + ")",
            "name a new or empty folder, or pass " + options.optionName("force")
                + " to add the missing files (no file is replaced or removed)");
      }
    } catch (IOException e) {
      diagnostics.error(dir.toString(), 0, 0, "cannot list folder: " + e.getMessage(),
          "check that the folder is readable");
    }
  }

  /** Every file of the new site by its path under the folder, in the order they are written. */
  private static Map<String, String> files(BuildOptions options, List<String> languages, Diagnostics diagnostics) {
    Map<String, String> titles = new LinkedHashMap<>();
    languages.forEach(lang -> titles.put(lang, options.settings().getOrDefault(TITLE_SETTING,
        DEFAULT_TITLES.get(lang))));
    String siteYaml = siteYaml(languages, titles, options.settings().getOrDefault("baseUrl", ""));
    SiteSettings.readChecked(siteYaml, "content/site.yaml", options.overrides(), diagnostics);
    Map<String, String> values = values(options, titles, languages);
    String koHome = fill(resource("index-ko.md"), values);
    values.put("sourceHash", SourceHash.of(koHome.substring(koHome.indexOf("\n---\n") + 5)));
    Map<String, String> files = new LinkedHashMap<>();
    files.put("pom.xml", fill(resource("pom.xml.txt"), values));
    files.put("content/site.yaml", siteYaml);
    files.put("content/ko/index.md", koHome);
    if (languages.contains("en")) {
      files.put("content/en/index.md", fill(resource("index-en.md"), values));
    }
    files.put(".github/workflows/pages.yml", fill(resource("pages.yml"), values));
    files.put(".gitignore", resource("gitignore.txt"));
    files.put("README.md", fill(resource("README.md.txt"), values));
    return files;
  }

  private static Map<String, String> values(BuildOptions options, Map<String, String> titles, List<String> languages) {
    Properties plugin = pluginCoordinates();
    Map<String, String> values = new LinkedHashMap<>();
    values.put("artifactId", artifactId(options.projectDir()));
    values.put("pluginGroupId", plugin.getProperty("groupId"));
    values.put("pluginArtifactId", plugin.getProperty("artifactId"));
    values.put("pluginVersion", plugin.getProperty("version"));
    values.put("generatorRepository", GENERATOR_REPOSITORY);
    values.put("titleKo", titles.get("ko"));
    values.put("titleKoYaml", yamlString(titles.get("ko")));
    values.put("titleEnYaml", yamlString(titles.getOrDefault("en", "")));
    values.put("folders", languages.contains("en") ? "한국어 페이지는 `content/ko/`에, 영어 페이지는 `content/en/`에"
        : "페이지는 `content/ko/`에");
    return values;
  }

  /** {@code content/site.yaml}: the languages, the titles, and the base URL when it is known. */
  private static String siteYaml(List<String> languages, Map<String, String> titles, String baseUrl) {
    StringBuilder yaml = new StringBuilder()
        .append("# 사이트 설정입니다. 값마다 -Dsite.<key>=... 로 바꿀 수 있습니다 (예: -Dsite.baseUrl=...).\n")
        .append("languages: [").append(String.join(", ", languages))
        .append("]   # 첫 언어가 기본 언어이며 사이트 맨 위(/)에 게시됩니다\n");
    if (baseUrl.isEmpty()) {
      yaml.append("# baseUrl: https://USER.github.io/REPO/   # GitHub Actions는 게시 주소를 알아서 넘깁니다\n");
    } else {
      yaml.append("baseUrl: ").append(yamlString(baseUrl)).append('\n');
    }
    yaml.append("title:\n");
    titles.forEach((lang, title) -> yaml.append("  ").append(lang).append(": ").append(yamlString(title)).append('\n'));
    return yaml.toString();
  }

  /** A YAML double-quoted scalar: any title or address reads back as written. */
  private static String yamlString(String value) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\t' -> quoted.append("\\t");
        default -> quoted.append(c < 0x20 ? String.format("\\x%02x", (int) c) : String.valueOf(c));
      }
    }
    return quoted.append('"').toString();
  }

  /** The new project's Maven artifact id: the folder name if it makes one, else {@code notes-site}. */
  private static String artifactId(Path dir) {
    Path name = dir.getFileName();
    String id = name == null ? "" : name.toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-")
        .replaceAll("^[-.]+|[-.]+$", "");
    return id.isEmpty() ? "notes-site" : id;
  }

  private static String fill(String template, Map<String, String> values) {
    String text = template;
    for (Map.Entry<String, String> value : values.entrySet()) {
      text = text.replace("{{" + value.getKey() + "}}", value.getValue());
    }
    return text;
  }

  /** Writes a file unless it exists (then it is kept as it is); returns the line to print. */
  private static String write(Path file, String text, String relative, Diagnostics diagnostics) {
    if (Files.exists(file)) {
      return "kept: " + relative + " (already there)";
    }
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return "written: " + relative;
    } catch (IOException e) {
      diagnostics.error(file.toString(), 0, 0, "cannot write: " + e.getMessage(),
          "check that the folder is writable and the disk has space");
      return "not written: " + relative;
    }
  }

  private static String resource(String name) {
    return BundledResources.text(SiteInit.class, "init/" + name);
  }

  private static Properties pluginCoordinates() {
    Properties properties = new Properties();
    try (var reader = new java.io.StringReader(BundledResources.text(SiteInit.class, "plugin.properties"))) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read plugin.properties from the generator's jar", e);
    }
    return properties;
  }
}
