package dev.hanji.maven;

import dev.hanji.diagnostics.BuildFailedException;
import dev.hanji.core.NoteImport;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/** {@code mvn site:import -Dsite.importFile=NOTE.md}: turns a Notion-style note into pages under {@code content/ko/}. */
@Mojo(name = "import", requiresProject = false, threadSafe = true)
public class ImportMojo extends SiteMojo {
  @Override
  public void execute() throws MojoFailureException {
    try {
      NoteImport.run(options()).forEach(getLog()::info);
    } catch (BuildFailedException e) {
      throw failure(e);
    }
  }
}
