package vn.congdoan.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStackTest {

  @TempDir Path data;

  private final ByteArrayOutputStream output = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

  @Test
  void aTakenKafkaPortExitsWithCode2AndOneClearLine() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();

      int code =
          LocalStack.run(
              new String[] {
                "--data", data.toString(), "--kafka-port", "" + port, "--mongo-port", "0"
              },
              out);

      assertThat(code).isEqualTo(2);
      assertThat(printed())
          .isEqualTo(
              "Port "
                  + port
                  + " is already in use (Kafka). Stop what uses it or pass"
                  + " --kafka-port.");
      assertThat(Files.exists(data.resolve("kafka"))).isFalse();
    }
  }

  @Test
  void aTakenMongoPortNamesMongoDbAndItsOption() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int code =
          LocalStack.run(
              new String[] {
                "--data",
                data.toString(),
                "--kafka-port",
                "0",
                "--mongo-port",
                "" + taken.getLocalPort()
              },
              out);

      assertThat(code).isEqualTo(2);
      assertThat(printed())
          .contains("(MongoDB)")
          .contains("--mongo-port")
          .doesNotContain("Exception");
    }
  }

  @Test
  void theTokenCommandPrintsATokenForTheFirstRoleAndBranch() throws Exception {
    int code = LocalStack.run(new String[] {"token", "--role", "OFFICER", "--branch", "b-1"}, out);

    assertThat(code).isZero();
    SignedJWT jwt = SignedJWT.parse(printed());
    assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("dev-officer");
    assertThat(jwt.getJWTClaimsSet().getStringClaim("branch")).isEqualTo("b-1");
  }

  @Test
  void theTokenCommandWithoutARoleIsAUsageError() {
    assertThat(LocalStack.run(new String[] {"token", "--branch", "b-1"}, out)).isEqualTo(2);
    assertThat(printed()).contains("--role").contains("Usage:");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    assertThat(LocalStack.run(new String[] {"--kafka", "1"}, out)).isEqualTo(2);
    assertThat(printed()).startsWith("Unknown option: --kafka").contains("Usage:");
  }

  @Test
  void aMongoStoreOtherThanDiskOrMemoryIsRefused() {
    assertThat(
            LocalStack.run(
                new String[] {"--mongo-port", "0", "--kafka-port", "0", "--mongo-store", "tape"},
                out))
        .isEqualTo(2);
    assertThat(printed()).isEqualTo("--mongo-store is disk or memory, not tape");
  }

  private String printed() {
    return output.toString(StandardCharsets.UTF_8).strip();
  }
}
