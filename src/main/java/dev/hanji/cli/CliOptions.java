package dev.hanji.cli;

import dev.hanji.core.BuildOptions;
import java.nio.file.Path;

/**
 * Turns command-line flags into {@link BuildOptions}. The flags are the Maven goals' {@code -Dsite.*}
 * properties written as {@code --name=value}, so one name works in both front ends.
 */
final class CliOptions {
  private CliOptions() {
  }

  static String usage() {
    return """
        Usage: java -jar hanji-cli.jar <command> [options]

        Commands:
          generate            render content/ into target/site
          serve               preview on http://127.0.0.1:8080, rebuilding on change, until Ctrl-C
          import              turn a Notion-style note into pages under content/ko/
          init DIR            start a new site in DIR (a new or empty folder)

        Options (the same as mvn -Dsite.<name>=<value>):
          --projectDir=DIR      project folder (default: current folder)
          --contentDir=DIR      Markdown sources (default: content)
          --templatesDir=DIR    templates and message bundles (default: site-templates)
          --staticDir=DIR       files copied as they are (default: static)
          --outputDirectory=DIR where the site goes (default: target/site)
          --baseUrl=URL         absolute URL the site is published at
          --repositoryUrl=URL   repository for "edit this page" links
          --cname=DOMAIN        custom domain written to CNAME
          --drafts              include pages marked draft: true
          --importFile=NOTE.md  the note that import reads
          --importMapping=FILE  YAML mapping section titles to slugs, for import
          --importSplitLevel=N  heading level (1-6) import splits the note at; default: the note's
                                top level, or the next one when the top holds only the title
          --overwrite           let import replace existing pages
          --failOnBrokenLinks=false   report broken links as warnings
          --port=N              port for serve (default: 8080)

        Options of init:
          --languages=ko|ko,en  the site's languages, Korean first (default: ko)
          --title=TEXT          site title (default: 내 노트 / My notes)
          --baseUrl=URL         as above, written to content/site.yaml
          --force               add the missing files to a folder that is not empty (nothing is replaced)
          --help, --version
        """;
  }

  static BuildOptions parse(Path workingDir, String[] args) {
    boolean init = args[0].equals("init");
    if (init && (args.length < 2 || args[1].startsWith("--"))) {
      throw new IllegalArgumentException("init needs the folder of the new site: init DIR");
    }
    Path project = init ? workingDir.resolve(args[1]) : workingDir;
    int first = init ? 2 : 1;
    for (int i = first; i < args.length; i++) {
      if (args[i].startsWith("--projectDir=")) {
        project = workingDir.resolve(args[i].substring("--projectDir=".length()));
      }
    }
    BuildOptions options = BuildOptions.forProject(project).withOptionSyntax(BuildOptions.OptionSyntax.CLI);
    for (int i = first; i < args.length; i++) {
      options = init ? applyInit(options, args[i]) : apply(options, project, args[i]);
    }
    return options;
  }

  /** The options {@code init} takes: the site's languages, title and base URL, and whether to add to a folder. */
  private static BuildOptions applyInit(BuildOptions options, String arg) {
    int equals = arg.indexOf('=');
    String name = arg.startsWith("--") ? (equals < 0 ? arg.substring(2) : arg.substring(2, equals)) : "";
    String value = equals < 0 ? "true" : arg.substring(equals + 1);
    return switch (name) {
      case "languages", "title", "baseUrl" -> options.withSetting(name, value);
      case "force" -> options.withOverwrite(bool(name, value));
      default -> throw new IllegalArgumentException(name.isEmpty() ? "unexpected argument '" + arg + "'"
          : "unknown option '--" + name + "' for init (it takes --languages, --title, --baseUrl, --force)");
    };
  }

  private static BuildOptions apply(BuildOptions options, Path project, String arg) {
    if (!arg.startsWith("--")) {
      throw new IllegalArgumentException("unexpected argument '" + arg + "'");
    }
    int equals = arg.indexOf('=');
    String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
    String value = equals < 0 ? "true" : arg.substring(equals + 1);
    return switch (name) {
      case "projectDir" -> options;
      case "contentDir" -> options.withContentDir(project.resolve(value));
      case "outputDirectory" -> options.withOutputDir(project.resolve(value));
      case "templatesDir" -> options.withTemplatesDir(project.resolve(value));
      case "staticDir" -> options.withStaticDir(project.resolve(value));
      case "drafts" -> options.withDrafts(bool(name, value));
      case "failOnBrokenLinks" -> options.withFailOnBrokenLinks(bool(name, value));
      case "baseUrl", "repositoryUrl", "cname", "title.ko", "title.en", "importMapping", "importSplitLevel" ->
          options.withSetting(name, value);
      case "importFile" -> options.withImport(project.resolve(value), options.overwrite());
      case "overwrite" -> options.withImport(options.importFile(), bool(name, value));
      case "port" -> options.withPort(port(value));
      default -> throw new IllegalArgumentException("unknown option '--" + name + "'");
    };
  }

  private static int port(String value) {
    try {
      int port = Integer.parseInt(value);
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("--port takes a number from 0 to 65535, not '" + value + "'");
  }

  private static boolean bool(String name, String value) {
    if (!value.equals("true") && !value.equals("false")) {
      throw new IllegalArgumentException("--" + name + " takes true or false, not '" + value + "'");
    }
    return Boolean.parseBoolean(value);
  }
}
