package dev.hanji.maven;

import dev.hanji.core.BuildOptions;
import dev.hanji.core.BuildResult;
import dev.hanji.core.QuickJvm;
import dev.hanji.core.SiteGenerator;
import dev.hanji.core.TerminalProgress;
import dev.hanji.diagnostics.BuildFailedException;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn site:generate}: renders {@code content/} into {@code target/site}. A site below {@link
 * QuickJvm#C2_FROM_SOURCES} Markdown files is built in a JVM made for a one-shot build ({@link ForkedGenerate});
 * Maven's own JVM compiles with C2 and loads every class afresh, which took twice as long for the real site.
 */
@Mojo(name = "generate", requiresProject = false, threadSafe = true)
public class GenerateMojo extends SiteMojo {
  @Parameter(defaultValue = "${plugin}", readonly = true)
  private PluginDescriptor plugin;

  @Override
  public void execute() throws MojoFailureException {
    BuildOptions options = options();
    Optional<String> classPath = pluginClassPath();
    if (classPath.isPresent() && QuickJvm.suits(QuickJvm.thisJvmArguments(), options.contentDir())) {
      try {
        generateInQuickJvm(options, classPath.get());
        return;
      } catch (IOException e) {
        getLog().debug("no JVM of its own for the build (" + e.getMessage() + "); building in Maven's");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new MojoFailureException("site:generate was interrupted");
      }
    }
    generateHere(options);
  }

  private void generateHere(BuildOptions options) throws MojoFailureException {
    try {
      BuildResult result;
      try (TerminalProgress progress = TerminalProgress.forConsole(System.out)) {
        result = SiteGenerator.generate(options, progress);
      }
      result.summary().forEach(getLog()::info);
      getLog().info("site written to " + options.outputDir());
    } catch (BuildFailedException e) {
      throw failure(e);
    }
  }

  private void generateInQuickJvm(BuildOptions options, String classPath)
      throws IOException, InterruptedException, MojoFailureException {
    AtomicInteger errors = new AtomicInteger();
    int code = QuickJvm.run(ForkedGenerate.class.getName(), options.toArguments(), classPath, line -> {
      if (line.startsWith(ForkedGenerate.ERROR)) {
        errors.incrementAndGet();
        getLog().error(line.substring(ForkedGenerate.ERROR.length()));
      } else if (line.startsWith(ForkedGenerate.WARNING)) {
        getLog().warn(line.substring(ForkedGenerate.WARNING.length()));
      } else if (line.startsWith(ForkedGenerate.INFO)) {
        getLog().info(line.substring(ForkedGenerate.INFO.length()));
      } else {
        getLog().warn(line); // the JVM's own messages
      }
    });
    if (code != 0) {
      throw new MojoFailureException(errors.get() > 0
          ? "site:generate failed with " + errors.get() + " error(s); nothing was written"
          : "site:generate failed: its JVM exited with code " + code + "; nothing was written");
    }
  }

  /**
   * The jars of this plugin and of every library it depends on, for the build's JVM; empty when one is not a file.
   * Taken from the plugin's resolved dependencies rather than its class realm, which leaves out the libraries Maven
   * shares with plugins (SLF4J).
   */
  private Optional<String> pluginClassPath() {
    if (plugin == null || plugin.getPluginArtifact() == null || plugin.getArtifacts() == null) {
      return Optional.empty();
    }
    Set<String> entries = new LinkedHashSet<>();
    List<Artifact> artifacts = new ArrayList<>(List.of(plugin.getPluginArtifact()));
    artifacts.addAll(plugin.getArtifacts());
    for (Artifact artifact : artifacts) {
      File file = artifact.getFile();
      if (file == null || !file.isFile()) {
        return Optional.empty();
      }
      entries.add(file.getAbsolutePath());
    }
    return Optional.of(String.join(File.pathSeparator, entries));
  }
}
