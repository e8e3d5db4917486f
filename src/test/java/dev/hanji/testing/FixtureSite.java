package dev.hanji.testing;

import dev.hanji.core.BuildOptions;
import java.nio.file.Path;

/** A writable copy of the {@code sites/basic} test site, built with the project's own templates and static files. */
public final class FixtureSite {
  private FixtureSite() {
  }

  /**
   * Copies the fixture content, templates and static files under {@code dir} (so tests may edit any of them)
   * and returns options for it with a free port.
   */
  public static BuildOptions copyTo(Path dir) {
    Path project = TestSites.projectDir();
    TestSites.copyTree(project.resolve("src/test/resources/sites/basic/content"), dir.resolve("content"));
    TestSites.copyTree(project.resolve("site-templates"), dir.resolve("site-templates"));
    TestSites.copyTree(project.resolve("static"), dir.resolve("static"));
    return BuildOptions.forProject(dir).withPort(0);
  }
}
