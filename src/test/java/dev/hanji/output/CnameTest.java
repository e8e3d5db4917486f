package dev.hanji.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.hanji.core.BuildOptions;
import dev.hanji.core.SiteGenerator;
import dev.hanji.testing.FixtureSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -Dsite.cname} puts the custom domain into {@code CNAME}, as GitHub Pages expects; no setting, no file. */
class CnameTest {
  @Test
  void cnameIsWrittenOnlyWhenSet(@TempDir Path dir) throws Exception {
    BuildOptions options = FixtureSite.copyTo(dir);
    assertFalse(SiteGenerator.build(options).files().containsKey("CNAME"));

    byte[] cname = SiteGenerator.build(options.withSetting("cname", "kafka.example.org")).files().get("CNAME");
    assertEquals("kafka.example.org\n", new String(cname, StandardCharsets.UTF_8));
  }
}
