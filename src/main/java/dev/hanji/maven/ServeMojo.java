package dev.hanji.maven;

import dev.hanji.serve.PortInUseException;
import dev.hanji.serve.PreviewServer;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code mvn site:serve}: previews the site on http://127.0.0.1:8080 ({@code -Dsite.port=}), rebuilding on
 * change and reloading open pages, until Ctrl-C.
 */
@Mojo(name = "serve", requiresProject = false, threadSafe = true)
public class ServeMojo extends SiteMojo {
  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    try (PreviewServer server = PreviewServer.start(options(), console(getLog()))) {
      server.awaitStop();
    } catch (PortInUseException e) {
      throw new MojoFailureException(e.getMessage());
    } catch (IOException e) {
      throw new MojoExecutionException("the preview server could not start: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static PreviewServer.Console console(Log log) {
    return new PreviewServer.Console() {
      @Override
      public void info(String line) {
        log.info(line);
      }

      @Override
      public void error(String line) {
        log.error(line);
      }
    };
  }
}
