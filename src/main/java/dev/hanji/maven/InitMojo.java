package dev.hanji.maven;

import dev.hanji.diagnostics.BuildFailedException;
import dev.hanji.core.SiteInit;
import java.io.File;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn dev.hanji:hanji-maven-plugin:<version>:init -Dsite.dir=DIR}: starts a new site in {@code DIR}. It is
 * called by its full name because outside a project that lists this plugin, the {@code site:} prefix means Apache's
 * maven-site-plugin.
 */
@Mojo(name = "init", requiresProject = false, threadSafe = true)
public class InitMojo extends SiteMojo {
  @Parameter(property = "site.dir", required = true)
  private File dir;
  @Parameter(property = "site.languages")
  private String languages;
  @Parameter(property = "site.title")
  private String title;
  @Parameter(property = "site.force", defaultValue = "false")
  private boolean force;

  @Override
  public void execute() throws MojoFailureException {
    try {
      SiteInit.run(options(dir.getAbsoluteFile()).withOverwrite(force)
          .withSetting(SiteInit.LANGUAGES_SETTING, languages)
          .withSetting(SiteInit.TITLE_SETTING, title)).forEach(getLog()::info);
    } catch (BuildFailedException e) {
      throw failure(e);
    }
  }
}
