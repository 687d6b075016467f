package vn.congdoan.welfare.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;
import vn.congdoan.platform.api.ServiceUnavailableException;
import vn.congdoan.welfare.client.MembershipClient.RosterMember;

/**
 * The roster call on a stand-in membership-service; relaying the token and mapping its errors are
 * RelayingClientTest's.
 */
class MembershipClientTest {
  private static final String TOKEN = "Bearer officer-token";
  private static final String ROSTER =
      """
      {"branchId": "vp-doan-dbqh", "count": 2, "members": [
        {"memberId": "nguyen-thi-hong", "fullName": "Nguyễn Thị Hồng", "dateOfBirth": "1985-03-08",
         "status": "ACTIVE", "erased": false, "gender": "FEMALE", "groupId": "to-1"},
        {"memberId": "da-xoa", "fullName": null, "dateOfBirth": null,
         "status": "DEPARTED", "erased": true}]}
      """;

  private final AtomicReference<String> seenAuthorization = new AtomicReference<>();
  private final AtomicReference<String> seenQuery = new AtomicReference<>();
  private HttpServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  private MembershipClient clientFor(int status, String body, Duration delay) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/api/branches/vp-doan-dbqh/members",
        exchange -> {
          seenAuthorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
          seenQuery.set(exchange.getRequestURI().getQuery());
          try {
            Thread.sleep(delay.toMillis());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(status, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
    return client(URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
  }

  private static MembershipClient client(URI url) {
    return new MembershipClient(
        RestClient.builder(),
        new MembershipSettings(url, Duration.ofMillis(500), Duration.ofMillis(500)));
  }

  @Test
  void readsTheWholeRosterWithTheCallersOwnToken() throws IOException {
    var members = clientFor(200, ROSTER, Duration.ZERO).roster("vp-doan-dbqh", TOKEN);

    assertThat(seenAuthorization.get()).isEqualTo(TOKEN);
    assertThat(seenQuery.get()).isEqualTo("status=ALL");
    assertThat(members)
        .containsExactly(
            new RosterMember("nguyen-thi-hong", LocalDate.of(1985, 3, 8), "ACTIVE", false),
            new RosterMember("da-xoa", null, "DEPARTED", true));
  }

  @Test
  void aRosterWithoutMembersIsEmpty() throws IOException {
    var client = clientFor(200, "{\"branchId\": \"vp-doan-dbqh\", \"count\": 0}", Duration.ZERO);

    assertThat(client.roster("vp-doan-dbqh", TOKEN)).isEmpty();
  }

  @Test
  void aFailingMembershipServiceSaysBirthdayGiftsNeedIt() throws IOException {
    var client = clientFor(500, "{}", Duration.ZERO);

    assertThatThrownBy(() -> client.roster("vp-doan-dbqh", TOKEN))
        .isInstanceOf(ServiceUnavailableException.class)
        .hasMessageContaining("answered 500; birthday gifts need members' birth dates from it");
  }
}
