package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.congdoan.it.Platform.Service.MEMBERSHIP;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A dissolution winds the branch up in one request: every membership still open ends with it,
 * departed or received by another branch, and the closed branch keeps showing who it closed with.
 */
class DissolutionIT {
  private static final String JUNE_1 = "2025-06-01";

  private final Platform platform = Platform.shared();
  private final String staff = Platform.token("FEDERATION_STAFF", null);

  private Http.Response send(String method, String branch, String path, String token, Object body) {
    return Http.send(
        method,
        platform.url(MEMBERSHIP, "/api/branches/" + branch + path),
        token,
        body instanceof String csv ? csv : Http.json(body),
        body instanceof String ? Map.of("Content-Type", "text/csv") : Map.of());
  }

  private JsonNode roster(String branch, String query) {
    var response =
        Http.get(
            platform.url(MEMBERSHIP, "/api/branches/" + branch + "/members" + query),
            Platform.token("BRANCH_OFFICER", branch));
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private Http.Response dissolve(String branch, Map<String, String> extra) {
    Map<String, String> body = new java.util.HashMap<>(extra);
    body.put("effectiveOn", JUNE_1);
    body.put("reason", "Công văn 4133/TLĐ-ToC");
    return send("POST", branch, "/dissolution", staff, body);
  }

  @Test
  void oneRequestEndsEveryMembershipAndTheClosedBranchShowsWhoItClosedWith() {
    String branch = "wound-up-roll";
    String officer = Platform.token("BRANCH_OFFICER", branch);
    platform.registerBranch(branch, "Công đoàn Sở Ngoại vụ", "to-1", "to-2");
    platform.admit(branch, "wr-an", "Lê Văn An", "MALE", "to-1");
    platform.admit(branch, "wr-binh", "Trần Thị Bình", "FEMALE", "to-1");
    platform.admit(branch, "wr-chi", "Phạm Thị Chi", "FEMALE", "to-2");
    platform.admit(branch, "wr-dat", "Ngô Văn Đạt", "MALE", "to-2");
    var retired =
        send(
            "POST",
            branch,
            "/members/wr-dat/departure",
            officer,
            Map.of("reason", "RETIRED", "effectiveOn", "2025-03-01"));
    assertThat(retired.status()).as(retired.body()).isEqualTo(200);
    var byHand =
        send(
            "POST",
            branch,
            "/members/wr-an/departure",
            officer,
            Map.of("reason", "BRANCH_DISSOLVED", "effectiveOn", JUNE_1));
    assertThat(byHand.status()).as(byHand.body()).isEqualTo(400);

    var dissolved = dissolve(branch, Map.of());

    assertThat(dissolved.status()).as(dissolved.body()).isEqualTo(200);
    assertThat(dissolved.json().get("membersWoundUp").asInt()).isEqualTo(3);
    List<String> woundUp = new ArrayList<>();
    for (JsonNode m : roster(branch, "?status=DEPARTED").get("members")) {
      if ("BRANCH_DISSOLVED".equals(m.get("departureReason").asText())) {
        assertThat(m.get("leftOn").asText()).isEqualTo(JUNE_1);
        woundUp.add(m.get("memberId").asText());
      }
    }
    assertThat(woundUp).containsExactlyInAnyOrder("wr-an", "wr-binh", "wr-chi");
    assertThat(roster(branch, "?status=ACTIVE").get("count").asInt()).isZero();
    JsonNode closedWith = roster(branch, "");
    assertThat(closedWith.get("members").findValuesAsText("memberId"))
        .containsExactlyInAnyOrder("wr-an", "wr-binh", "wr-chi");
    assertThat(closedWith.get("members").findValuesAsText("fullName")).contains("Lê Văn An");
    assertThat(roster(branch, "?groupId=to-2").get("count").asInt()).isEqualTo(1);

    everyWriteIsRefused(branch, officer);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              JsonNode s = platform.summary(branch, 2025, staff).json();
              assertThat(s.at("/members/asOf").asText()).isEqualTo("2025-05-31");
              assertThat(s.at("/members/total").asInt()).isEqualTo(3);
              assertThat(s.at("/members/male").asInt()).isEqualTo(1);
              assertThat(s.at("/members/female").asInt()).isEqualTo(2);
              assertThat(s.at("/members/left").asInt()).isEqualTo(1);
              assertThat(s.at("/dissolvedOn").asText()).isEqualTo(JUNE_1);
            });
  }

  private void everyWriteIsRefused(String branch, String officer) {
    String csv =
        "memberId,fullName,gender,dateOfBirth,groupId,joinedOn,position\n"
            + "wr-moi,Lò Văn Mới,MALE,1990-01-01,to-1,2025-06-02,\n";
    List<Object[]> writes =
        List.of(
            new Object[] {"POST", "/members", admission()},
            new Object[] {"POST", "/members/import", csv},
            new Object[] {"POST", "/groups", Map.of("groupId", "to-3", "name", "Tổ 3")},
            new Object[] {"PUT", "/groups/to-1", Map.of("name", "Tổ Một")},
            new Object[] {
              "POST", "/members/wr-an/departure", Map.of("reason", "RETIRED", "effectiveOn", JUNE_1)
            },
            new Object[] {
              "POST", "/members/wr-an/transfer", Map.of("toGroupId", "to-2", "effectiveOn", JUNE_1)
            },
            new Object[] {"POST", "/ratings", Map.of("year", 2025, "branchRating", "STRONG")},
            new Object[] {
              "POST",
              "/awards",
              Map.of("year", 2025, "title", "Bằng khen", "issuer", "LĐLĐ", "awardedOn", JUNE_1)
            },
            new Object[] {
              "POST",
              "/achievements",
              Map.of("memberId", "wr-an", "year", 2025, "kind", "MASTER", "title", "Thạc sĩ")
            },
            new Object[] {
              "POST",
              "/activities",
              Map.of("kind", "MEETING", "title", "Họp", "heldOn", JUNE_1, "participants", 3)
            },
            new Object[] {
              "POST", "/complaints", Map.of("receivedOn", JUNE_1, "subject", "Đơn thư")
            },
            new Object[] {
              "POST",
              "/inspections",
              Map.of("heldOn", JUNE_1, "scope", "FINANCE", "violationsFound", 0)
            },
            new Object[] {
              "PUT",
              "/years/2025/narrative",
              Map.of(
                  "shortcomings", "",
                  "causes", "",
                  "priorities", "",
                  "recipients", List.of(),
                  "signatory", Map.of("title", "CHỦ TỊCH", "name", "Lê Văn An"))
            });
    for (Object[] w : writes) {
      var refused = send((String) w[0], branch, (String) w[1], officer, w[2]);
      assertThat(refused.status()).as(w[0] + " " + w[1] + ": " + refused.body()).isEqualTo(422);
      assertThat(refused.json().get("detail").asText()).contains("đã giải thể");
    }
    var again = dissolve(branch, Map.of());
    assertThat(again.status()).as(again.body()).isEqualTo(422);
    for (String read : List.of("", "/members/wr-an", "/members?status=ALL")) {
      var ok = Http.get(platform.url(MEMBERSHIP, "/api/branches/" + branch + read), officer);
      assertThat(ok.status()).as(read + ": " + ok.body()).isEqualTo(200);
    }
  }

  private static Map<String, Object> admission() {
    return Map.of(
        "memberId", "wr-moi",
        "fullName", "Lò Văn Mới",
        "gender", "MALE",
        "dateOfBirth", "1990-01-01",
        "groupId", "to-1",
        "joinedOn", "2025-06-02");
  }

  @Test
  void aBranchDissolvedIntoAnotherHasItsMembersOnTheReceivingRoster() {
    String from = "wound-into-from";
    String to = "wound-into-to";
    platform.registerBranch(from, "Công đoàn Sở Du lịch", "to-1");
    platform.registerBranch(to, "Công đoàn Sở Văn hóa, Thể thao và Du lịch", "to-a");
    platform.admit(from, "wi-hoa", "Đinh Thị Hoa", "FEMALE", "to-1");
    platform.admit(from, "wi-son", "Vũ Văn Sơn", "MALE", "to-1");
    platform.admit(to, "wi-tam", "Mai Thị Tâm", "FEMALE", "to-a");

    var nowhere = dissolve(from, Map.of("receivingBranchId", "no-such-branch"));
    assertThat(nowhere.status()).as(nowhere.body()).isEqualTo(422);
    assertThat(nowhere.json().get("detail").asText())
        .isEqualTo("Không tìm thấy công đoàn cơ sở tiếp nhận no-such-branch");
    var dissolved = dissolve(from, Map.of("receivingBranchId", to));
    assertThat(dissolved.status()).as(dissolved.body()).isEqualTo(200);

    JsonNode received = roster(to, "?groupId=" + from);
    assertThat(received.get("members").findValuesAsText("memberId"))
        .containsExactlyInAnyOrder("wi-hoa", "wi-son");
    assertThat(received.get("members").findValuesAsText("groupName"))
        .containsOnly("Công đoàn Sở Du lịch");
    assertThat(received.get("members").findValuesAsText("since")).containsOnly(JUNE_1);
    assertThat(roster(to, "").get("count").asInt()).isEqualTo(3);
    assertThat(
            roster(from, "?status=TRANSFERRED_OUT")
                .get("members")
                .findValuesAsText("transferredTo"))
        .containsExactly(to, to);
    assertThat(roster(from, "").get("count").asInt()).isEqualTo(2);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              JsonNode s = platform.summary(to, 2025, staff).json();
              assertThat(s.at("/members/total").asInt()).isEqualTo(3);
              assertThat(s.at("/members/transferredIn").asInt()).isEqualTo(2);
              JsonNode closed = platform.summary(from, 2025, staff).json();
              assertThat(closed.at("/members/total").asInt()).isEqualTo(2);
            });
  }
}
