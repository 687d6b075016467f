package vn.congdoan.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The image each deployable module's build made with Jib (jib:buildTar, no Docker daemon), read
 * from its tar as a container runtime would: the name the compose file and the Kubernetes images
 * use, a user that is not root, a heap sized from the container's memory, the service's port.
 */
class ImageTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @CsvSource({
    "membership-service, 8081, vn.congdoan.membership.MembershipApplication",
    "welfare-service, 8082, vn.congdoan.welfare.WelfareApplication",
    "finance-service, 8083, vn.congdoan.finance.FinanceApplication",
    "reporting-service, 8084, vn.congdoan.reporting.ReportingApplication",
    "gateway, 8080, vn.congdoan.gateway.GatewayApplication"
  })
  void theModulesImageRunsItsServiceAsNoRootWithAHeapSizedByTheContainer(
      String module, int port, String main) throws IOException {
    Path tar = DeployFiles.path("../" + module + "/target/jib-image.tar");
    assertThat(tar).as("built by %s's verify phase (jib:buildTar)", module).exists();
    Map<String, byte[]> files = entries(tar, "manifest.json", "config.json");

    JsonNode manifest = JSON.readTree(files.get("manifest.json")).get(0);
    assertThat(manifest.path("RepoTags").get(0).asText())
        .isEqualTo("congdoan/" + module + ":" + System.getProperty("project.version"));
    JsonNode config = JSON.readTree(files.get("config.json")).path("config");
    assertThat(config.path("User").asText()).isEqualTo("1000:1000");
    var entrypoint = JSON.convertValue(config.path("Entrypoint"), String[].class);
    assertThat(entrypoint[0]).isEqualTo("java");
    assertThat(entrypoint).contains("-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError");
    assertThat(entrypoint[entrypoint.length - 1]).isEqualTo(main);
    assertThat(config.path("ExposedPorts").has(port + "/tcp")).isTrue();
    assertThat(config.path("Env").toString()).contains("SERVER_PORT=" + port);
  }

  /** The named files of a tar archive (ustar: a 512-byte header, then the data, padded). */
  private static Map<String, byte[]> entries(Path tar, String... names) throws IOException {
    Map<String, byte[]> found = new HashMap<>();
    try (InputStream in = Files.newInputStream(tar)) {
      byte[] header = new byte[512];
      while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
        String name = field(header, 0, 100);
        long size = Long.parseLong(field(header, 124, 12).trim(), 8);
        long padded = (size + 511) / 512 * 512;
        if (java.util.Arrays.asList(names).contains(name)) {
          found.put(name, in.readNBytes((int) size));
          in.skipNBytes(padded - size);
        } else {
          in.skipNBytes(padded);
        }
      }
    }
    assertThat(found).as("%s in %s", String.join(", ", names), tar).hasSize(names.length);
    return found;
  }

  private static String field(byte[] header, int offset, int length) {
    int end = offset;
    while (end < offset + length && header[end] != 0) {
      end++;
    }
    return new String(header, offset, end - offset, StandardCharsets.US_ASCII);
  }
}
