package vn.congdoan.platform.infra.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.client.RestClient;
import vn.congdoan.local.StandInService;
import vn.congdoan.local.StandInService.Answer;
import vn.congdoan.platform.api.NotFoundException;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.api.ServiceUnavailableException;

class RelayingClientTest {
  private static final String TOKEN = "Bearer officer-token";
  private static final String PURPOSE = "gifts need birth dates from it";

  record Branch(String branchId, String sector) {}

  private StandInService server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  /** A stand-in membership-service answering every request with {@code status} and {@code body}. */
  private RelayingClient clientFor(int status, String body, Duration delay) throws IOException {
    server = StandInService.start("/", uri -> new Answer(status, body, delay));
    return client(server.url());
  }

  private static RelayingClient client(URI url) {
    return new RelayingClient(
        RestClient.builder(),
        "membership-service",
        url,
        Duration.ofMillis(500),
        Duration.ofMillis(500),
        PURPOSE);
  }

  private static Branch read(RelayingClient client) {
    return client.get(
        Refusal.of("test.relayed.branch", "b1"),
        "/api/branches/{branchId}?view={view}",
        Branch.class,
        TOKEN,
        "b1",
        "full");
  }

  @Test
  void readsWithTheCallersOwnToken() throws IOException {
    var branch = read(clientFor(200, "{\"branchId\": \"b1\", \"sector\": \"S\"}", Duration.ZERO));

    assertThat(branch).isEqualTo(new Branch("b1", "S"));
    assertThat(server.authorization()).isEqualTo(TOKEN);
    assertThat(server.path()).isEqualTo("/api/branches/b1");
    assertThat(server.query()).isEqualTo("view=full");
  }

  @Test
  void whatTheServiceDoesNotKnowIsNotFound() throws IOException {
    var client = clientFor(404, "{}", Duration.ZERO);

    assertThatThrownBy(() -> read(client))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("Branch b1 not found in membership-service");
  }

  @Test
  void whatTheServiceRefusesTheCallerIsDenied() throws IOException {
    var client = clientFor(403, "{}", Duration.ZERO);

    assertThatThrownBy(() -> read(client))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("membership-service does not let this caller read branch b1");
  }

  @Test
  void aServiceAlreadyBusyWithTheSameIsAConflict() throws IOException {
    var client = clientFor(409, "{}", Duration.ZERO);

    assertThatThrownBy(() -> read(client))
        .isInstanceOf(vn.congdoan.platform.api.ConflictException.class)
        .hasMessageContaining("membership-service is already busy with branch b1");
  }

  @Test
  void aTokenTheServiceDoesNotAcceptIsDenied() throws IOException {
    var client = clientFor(401, "{}", Duration.ZERO);

    assertThatThrownBy(() -> read(client)).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aFailingServiceIsUnavailableSayingWhatItAnsweredAndWhatItIsNeededFor() throws IOException {
    var client = clientFor(500, "{}", Duration.ZERO);

    assertThatThrownBy(() -> read(client))
        .isInstanceOf(ServiceUnavailableException.class)
        .hasMessageStartingWith("membership-service at http://127.0.0.1:")
        .hasMessageEndingWith(" answered 500; " + PURPOSE + ", try again shortly");
  }

  @Test
  void anUnreachableServiceIsUnavailable() throws IOException {
    int closedPort;
    try (var socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    var client = client(URI.create("http://127.0.0.1:" + closedPort));

    assertThatThrownBy(() -> read(client))
        .isInstanceOf(ServiceUnavailableException.class)
        .hasMessageContaining("could not be read")
        .hasMessageEndingWith(PURPOSE + ", try again shortly");
  }

  @Test
  void aSlowServiceIsUnavailableAfterTheReadTimeout() throws IOException {
    var client = clientFor(200, "{\"branchId\": \"b1\"}", Duration.ofSeconds(2));

    assertThatThrownBy(() -> read(client))
        .isInstanceOf(ServiceUnavailableException.class)
        .hasMessageContaining("could not be read");
  }

  @Test
  void anAnswerThatIsNotWhatWasAskedForIsUnavailable() throws IOException {
    var client = clientFor(200, "<html>proxy error</html>", Duration.ZERO);

    assertThatThrownBy(() -> read(client))
        .isInstanceOf(ServiceUnavailableException.class)
        .hasMessageContaining("could not be read");
  }

  @Test
  void anAnswerTheCallerCannotUseIsUnavailableNamingTheService() {
    var client = client(URI.create("http://membership:8081"));

    assertThat(client.unavailable("gave no sector for branch b1"))
        .hasMessage(
            "membership-service at http://membership:8081 gave no sector for branch b1; "
                + PURPOSE
                + ", try again shortly");
  }
}
