package vn.congdoan.finance.client;

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
import vn.congdoan.finance.client.MembershipClient.RosterMember;
import vn.congdoan.platform.api.ServiceUnavailableException;

/**
 * The branch and roster calls on a stand-in membership-service; relaying the token and mapping its
 * errors are RelayingClientTest's.
 */
class MembershipClientTest {
  private static final String TOKEN = "Bearer officer-token";
  private static final String BRANCH =
      """
      {"branchId": "vp-doan-dbqh", "name": "Công đoàn Văn phòng", "parentUnion": "CĐ Viên chức",
       "sector": "STATE_AGENCY", "groups": [{"groupId": "to-1", "name": "Tổ 1"}], "dissolvedOn": null}
      """;
  private static final String ROSTER =
      """
      {"branchId": "vp-doan-dbqh", "count": 2, "members": [
        {"memberId": "le-van-binh", "fullName": "Lê Văn Bình", "status": "ACTIVE",
         "since": "2010-05-01", "leftOn": null, "firstJoinedOn": "2010-05-01"},
        {"memberId": "tran-thi-mai", "status": "DEPARTED", "since": "2012-01-01",
         "leftOn": "2025-01-01", "firstJoinedOn": "2008-03-01"}]}
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

  private MembershipClient clientFor(int status, String branch, String roster) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/api/branches/vp-doan-dbqh",
        exchange -> {
          seenAuthorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
          seenQuery.set(exchange.getRequestURI().getQuery());
          boolean members = exchange.getRequestURI().getPath().endsWith("/members");
          byte[] bytes = (members ? roster : branch).getBytes(StandardCharsets.UTF_8);
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
  void readsTheBranchSectorWithTheCallersOwnToken() throws IOException {
    var branch = clientFor(200, BRANCH, ROSTER).branch("vp-doan-dbqh", TOKEN);

    assertThat(seenAuthorization.get()).isEqualTo(TOKEN);
    assertThat(branch.sector()).isEqualTo("STATE_AGENCY");
  }

  @Test
  void readsEveryMemberTheBranchHasHadWithTheirDates() throws IOException {
    var members = clientFor(200, BRANCH, ROSTER).members("vp-doan-dbqh", TOKEN);

    assertThat(seenAuthorization.get()).isEqualTo(TOKEN);
    assertThat(seenQuery.get()).isEqualTo("status=ALL");
    assertThat(members)
        .containsExactly(
            new RosterMember(
                "le-van-binh", "ACTIVE", LocalDate.of(2010, 5, 1), null, LocalDate.of(2010, 5, 1)),
            new RosterMember(
                "tran-thi-mai",
                "DEPARTED",
                LocalDate.of(2012, 1, 1),
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2008, 3, 1)));
  }

  @Test
  void aBranchWithoutASectorIsUnavailable() throws IOException {
    var client = clientFor(200, "{\"branchId\": \"vp-doan-dbqh\", \"sector\": null}", ROSTER);

    assertThatThrownBy(() -> client.branch("vp-doan-dbqh", TOKEN))
        .isInstanceOf(ServiceUnavailableException.class)
        .hasMessageContaining("gave no sector for branch vp-doan-dbqh");
  }

  @Test
  void aRosterWithoutMembersIsEmpty() throws IOException {
    var client = clientFor(200, BRANCH, "{\"branchId\": \"vp-doan-dbqh\"}");

    assertThat(client.members("vp-doan-dbqh", TOKEN)).isEmpty();
  }

  @Test
  void aFailingMembershipServiceSaysDuesNeedIt() throws IOException {
    var client = clientFor(500, "{}", "{}");

    assertThatThrownBy(() -> client.members("vp-doan-dbqh", TOKEN))
        .isInstanceOf(ServiceUnavailableException.class)
        .hasMessageContaining("answered 500; dues and union funding need");
  }
}
