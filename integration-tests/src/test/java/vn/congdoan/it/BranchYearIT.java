package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.congdoan.it.Platform.Service.MEMBERSHIP;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A branch's year — activities, awards, ratings, inspection — and its dissolution. */
class BranchYearIT {
  private final Platform platform = Platform.shared();

  private Http.Response post(String branch, String path, String token, Object body) {
    return Http.post(platform.url(MEMBERSHIP, "/api/branches/" + branch + path), token, body);
  }

  private void created(Http.Response response) {
    assertThat(response.status()).as(response.body()).isIn(200, 201);
  }

  /** Recorded by the branch's own officer, as the year's facts are. */
  private void recorded(String branch, String path, Object body) {
    created(post(branch, path, Platform.token("BRANCH_OFFICER", branch), body));
  }

  @Test
  void theYearsFactsReachTheSummary() {
    String branch = "year-branch";
    String officer = Platform.token("BRANCH_OFFICER", branch);
    platform.registerBranch(branch, "Công đoàn Văn phòng UBND tỉnh", "to-1", "to-2");
    platform.admit(branch, "yb-tuan", "Đặng Minh Tuấn", "MALE", "to-1");
    platform.admit(branch, "yb-nhung", "Bùi Thị Nhung", "FEMALE", "to-2");

    recorded(
        branch,
        "/activities",
        Map.of(
            "kind", "PROPAGANDA",
            "title", "Tuyên truyền Luật Công đoàn 2024",
            "heldOn", "2024-08-15",
            "participants", 46));
    recorded(
        branch,
        "/activities",
        Map.of(
            "kind", "SPORTS",
            "title", "Hội thao CNVCLĐ",
            "heldOn", "2024-05-10",
            "participants", 12));
    recorded(
        branch,
        "/awards",
        Map.of(
            "year", 2024,
            "memberId", "yb-tuan",
            "title", "Giải Nhất đôi nam quần vợt",
            "issuer", "Ban tổ chức Hội thao",
            "awardedOn", "2024-05-12"));
    recorded(
        branch,
        "/awards",
        Map.of(
            "year", 2024,
            "title", "Giấy khen tập thể",
            "issuer", "Công đoàn Viên chức tỉnh",
            "awardedOn", "2024-12-20"));
    recorded(
        branch,
        "/achievements",
        Map.of(
            "memberId", "yb-nhung",
            "year", 2024,
            "kind", "DOCTORATE",
            "title", "Bảo vệ luận án tiến sĩ"));
    recorded(
        branch,
        "/ratings",
        Map.of(
            "year",
            2024,
            "branchRating",
            "STRONG",
            "groupRatings",
            List.of(Map.of("groupId", "to-1", "rating", "STRONG")),
            "memberRatings",
            List.of(
                Map.of("memberId", "yb-tuan", "rating", "EXCELLENT"),
                Map.of("memberId", "yb-nhung", "rating", "GOOD"))));
    var complaint =
        post(
            branch,
            "/complaints",
            officer,
            Map.of("receivedOn", "2024-03-01", "subject", "Kiến nghị chế độ"));
    created(complaint);
    recorded(
        branch,
        "/complaints/" + complaint.json().get("id").asText() + "/resolution",
        Map.of("resolvedOn", "2024-03-20", "outcome", "Đã trả lời"));
    recorded(
        branch,
        "/inspections",
        Map.of("heldOn", "2024-11-05", "scope", "FINANCE", "violationsFound", 0));

    var badRating =
        post(branch, "/ratings", officer, Map.of("year", 2024, "branchRating", "PERFECT"));
    assertThat(badRating.status()).as(badRating.body()).isEqualTo(400);
    assertThat(badRating.body()).contains("STRONG_EXCELLENT");

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              JsonNode s = platform.summary(branch, 2024, officer).json();
              assertThat(s.at("/activities/total").asInt()).isEqualTo(2);
              assertThat(s.at("/activities/byKind/PROPAGANDA/participants").asInt()).isEqualTo(46);
              assertThat(s.at("/awards/total").asInt()).isEqualTo(2);
              assertThat(s.at("/awards/collective").asInt()).isEqualTo(1);
              assertThat(s.at("/achievements/byKind/DOCTORATE").asInt()).isEqualTo(1);
              assertThat(s.at("/ratings/branch").asText()).isEqualTo("STRONG");
              assertThat(s.at("/ratings/members/EXCELLENT").asInt()).isEqualTo(1);
              assertThat(s.at("/ratings/members/GOOD").asInt()).isEqualTo(1);
              assertThat(s.at("/inspection/complaintsReceived").asInt()).isEqualTo(1);
              assertThat(s.at("/inspection/complaintsResolved").asInt()).isEqualTo(1);
              assertThat(s.at("/inspection/inspections").asInt()).isEqualTo(1);
              assertThat(s.at("/inspection/violationsFound").asInt()).isEqualTo(0);
            });
  }

  @Test
  void aDissolvedBranchKeepsItsHistoryAndRecordsNothingNew() {
    String branch = "dissolved-branch";
    String officer = Platform.token("BRANCH_OFFICER", branch);
    String staff = Platform.token("FEDERATION_STAFF", null);
    platform.registerBranch(branch, "Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh", "to-1");
    platform.admit(branch, "db-ha", "Trần Thu Hà", "FEMALE", "to-1");
    platform.admit(branch, "db-loc", "Hoàng Công Lộc", "MALE", "to-1");
    Map<String, String> dissolution =
        Map.of("effectiveOn", "2025-06-01", "reason", "Công văn 4133/TLĐ-ToC");

    assertThat(post(branch, "/dissolution", officer, dissolution).status()).isEqualTo(403);
    var dissolved = post(branch, "/dissolution", staff, dissolution);
    created(dissolved);
    assertThat(dissolved.json().get("membersWoundUp").asInt()).isEqualTo(2);

    var late =
        post(
            branch,
            "/activities",
            officer,
            Map.of("kind", "MEETING", "title", "Họp", "heldOn", "2025-06-05", "participants", 3));
    assertThat(late.status()).as(late.body()).isEqualTo(422);
    assertThat(late.json().get("detail").asText()).contains("đã giải thể từ ngày 01/06/2025");

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              JsonNode y2024 = platform.summary(branch, 2024, staff).json();
              assertThat(y2024.at("/members/total").asInt()).isEqualTo(2);
              // counted on the last day the branch was open: who was on its roll when it closed
              JsonNode y2025 = platform.summary(branch, 2025, staff).json();
              assertThat(y2025.at("/members/asOf").asText()).isEqualTo("2025-05-31");
              assertThat(y2025.at("/members/total").asInt()).isEqualTo(2);
              assertThat(y2025.at("/members/left").asInt()).isEqualTo(0);
              JsonNode y2026 = platform.summary(branch, 2026, staff).json();
              assertThat(y2026.at("/members/total").asInt()).isEqualTo(0);
              assertThat(y2025.at("/dissolvedOn").asText()).isEqualTo("2025-06-01");
            });
  }
}
