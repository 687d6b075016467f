package vn.congdoan.finance.client;

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
import vn.congdoan.membership.api.MemberStatus;
import vn.congdoan.membership.api.RosterEntry;
import vn.congdoan.membership.api.Sector;
import vn.congdoan.platform.api.MemberId;
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

  private StandInService server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private MembershipClient clientFor(int status, String branch, String roster) throws IOException {
    server =
        StandInService.start(
            "/api/branches/vp-doan-dbqh",
            uri -> new Answer(status, uri.getPath().endsWith("/members") ? roster : branch));
    return client(server.url());
  }

  private static MembershipClient client(URI url) {
    return new MembershipClient(
        RestClient.builder(),
        new MembershipSettings(url, Duration.ofMillis(500), Duration.ofMillis(500)));
  }

  @Test
  void readsTheBranchSectorWithTheCallersOwnToken() throws IOException {
    var branch = clientFor(200, BRANCH, ROSTER).branch("vp-doan-dbqh", TOKEN);

    assertThat(server.authorization()).isEqualTo(TOKEN);
    assertThat(branch.sector()).isEqualTo(Sector.STATE_AGENCY);
    assertThat(branch.name()).isEqualTo("Công đoàn Văn phòng");
  }

  @Test
  void readsEveryMemberTheBranchHasHadWithTheirDates() throws IOException {
    var members = clientFor(200, BRANCH, ROSTER).members("vp-doan-dbqh", TOKEN);

    assertThat(server.authorization()).isEqualTo(TOKEN);
    assertThat(server.query()).isEqualTo("status=ALL");
    assertThat(members)
        .extracting(
            RosterEntry::memberId,
            RosterEntry::status,
            RosterEntry::since,
            RosterEntry::leftOn,
            RosterEntry::firstJoinedOn)
        .containsExactly(
            tuple(
                new MemberId("le-van-binh"),
                MemberStatus.ACTIVE,
                LocalDate.of(2010, 5, 1),
                null,
                LocalDate.of(2010, 5, 1)),
            tuple(
                new MemberId("tran-thi-mai"),
                MemberStatus.DEPARTED,
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
