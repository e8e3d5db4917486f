package dev.hanji.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Mojo;

/** {@code mvn site:generate}: renders {@code content/} into {@code target/site}. */
@Mojo(name = "generate", requiresProject = false, threadSafe = true)
public class GenerateMojo extends AbstractMojo {
  @Override
  public void execute() {
    getLog().info("not yet");
  }
}
