package dev.hanji.maven;

import dev.hanji.diagnostics.BuildFailedException;
import dev.hanji.core.BuildResult;
import dev.hanji.core.SiteGenerator;
import dev.hanji.core.TerminalProgress;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/** {@code mvn site:generate}: renders {@code content/} into {@code target/site}. */
@Mojo(name = "generate", requiresProject = false, threadSafe = true)
public class GenerateMojo extends SiteMojo {
  @Override
  public void execute() throws MojoFailureException {
    try {
      BuildResult result;
      try (TerminalProgress progress = TerminalProgress.forConsole(System.out)) {
        result = SiteGenerator.generate(options(), progress);
      }
      result.summary().forEach(getLog()::info);
      getLog().info("site written to " + options().outputDir());
    } catch (BuildFailedException e) {
      throw failure(e);
    }
  }
}
