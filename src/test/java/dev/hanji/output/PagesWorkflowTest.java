package dev.hanji.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.hanji.testing.TestSites;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The GitHub Pages workflow cannot run here, so its shape is checked: triggers, steps, order, permissions. */
class PagesWorkflowTest {
  private static JsonNode workflow;

  @BeforeAll
  static void parse() throws Exception {
    workflow = new ObjectMapper(new YAMLFactory())
        .readTree(TestSites.projectDir().resolve(".github/workflows/pages.yml").toFile());
  }

  @Test
  void runsOnPushToMainAndOnPullRequests() {
    JsonNode on = workflow.get("on");
    assertEquals("main", on.at("/push/branches/0").asText());
    assertEquals(1, on.at("/push/branches").size());
    assertTrue(on.has("pull_request"));
  }

  @Test
  void buildsWithJdk17AndMavenThenGeneratesWithThePagesBaseUrl() {
    JsonNode steps = workflow.at("/jobs/build/steps");
    List<String> order = new ArrayList<>();
    steps.forEach(step -> order.add(describe(step)));
    assertEquals(List.of("actions/checkout", "actions/setup-java", "actions/configure-pages", "mvn install",
        "mvn site:generate", "actions/upload-pages-artifact"), order);

    assertEquals(0, steps.get(0).at("/with/fetch-depth").asInt(-1), "the whole history, for the pages' dates");
    JsonNode java = steps.get(1).get("with");
    assertEquals("temurin", java.get("distribution").asText());
    assertEquals("17", java.get("java-version").asText());
    assertEquals("maven", java.get("cache").asText());

    assertEquals("pages", steps.get(2).get("id").asText());
    assertEquals("mvn -B install", steps.get(3).get("run").asText());
    String generate = steps.get(4).get("run").asText();
    assertTrue(generate.startsWith("mvn -B site:generate "), generate);
    assertTrue(generate.contains("-Dsite.baseUrl={0}/', steps.pages.outputs.base_url"), generate);
    assertEquals("target/site", steps.get(5).at("/with/path").asText());
  }

  /** An action without its version ({@code actions/checkout}), or a Maven run as {@code mvn <goal>}. */
  private static String describe(JsonNode step) {
    if (step.has("uses")) {
      return step.get("uses").asText().replaceAll("@.*", "");
    }
    String[] words = step.get("run").asText().trim().split("\\s+");
    assertEquals("-B", words[1], "Maven runs in batch mode");
    return words[0] + " " + words[2];
  }

  @Test
  void pullRequestsBuildButNeverConfigureUploadOrDeploy() {
    JsonNode steps = workflow.at("/jobs/build/steps");
    for (int index : new int[] {2, 5}) {
      assertEquals("github.event_name != 'pull_request'", steps.get(index).get("if").asText());
    }
    for (int index : new int[] {0, 1, 3, 4}) {
      assertFalse(steps.get(index).has("if"), "step " + index + " runs for pull requests too");
    }
    String deployIf = workflow.at("/jobs/deploy/if").asText();
    assertTrue(deployIf.contains("github.event_name != 'pull_request'")
        && deployIf.contains("github.ref == 'refs/heads/main'"), deployIf);
  }

  @Test
  void deploysFromTheBuildWithPagesPermissionsOnly() {
    JsonNode deploy = workflow.at("/jobs/deploy");
    assertEquals("build", deploy.get("needs").asText());
    assertEquals("write", deploy.at("/permissions/pages").asText());
    assertEquals("write", deploy.at("/permissions/id-token").asText());
    assertEquals("github-pages", deploy.at("/environment/name").asText());
    assertEquals(1, deploy.get("steps").size());
    assertTrue(deploy.at("/steps/0/uses").asText().startsWith("actions/deploy-pages@"));
    assertEquals("read", workflow.at("/permissions/contents").asText());
    assertFalse(workflow.at("/jobs/build").has("permissions"), "the build job needs no write access");
  }
}
