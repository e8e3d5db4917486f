package dev.hanji.maven;

import dev.hanji.diagnostics.BuildFailedException;
import dev.hanji.core.BuildOptions;
import dev.hanji.diagnostics.Diagnostic;
import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The {@code -Dsite.*} options every goal shares, turned into the one {@link BuildOptions} the core takes.
 * Goals stay thin: they build options, call the core and print what it returns.
 */
public abstract class SiteMojo extends AbstractMojo {
  @Parameter(defaultValue = "${project.basedir}", readonly = true)
  private File baseDir;
  @Parameter(property = "site.contentDir")
  private File contentDir;
  @Parameter(property = "site.templatesDir")
  private File templatesDir;
  @Parameter(property = "site.staticDir")
  private File staticDir;
  @Parameter(property = "site.outputDirectory")
  private File outputDirectory;
  @Parameter(property = "site.baseUrl")
  private String baseUrl;
  @Parameter(property = "site.repositoryUrl")
  private String repositoryUrl;
  @Parameter(property = "site.cname")
  private String cname;
  @Parameter(property = "site.title.ko")
  private String titleKo;
  @Parameter(property = "site.title.en")
  private String titleEn;
  @Parameter(property = "site.drafts", defaultValue = "false")
  private boolean drafts;
  @Parameter(property = "site.failOnBrokenLinks", defaultValue = "true")
  private boolean failOnBrokenLinks;
  @Parameter(property = "site.port", defaultValue = "8080")
  private int port;
  @Parameter(property = "site.importFile")
  private File importFile;
  @Parameter(property = "site.importMapping")
  private String importMapping;
  @Parameter(property = "site.importSplitLevel")
  private String importSplitLevel;
  @Parameter(property = "site.overwrite", defaultValue = "false")
  private boolean overwrite;

  /** The options these parameters describe. */
  protected BuildOptions options() {
    return options(baseDir != null ? baseDir : new File(System.getProperty("user.dir")));
  }

  /** The options these parameters describe, for the project in {@code project}. */
  protected BuildOptions options(File project) {
    return new BuildOptions(project.toPath(), path(contentDir), path(templatesDir), path(staticDir),
        path(outputDirectory), drafts, failOnBrokenLinks, port, null, importFile == null ? null : importFile.toPath(),
        overwrite, BuildOptions.OptionSyntax.MAVEN)
        .withSetting("baseUrl", baseUrl)
        .withSetting("repositoryUrl", repositoryUrl)
        .withSetting("cname", cname)
        .withSetting("title.ko", titleKo)
        .withSetting("title.en", titleEn)
        .withSetting(dev.hanji.core.NoteImport.MAPPING_SETTING, importMapping)
        .withSetting(dev.hanji.core.NoteImport.SPLIT_LEVEL_SETTING, importSplitLevel);
  }

  /** Logs every diagnostic of a failed build and returns the failure Maven reports. */
  protected MojoFailureException failure(BuildFailedException e) {
    String what = getClass().getSimpleName().replace("Mojo", "").toLowerCase(java.util.Locale.ROOT);
    for (Diagnostic diagnostic : e.diagnostics()) {
      if (diagnostic.isError()) {
        getLog().error(diagnostic.toString());
      } else {
        getLog().warn(diagnostic.toString());
      }
    }
    long errors = e.diagnostics().stream().filter(Diagnostic::isError).count();
    return new MojoFailureException("site:" + what + " failed with " + errors + " error(s); nothing was written");
  }

  private static java.nio.file.Path path(File file) {
    return file == null ? null : file.toPath();
  }
}
