package dev.hanji.core;

import dev.hanji.files.ProjectFolders;
import dev.hanji.sources.SiteOverrides;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything a build, a preview server or an import can be told: the one options type that the
 * Maven goals and the command line both fill in. Immutable; the {@code with...} methods return copies.
 *
 * @param projectDir        the project directory; the other paths default to folders under it
 * @param contentDir        Markdown sources, {@code content/}
 * @param templatesDir      Thymeleaf templates and message bundles, {@code site-templates/}
 * @param staticDir         files copied as they are, {@code static/}
 * @param outputDir         where the site is written, {@code target/site}
 * @param drafts            whether pages marked {@code draft: true} are built
 * @param failOnBrokenLinks whether broken internal links fail the build or only warn
 * @param port              preview server port
 * @param settings          overrides of {@code content/site.yaml} keys ({@code baseUrl}, {@code cname},
 *                          {@code repositoryUrl}, {@code title.ko}, ...)
 * @param importFile        the note that {@code import} reads
 * @param overwrite         whether {@code import} may replace existing pages; for {@code init}, whether it may add
 *                          files to a folder that is not empty
 * @param optionSyntax      how the front end that filled these options spells them, so that a diagnostic about
 *                          an option's value names it as the user wrote it; Maven's when null
 */
public record BuildOptions(Path projectDir, Path contentDir, Path templatesDir, Path staticDir, Path outputDir,
                           boolean drafts, boolean failOnBrokenLinks, int port, Map<String, String> settings,
                           Path importFile, boolean overwrite, OptionSyntax optionSyntax) {

  /** How a front end spells an option: {@code -Dsite.baseUrl} for Maven, {@code --baseUrl} for the CLI. */
  public enum OptionSyntax {
    /** {@code -Dsite.<name>=<value>}. */
    MAVEN("-Dsite."),
    /** {@code --<name>=<value>}. */
    CLI("--");

    private final String prefix;

    OptionSyntax(String prefix) {
      this.prefix = prefix;
    }

    /** The option as the user writes it: {@code -Dsite.baseUrl}. */
    public String spell(String name) {
      return prefix + name;
    }
  }

  /** How {@link #toArguments} marks a setting override. */
  private static final String SETTING = "setting.";

  public BuildOptions {
    Objects.requireNonNull(projectDir, "projectDir");
    projectDir = projectDir.toAbsolutePath().normalize();
    contentDir = resolve(projectDir, contentDir, "content");
    templatesDir = resolve(projectDir, templatesDir, "site-templates");
    staticDir = resolve(projectDir, staticDir, "static");
    outputDir = resolve(projectDir, outputDir, "target/site");
    optionSyntax = optionSyntax == null ? OptionSyntax.MAVEN : optionSyntax;
    settings = Map.copyOf(new TreeMap<>(settings == null ? Map.of() : settings));
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, was " + port);
    }
  }

  /** Defaults for a project directory: {@code content/}, {@code site-templates/}, {@code static/}, {@code target/site}. */
  public static BuildOptions forProject(Path projectDir) {
    return new BuildOptions(projectDir, null, null, null, null, false, true, 8080, Map.of(), null, false, null);
  }

  private static Path resolve(Path projectDir, Path path, String fallback) {
    return projectDir.resolve(path == null ? Path.of(fallback) : path).toAbsolutePath().normalize();
  }

  public BuildOptions withOutputDir(Path dir) {
    return new BuildOptions(projectDir, contentDir, templatesDir, staticDir, dir, drafts, failOnBrokenLinks, port,
        settings, importFile, overwrite, optionSyntax);
  }

  public BuildOptions withContentDir(Path dir) {
    return new BuildOptions(projectDir, dir, templatesDir, staticDir, outputDir, drafts, failOnBrokenLinks, port,
        settings, importFile, overwrite, optionSyntax);
  }

  public BuildOptions withTemplatesDir(Path dir) {
    return new BuildOptions(projectDir, contentDir, dir, staticDir, outputDir, drafts, failOnBrokenLinks, port,
        settings, importFile, overwrite, optionSyntax);
  }

  public BuildOptions withStaticDir(Path dir) {
    return new BuildOptions(projectDir, contentDir, templatesDir, dir, outputDir, drafts, failOnBrokenLinks, port,
        settings, importFile, overwrite, optionSyntax);
  }

  public BuildOptions withDrafts(boolean value) {
    return new BuildOptions(projectDir, contentDir, templatesDir, staticDir, outputDir, value, failOnBrokenLinks, port,
        settings, importFile, overwrite, optionSyntax);
  }

  public BuildOptions withFailOnBrokenLinks(boolean value) {
    return new BuildOptions(projectDir, contentDir, templatesDir, staticDir, outputDir, drafts, value, port,
        settings, importFile, overwrite, optionSyntax);
  }

  public BuildOptions withPort(int value) {
    return new BuildOptions(projectDir, contentDir, templatesDir, staticDir, outputDir, drafts, failOnBrokenLinks, value,
        settings, importFile, overwrite, optionSyntax);
  }

  public BuildOptions withImport(Path note, boolean mayOverwrite) {
    return new BuildOptions(projectDir, contentDir, templatesDir, staticDir, outputDir, drafts, failOnBrokenLinks, port,
        settings, note, mayOverwrite, optionSyntax);
  }

  /**
   * A copy with {@code overwrite} set: {@code import} may replace existing pages, and {@code init} may add the
   * files it is missing to a folder that is not empty (it never replaces one).
   */
  public BuildOptions withOverwrite(boolean value) {
    return withImport(importFile, value);
  }

  /** A copy with one more setting override; a null or blank value leaves the settings as they are. */
  public BuildOptions withSetting(String key, String value) {
    if (value == null || value.isBlank()) {
      return this;
    }
    Map<String, String> copy = new TreeMap<>(settings);
    copy.put(key, value);
    return new BuildOptions(projectDir, contentDir, templatesDir, staticDir, outputDir, drafts, failOnBrokenLinks, port,
        copy, importFile, overwrite, optionSyntax);
  }

  /** A copy spelling options the way {@code syntax} does. */
  public BuildOptions withOptionSyntax(OptionSyntax syntax) {
    return new BuildOptions(projectDir, contentDir, templatesDir, staticDir, outputDir, drafts, failOnBrokenLinks, port,
        settings, importFile, overwrite, syntax);
  }

  /** How the user wrote a setting override: {@code -Dsite.baseUrl} or {@code --baseUrl}. */
  public String optionName(String setting) {
    return optionSyntax.spell(setting);
  }

  /**
   * How a path under the project is printed in diagnostics: relative, with forward slashes ({@code .} for the
   * project folder itself).
   */
  public String display(Path path) {
    return folders().display(path);
  }

  /** The project's folders, as the stages take them. */
  public ProjectFolders folders() {
    return new ProjectFolders(projectDir, contentDir, templatesDir, staticDir, outputDir);
  }

  /**
   * These options as {@code name=value} arguments, for a build in another JVM ({@link QuickJvm}); {@link
   * #fromArguments} reads them back into equal options.
   */
  public List<String> toArguments() {
    List<String> arguments = new ArrayList<>(List.of("projectDir=" + projectDir, "contentDir=" + contentDir,
        "templatesDir=" + templatesDir, "staticDir=" + staticDir, "outputDir=" + outputDir, "drafts=" + drafts,
        "failOnBrokenLinks=" + failOnBrokenLinks, "port=" + port, "overwrite=" + overwrite,
        "optionSyntax=" + optionSyntax.name()));
    if (importFile != null) {
      arguments.add("importFile=" + importFile);
    }
    settings.forEach((key, value) -> arguments.add(SETTING + key + "=" + value));
    return arguments;
  }

  /** The options {@link #toArguments} wrote. */
  public static BuildOptions fromArguments(List<String> arguments) {
    Map<String, String> values = new TreeMap<>();
    Map<String, String> settings = new TreeMap<>();
    for (String argument : arguments) {
      int equals = argument.indexOf('=');
      if (equals < 0) {
        throw new IllegalArgumentException("expected name=value, not '" + argument + "'");
      }
      String name = argument.substring(0, equals);
      String value = argument.substring(equals + 1);
      if (name.startsWith(SETTING)) {
        settings.put(name.substring(SETTING.length()), value);
      } else {
        values.put(name, value);
      }
    }
    Path importFile = values.containsKey("importFile") ? Path.of(values.get("importFile")) : null;
    return new BuildOptions(Path.of(values.get("projectDir")), Path.of(values.get("contentDir")),
        Path.of(values.get("templatesDir")), Path.of(values.get("staticDir")), Path.of(values.get("outputDir")),
        Boolean.parseBoolean(values.get("drafts")), Boolean.parseBoolean(values.get("failOnBrokenLinks")),
        Integer.parseInt(values.get("port")), settings, importFile, Boolean.parseBoolean(values.get("overwrite")),
        OptionSyntax.valueOf(values.get("optionSyntax")));
  }

  /** The settings these options override, as the sources stage takes them. */
  public SiteOverrides overrides() {
    return new SiteOverrides(settings, this::optionName);
  }
}
