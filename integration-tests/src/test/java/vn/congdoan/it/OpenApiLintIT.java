package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.congdoan.it.Platform.Service;

/**
 * Every service's OpenAPI document, as the gateway serves it, passes a standard linter's
 * recommended rules (Redocly CLI, from npm, run by npx) without an error or a warning: the bearer
 * scheme declared, every operation summarised, its refusals documented.
 */
class OpenApiLintIT {
  /** Pinned: a new release may bring new rules, taken on purpose rather than by surprise. */
  static final String LINTER = "@redocly/cli@2.77.0";

  private final Platform platform = Platform.shared();

  @Test
  void everyServicesDocumentPassesTheRecommendedRules() throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "openapi"));
    List<String> command = new ArrayList<>(List.of("npx", "--yes", LINTER, "lint"));
    for (Service service : Service.values()) {
      String name = service.name().toLowerCase();
      var document = Http.get(platform.gatewayUrl("/openapi/" + name), null);
      assertThat(document.status()).as(document.body()).isEqualTo(200);
      Path file = dir.resolve(name + ".json");
      Files.writeString(file, document.body(), StandardCharsets.UTF_8);
      command.add(file.toString());
    }
    Path config = Path.of("src", "test", "resources", "redocly.yaml");
    command.addAll(List.of("--config", config.toString(), "--format", "json"));
    Path output = dir.resolve("lint.json");
    Process lint =
        new ProcessBuilder(command)
            .redirectOutput(output.toFile())
            .redirectError(dir.resolve("lint.log").toFile())
            .start();
    assertThat(lint.waitFor(5, TimeUnit.MINUTES)).as("the linter finished").isTrue();

    // one report per document, one after the other
    List<JsonNode> reports =
        new ObjectMapper()
            .readerFor(JsonNode.class)
            .<JsonNode>readValues(output.toFile())
            .readAll();
    assertThat(reports).as("the linter's reports: %s", Files.readString(output)).hasSize(4);
    List<String> problems = new ArrayList<>();
    for (JsonNode report : reports) {
      for (JsonNode p : report.path("problems")) {
        problems.add(
            String.format(
                "%s %s at %s%s: %s",
                p.path("severity").asText(),
                p.path("ruleId").asText(),
                p.at("/location/0/source/ref").asText(),
                p.at("/location/0/pointer").asText(),
                p.path("message").asText()));
      }
    }
    assertThat(problems).as("%s", String.join("\n", problems)).isEmpty();
  }
}
