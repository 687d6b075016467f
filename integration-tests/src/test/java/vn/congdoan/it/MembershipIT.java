package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.congdoan.it.Platform.Service.MEMBERSHIP;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Members' whole life through the HTTP API, read back from membership and reporting. */
class MembershipIT {
  private final Platform platform = Platform.shared();

  private Http.Response importCsv(String branch, String csv) {
    return Http.send(
        "POST",
        platform.url(MEMBERSHIP, "/api/branches/" + branch + "/members/import"),
        Platform.token("BRANCH_OFFICER", branch),
        csv,
        Map.of("Content-Type", "text/csv; charset=utf-8"));
  }

  private JsonNode roster(String branch, String query) {
    var response =
        Http.get(
            platform.url(MEMBERSHIP, "/api/branches/" + branch + "/members" + query),
            Platform.token("BRANCH_OFFICER", branch));
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private void awaitSummary(String branch, int year, Consumer<JsonNode> check) {
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              var summary =
                  platform.summary(branch, year, Platform.token("FEDERATION_STAFF", null));
              assertThat(summary.status()).as(summary.body()).isEqualTo(200);
              check.accept(summary.json());
            });
  }

  @Test
  void theModelBranchRosterImportsAndItsFiguresReachTheSummary() {
    String branch = "model-branch";
    platform.registerBranch(
        branch,
        "Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh",
        ModelBranch.GROUPS.toArray(String[]::new));
    List<String> lines = new ArrayList<>(ModelBranch.rosterLines("mb"));
    lines.add("mb-bad-1,Lò Văn Pá,MALE,1980-01-01,to-9,2015-01-01,");
    lines.add("mb-bad-2,Lò Thị Mai,FEMALE,1980-13-45,to-1,2015-01-01,");
    lines.add("mb-bad-3,Lò Văn Khé,X,1980-01-01,to-1,2015-01-01,");
    lines.add("mb-m1,Trùng Mã,MALE,1980-01-01,to-1,2015-01-01,");
    var response = importCsv(branch, "\uFEFF" + String.join("\r\n", lines) + "\r\n");

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode result = response.json();
    assertThat(result.get("imported").asInt()).isEqualTo(46);
    assertThat(result.at("/rejected").findValuesAsText("line"))
        .containsExactly("48", "49", "50", "51");
    assertThat(result.at("/rejected/0/problem").asText()).contains("to-9");
    // In Vietnamese, naming the column by its heading: the request asked for no other language.
    assertThat(result.at("/rejected/1/problem").asText()).contains("Ngày sinh", "1980-13-45");
    assertThat(result.at("/rejected/2/problem").asText()).contains("Giới tính");
    assertThat(result.at("/rejected/3/problem").asText()).contains("mb-m1");

    JsonNode roster = roster(branch, "");
    assertThat(roster.get("count").asInt()).isEqualTo(46);
    assertThat(roster.get("members").findValuesAsText("fullName"))
        .contains("Nguyễn Văn Bình", "Nguyễn Thị Hồng Nhung", "Vũ Thị Ưng");
    assertThat(roster(branch, "?groupId=to-4").get("count").asInt()).isEqualTo(10);
    JsonNode info =
        Http.get(
                platform.url(MEMBERSHIP, "/api/branches/" + branch),
                Platform.token("BRANCH_OFFICER", branch))
            .json();
    assertThat(info.get("sector").asText()).isEqualTo("STATE_AGENCY");
    assertThat(info.get("groups").findValuesAsText("groupId"))
        .containsExactlyElementsOf(ModelBranch.GROUPS);

    awaitSummary(
        branch,
        2024,
        s -> {
          assertThat(s.at("/members/total").asInt()).isEqualTo(46);
          assertThat(s.at("/members/male").asInt()).isEqualTo(30);
          assertThat(s.at("/members/female").asInt()).isEqualTo(16);
          assertThat(s.at("/members/groups").asInt()).isEqualTo(4);
          assertThat(s.at("/members/byGroup").findValuesAsText("total"))
              .containsExactly("13", "12", "11", "10");
        });
  }

  @Test
  void aTransferBetweenBranchesIsCountedRightInBoth() {
    String from = "transfer-from";
    String to = "transfer-to";
    platform.registerBranch(from, "Công đoàn Sở Tư pháp", "to-1");
    platform.registerBranch(to, "Công đoàn Sở Nội vụ", "to-a");
    platform.admit(from, "tr-an", "Phạm Văn An", "MALE", "to-1");
    platform.admit(from, "tr-ut", "Đỗ Thị Út", "FEMALE", "to-1");
    platform.admit(to, "tr-khoa", "Vũ Đăng Khoa", "MALE", "to-a");

    var moved =
        Http.post(
            platform.url(MEMBERSHIP, "/api/branches/" + from + "/members/tr-ut/transfer"),
            Platform.token("BRANCH_OFFICER", from),
            Map.of("toBranchId", to, "toGroupId", "to-a", "effectiveOn", "2024-07-01"));
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    var nowhere =
        Http.post(
            platform.url(MEMBERSHIP, "/api/branches/" + from + "/members/tr-an/transfer"),
            Platform.token("BRANCH_OFFICER", from),
            Map.of(
                "toBranchId", "no-such-branch", "toGroupId", "to-a", "effectiveOn", "2024-07-01"));
    // an officer sees only their own branch: of any other, only "not found"
    assertThat(nowhere.status()).as(nowhere.body()).isEqualTo(404);

    assertThat(roster(from, "").get("count").asInt()).isEqualTo(1);
    assertThat(roster(from, "?status=TRANSFERRED_OUT").at("/members/0/transferredTo").asText())
        .isEqualTo(to);
    JsonNode arrived = roster(to, "?groupId=to-a");
    assertThat(arrived.get("count").asInt()).isEqualTo(2);
    assertThat(arrived.get("members").findValuesAsText("fullName")).contains("Đỗ Thị Út");

    awaitSummary(
        from,
        2024,
        s -> {
          assertThat(s.at("/members/total").asInt()).isEqualTo(1);
          assertThat(s.at("/members/female").asInt()).isEqualTo(0);
          assertThat(s.at("/members/transferredOut").asInt()).isEqualTo(1);
          assertThat(s.at("/members/left").asInt()).isEqualTo(0);
        });
    awaitSummary(
        to,
        2024,
        s -> {
          assertThat(s.at("/members/total").asInt()).isEqualTo(2);
          assertThat(s.at("/members/female").asInt()).isEqualTo(1);
          assertThat(s.at("/members/transferredIn").asInt()).isEqualTo(1);
        });
    // Before the transfer date the member still counted in the first branch.
    awaitSummary(from, 2023, s -> assertThat(s.at("/members/total").asInt()).isEqualTo(2));
    awaitSummary(to, 2023, s -> assertThat(s.at("/members/total").asInt()).isEqualTo(1));
  }

  @Test
  void anErasedMemberIsStillCountedButNothingShowsTheirPersonalData() throws Exception {
    String branch = "erasure-branch";
    platform.registerBranch(branch, "Công đoàn Sở Y tế", "to-1");
    platform.admit(branch, "er-lan", "Hồ Thị Lan", "FEMALE", "to-1");
    platform.admit(branch, "er-minh", "Ngô Quang Minh", "MALE", "to-1");
    var erased =
        Http.post(
            platform.url(MEMBERSHIP, "/api/branches/" + branch + "/members/er-lan/erasure"),
            Platform.token("BRANCH_OFFICER", branch),
            Map.of());
    assertThat(erased.status()).as(erased.body()).isEqualTo(200);

    assertErasedInRoster(branch);
    awaitSummary(
        branch,
        2024,
        s -> {
          assertThat(s.at("/members/total").asInt()).isEqualTo(2);
          assertThat(s.at("/members/female").asInt()).isEqualTo(1);
        });

    // Replays: reporting rebuilt from the first event, membership reloaded from its event store.
    try (var replay = ReportingReplica.start(platform, "erasure-replay")) {
      await()
          .atMost(Duration.ofSeconds(60))
          .untilAsserted(
              () -> {
                var summary =
                    Http.get(
                        Platform.url(replay, "/api/reports/branches/" + branch + "/years/2024"),
                        Platform.token("AUDITOR", null));
                assertThat(summary.status()).as(summary.body()).isEqualTo(200);
                assertThat(summary.json().at("/members/total").asInt()).isEqualTo(2);
                assertThat(summary.body()).doesNotContain("Hồ Thị Lan");
              });
    }
    platform.stop(MEMBERSHIP);
    platform.start(MEMBERSHIP);
    assertErasedInRoster(branch);
  }

  private void assertErasedInRoster(String branch) {
    JsonNode lan = null;
    for (JsonNode m : roster(branch, "").get("members")) {
      if (m.get("memberId").asText().equals("er-lan")) {
        lan = m;
      }
    }
    assertThat(lan).isNotNull();
    assertThat(lan.get("erased").asBoolean()).isTrue();
    assertThat(lan.get("fullName").isNull()).isTrue();
    assertThat(lan.get("dateOfBirth").isNull()).isTrue();
    assertThat(lan.get("gender").asText()).isEqualTo("FEMALE");
    assertThat(roster(branch, "").toString())
        .doesNotContain("Hồ Thị Lan")
        .contains("Ngô Quang Minh");
  }

  @Test
  void badRosterFilesAndRequestsAreClearProblemsThatRecordNothing() {
    String branch = "bad-input-branch";
    platform.registerBranch(branch, "Công đoàn Sở Xây dựng", "to-1");
    var noHeader = importCsv(branch, "bi-1,Lò Văn Pá,MALE,1980-01-01,to-1,2015-01-01,\n");
    assertThat(noHeader.status()).as(noHeader.body()).isEqualTo(400);
    assertThat(noHeader.contentType()).startsWith("application/problem+json");
    assertThat(noHeader.json().get("detail").asText()).contains("Họ và tên");
    var plainCsv =
        Http.send(
            "POST",
            platform.url(MEMBERSHIP, "/api/branches/" + branch + "/members/import"),
            Platform.token("BRANCH_OFFICER", branch),
            "memberId,fullName,gender,dateOfBirth,groupId,joinedOn,position\nbi-2,Lò Văn Pá,MALE,1980-01-01,to-1,2015-01-01,\n",
            Map.of("Content-Type", "text/csv"));
    assertThat(plainCsv.status()).as(plainCsv.body()).isEqualTo(200);
    var foreign =
        Http.send(
            "POST",
            platform.url(MEMBERSHIP, "/api/branches/" + branch + "/members/import"),
            Platform.token("BRANCH_OFFICER", "another-branch"),
            String.join("\n", ModelBranch.rosterLines("bi-foreign")),
            Map.of("Content-Type", "text/csv"));
    assertThat(foreign.status()).isEqualTo(404);

    var badStatus =
        Http.get(
            platform.url(MEMBERSHIP, "/api/branches/" + branch + "/members?status=GONE"),
            Platform.token("BRANCH_OFFICER", branch));
    assertThat(badStatus.status()).as(badStatus.body()).isEqualTo(400);
    var nowhere =
        Http.post(
            platform.url(MEMBERSHIP, "/api/branches/" + branch + "/members/bi-2/transfer"),
            Platform.token("BRANCH_OFFICER", branch),
            Map.of("effectiveOn", "2024-07-01"));
    assertThat(nowhere.status()).as(nowhere.body()).isEqualTo(400);
    var unknownMember =
        Http.post(
            platform.url(MEMBERSHIP, "/api/branches/" + branch + "/members/nobody/departure"),
            Platform.token("BRANCH_OFFICER", branch),
            Map.of("reason", "RETIRED", "effectiveOn", "2024-07-01"));
    assertThat(unknownMember.status()).as(unknownMember.body()).isEqualTo(404);
    var dissolveBadDate =
        Http.post(
            platform.url(MEMBERSHIP, "/api/branches/" + branch + "/dissolution"),
            Platform.token("FEDERATION_STAFF", null),
            Map.of("effectiveOn", "31/05/2025", "reason", "x"));
    assertThat(dissolveBadDate.status()).as(dissolveBadDate.body()).isEqualTo(400);

    assertThat(roster(branch, "?status=ALL").get("count").asInt()).isEqualTo(1);
  }
}
