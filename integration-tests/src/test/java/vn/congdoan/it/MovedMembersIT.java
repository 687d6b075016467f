package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.congdoan.it.Platform.Service.MEMBERSHIP;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * Members who move between branches, as users see it: what a refused transfer tells whom, who may
 * erase a member who moved, and a correction of a member's data reaching roster and report.
 */
class MovedMembersIT {
  private final Platform platform = Platform.shared();
  private final String staff = Platform.token("FEDERATION_STAFF", null);
  private final String admin = Platform.token("ADMIN", null);

  private Http.Response post(String branch, String path, String token, Object body) {
    return Http.post(platform.url(MEMBERSHIP, "/api/branches/" + branch + path), token, body);
  }

  private JsonNode member(String branch, String memberId) {
    var response =
        Http.get(
            platform.url(MEMBERSHIP, "/api/branches/" + branch + "/members/" + memberId), staff);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  @Test
  void aRefusedTransferTellsAnOfficerOnlyThatTheOtherBranchIsNotFound() {
    String from = "mv-from";
    platform.registerBranch(from, "Công đoàn Sở Công Thương", "to-1");
    platform.registerBranch("mv-open", "Công đoàn Sở Khoa học", "to-a");
    platform.registerBranch("mv-closed", "Công đoàn Sở Thông tin", "to-a");
    var closed =
        post(
            "mv-closed",
            "/dissolution",
            staff,
            Map.of("effectiveOn", "2024-01-01", "reason", "Hợp nhất sở"));
    assertThat(closed.status()).as(closed.body()).isEqualTo(200);
    platform.admit(from, "mv-an", "Trịnh Văn An", "MALE", "to-1");
    String officer = Platform.token("BRANCH_OFFICER", from);

    record Case(String to, String group, int status, String detail) {}
    List<Case> forOfficer =
        List.of(
            new Case("mv-nowhere", "to-a", 404, "Không tìm thấy công đoàn cơ sở mv-nowhere"),
            new Case("mv-closed", "to-a", 404, "Không tìm thấy công đoàn cơ sở mv-closed"),
            new Case("mv-open", "to-z", 404, "Không tìm thấy công đoàn cơ sở mv-open"));
    List<Case> forAdmin =
        List.of(
            new Case("mv-nowhere", "to-a", 404, "Không tìm thấy công đoàn cơ sở mv-nowhere"),
            new Case("mv-closed", "to-a", 422, "đã giải thể từ ngày 01/01/2024"),
            new Case("mv-open", "to-z", 422, "Công đoàn cơ sở mv-open không có tổ công đoàn to-z"));
    for (var entry : Map.of(officer, forOfficer, admin, forAdmin).entrySet()) {
      for (Case c : entry.getValue()) {
        var refused =
            post(
                from,
                "/members/mv-an/transfer",
                entry.getKey(),
                Map.of("toBranchId", c.to(), "toGroupId", c.group(), "effectiveOn", "2024-07-01"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(c.status());
        assertThat(refused.json().get("detail").asText()).contains(c.detail());
        if (entry.getKey().equals(officer)) {
          assertThat(refused.json().get("detail").asText()).isEqualTo(c.detail());
        }
      }
    }
    assertThat(member(from, "mv-an").get("status").asText()).isEqualTo("ACTIVE");
    var moved =
        post(
            from,
            "/members/mv-an/transfer",
            officer,
            Map.of("toBranchId", "mv-open", "toGroupId", "to-a", "effectiveOn", "2024-07-01"));
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
  }

  @Test
  void onlyTheMembersBranchNowOrStaffEraseAMemberWhoMovedAndBothBranchesShowItErased() {
    String old = "er-old";
    String now = "er-new";
    platform.registerBranch(old, "Công đoàn Sở Lao động", "to-1");
    platform.registerBranch(now, "Công đoàn Sở Nội vụ", "to-1");
    platform.admit(old, "er-mai", "Cao Thị Mai", "FEMALE", "to-1");
    var moved =
        post(
            old,
            "/members/er-mai/transfer",
            Platform.token("BRANCH_OFFICER", old),
            Map.of("toBranchId", now, "toGroupId", "to-1", "effectiveOn", "2024-07-01"));
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);

    var byOldOfficer =
        post(old, "/members/er-mai/erasure", Platform.token("BRANCH_OFFICER", old), Map.of());
    assertThat(byOldOfficer.status()).as(byOldOfficer.body()).isEqualTo(422);
    assertThat(byOldOfficer.json().get("detail").asText())
        .contains("đã chuyển sang công đoàn cơ sở er-new từ ngày 01/07/2024")
        .contains("cán bộ Liên đoàn Lao động tỉnh");
    assertThat(member(now, "er-mai").get("fullName").asText()).isEqualTo("Cao Thị Mai");
    var byAuditor = post(old, "/members/er-mai/erasure", Platform.token("AUDITOR", null), Map.of());
    assertThat(byAuditor.status()).isEqualTo(403);

    var byStaff = post(old, "/members/er-mai/erasure", staff, Map.of());
    assertThat(byStaff.status()).as(byStaff.body()).isEqualTo(200);

    for (String branch : List.of(old, now)) {
      JsonNode mai = member(branch, "er-mai");
      assertThat(mai.get("erased").asBoolean()).as(branch).isTrue();
      assertThat(mai.get("fullName").isNull()).as(branch).isTrue();
      assertThat(mai.get("gender").asText()).isEqualTo("FEMALE");
    }
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(reportingSegments("er-mai"))
                    .extracting(d -> d.getString("branchId") + ":" + d.getBoolean("erased"))
                    .containsExactlyInAnyOrder("er-old:true", "er-new:true"));
  }

  private List<Document> reportingSegments(String memberId) {
    try (var client = MongoClients.create(platform.mongo.connectionString())) {
      return client
          .getDatabase("reporting")
          .getCollection("member_segments")
          .find(Filters.eq("memberId", memberId))
          .into(new ArrayList<>());
    }
  }

  @Test
  void aCorrectedNameAndGenderShowInTheRosterAndTheSummary() {
    String branch = "co-branch";
    String officer = Platform.token("BRANCH_OFFICER", branch);
    platform.registerBranch(branch, "Công đoàn Sở Giao thông Vận tải", "to-1");
    platform.admit(branch, "co-tuan", "Nguyễn Văn Tuân", "FEMALE", "to-1");
    platform.admit(branch, "co-ha", "Lê Thị Hà", "FEMALE", "to-1");
    awaitGenders(branch, 0, 2);

    for (Map<String, String> bad :
        List.of(
            Map.of("reason", "Không có gì"),
            Map.of("dateOfBirth", "2999-01-01", "reason", "Tương lai"),
            Map.of("fullName", "  ", "reason", "Trống"),
            Map.of("gender", "MALE"))) {
      var refused = post(branch, "/members/co-tuan/correction", officer, bad);
      assertThat(refused.status()).as(bad + ": " + refused.body()).isEqualTo(400);
    }
    var afterJoining =
        post(
            branch,
            "/members/co-tuan/correction",
            officer,
            Map.of("dateOfBirth", "2021-01-01", "reason", "Sai năm sinh"));
    assertThat(afterJoining.status()).as(afterJoining.body()).isEqualTo(422);

    var corrected =
        post(
            branch,
            "/members/co-tuan/correction",
            officer,
            Map.of(
                "fullName", "Nguyễn Văn Tuấn",
                "gender", "MALE",
                "reason", "Sai chính tả và giới tính so với căn cước"));
    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);

    JsonNode tuan = member(branch, "co-tuan");
    assertThat(tuan.get("fullName").asText()).isEqualTo("Nguyễn Văn Tuấn");
    assertThat(tuan.get("gender").asText()).isEqualTo("MALE");
    assertThat(tuan.get("dateOfBirth").asText()).isEqualTo("1985-06-15");
    awaitGenders(branch, 1, 1);
  }

  private void awaitGenders(String branch, int male, int female) {
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              var summary = platform.summary(branch, 2024, staff);
              assertThat(summary.status()).as(summary.body()).isEqualTo(200);
              assertThat(summary.json().at("/members/male").asInt()).isEqualTo(male);
              assertThat(summary.json().at("/members/female").asInt()).isEqualTo(female);
            });
  }
}
