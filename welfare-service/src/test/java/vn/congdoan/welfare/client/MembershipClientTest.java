package vn.congdoan.welfare.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;
import vn.congdoan.local.StandInService;
import vn.congdoan.local.StandInService.Answer;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.membership.api.MemberStatus;
import vn.congdoan.membership.api.RosterEntry;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.ServiceUnavailableException;

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

  private StandInService server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private MembershipClient clientFor(int status, String body, Duration delay) throws IOException {
    server =
        StandInService.start(
            "/api/branches/vp-doan-dbqh/members", uri -> new Answer(status, body, delay));
    return client(server.url());
  }

  private static MembershipClient client(URI url) {
    return new MembershipClient(
        RestClient.builder(),
        new MembershipSettings(url, Duration.ofMillis(500), Duration.ofMillis(500)));
  }

  @Test
  void readsTheWholeRosterWithTheCallersOwnToken() throws IOException {
    var members = clientFor(200, ROSTER, Duration.ZERO).roster("vp-doan-dbqh", TOKEN);

    assertThat(server.authorization()).isEqualTo(TOKEN);
    assertThat(server.query()).isEqualTo("status=ALL");
    assertThat(members)
        .extracting(
            RosterEntry::memberId,
            RosterEntry::fullName,
            RosterEntry::dateOfBirth,
            RosterEntry::status,
            RosterEntry::erased,
            RosterEntry::gender)
        .containsExactly(
            tuple(
                new MemberId("nguyen-thi-hong"),
                "Nguyễn Thị Hồng",
                LocalDate.of(1985, 3, 8),
                MemberStatus.ACTIVE,
                false,
                Gender.FEMALE),
            tuple(new MemberId("da-xoa"), null, null, MemberStatus.DEPARTED, true, null));
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
