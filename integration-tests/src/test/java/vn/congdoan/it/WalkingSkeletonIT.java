package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.congdoan.it.Platform.Service.MEMBERSHIP;
import static vn.congdoan.it.Platform.Service.REPORTING;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** HTTP write → event store → Kafka → projection → HTTP read, through all four services. */
class WalkingSkeletonIT {
  private final Platform platform = Platform.shared();

  @Test
  void writesInEveryServiceShowUpInTheYearSummary() {
    String branch = "skeleton-branch";
    String officer = Platform.token("BRANCH_OFFICER", branch);
    platform.registerBranch(branch, "Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh", "to-1", "to-2");
    platform.admit(branch, "le-van-binh", "Lê Văn Bình", "MALE", "to-1");
    platform.admit(branch, "tran-quoc-dung", "Trần Quốc Dũng", "MALE", "to-2");
    platform.admit(branch, "nguyen-thi-hoa", "Nguyễn Thị Hoà", "FEMALE", "to-2");
    platform.awaitWelfareMembers(branch, 3);

    var calls = new BranchCalls(platform, branch);
    var grant = calls.womensDayGift("nguyen-thi-hoa", "2024-03-08", 500_000);
    assertThat(grant.status()).as(grant.body()).isEqualTo(201);
    var income = calls.income("Hỗ trợ của cơ quan", 2_000_000, "2024-05-02");
    assertThat(income.status()).as(income.body()).isEqualTo(201);

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              var summary = platform.summary(branch, 2024, officer);
              assertThat(summary.status()).as(summary.body()).isEqualTo(200);
              JsonNode s = summary.json();
              assertThat(s.at("/members/total").asInt()).isEqualTo(3);
              assertThat(s.at("/members/male").asInt()).isEqualTo(2);
              assertThat(s.at("/members/female").asInt()).isEqualTo(1);
              assertThat(s.at("/members/groups").asInt()).isEqualTo(2);
              assertThat(s.at("/welfare/grants").asInt()).isEqualTo(1);
              assertThat(s.at("/welfare/amountVnd").asLong()).isEqualTo(500_000);
              assertThat(s.at("/finance/incomeVnd").asLong()).isEqualTo(2_000_000);
            });
  }

  @Test
  void aDepartureCountsAsLeftInItsYearAndCannotBeRecordedTwice() {
    String branch = "departure-branch";
    String officer = Platform.token("BRANCH_OFFICER", branch);
    platform.registerBranch(branch, "Công đoàn Sở Tư pháp", "to-1");
    platform.admit(branch, "dinh-van-loc", "Đinh Văn Lộc", "MALE", "to-1");
    platform.admit(branch, "mai-thi-ha", "Mai Thị Hà", "FEMALE", "to-1");
    String departure =
        platform.url(MEMBERSHIP, "/api/branches/" + branch + "/members/dinh-van-loc/departure");
    Map<String, String> retired = Map.of("reason", "RETIRED", "effectiveOn", "2024-06-30");

    assertThat(Http.post(departure, officer, retired).status()).isEqualTo(200);
    var again = Http.post(departure, officer, retired);
    assertThat(again.status()).isEqualTo(422);
    assertThat(again.json().get("detail").asText())
        .isEqualTo("Đoàn viên dinh-van-loc đã rời công đoàn cơ sở từ ngày 30/06/2024");

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              JsonNode y2024 = platform.summary(branch, 2024, officer).json();
              assertThat(y2024.at("/members/total").asInt()).isEqualTo(1);
              assertThat(y2024.at("/members/left").asInt()).isEqualTo(1);
              JsonNode y2023 = platform.summary(branch, 2023, officer).json();
              assertThat(y2023.at("/members/total").asInt()).isEqualTo(2);
            });
  }

  @Test
  void aRenamedGroupShowsItsNewNameInTheSummary() {
    String branch = "rename-branch";
    String officer = Platform.token("BRANCH_OFFICER", branch);
    platform.registerBranch(branch, "Công đoàn Sở Y tế", "to-1");
    var renamed = renameGroup(branch, "to-1", "Tổ Kế hoạch – Tài chính");
    assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
    var unknown = renameGroup(branch, "to-9", "Tổ 9");
    assertThat(unknown.status()).isEqualTo(404);

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(
                        platform
                            .summary(branch, 2024, officer)
                            .json()
                            .at("/members/byGroup/0/name")
                            .asText())
                    .isEqualTo("Tổ Kế hoạch – Tài chính"));
  }

  @Test
  void everyServiceDescribesItsApiAndExposesItsMetrics() {
    for (Platform.Service service : Platform.Service.values()) {
      assertThat(Http.get(platform.url(service, "/v3/api-docs"), null).status()).isEqualTo(200);
      assertThat(Http.get(platform.url(service, "/actuator/health/readiness"), null).body())
          .contains("UP");
      String metrics = Http.get(platform.url(service, "/actuator/prometheus"), null).body();
      assertThat(metrics).contains("jvm_memory_used_bytes", "http_server_requests");
    }
    String membership = Http.get(platform.url(MEMBERSHIP, "/actuator/prometheus"), null).body();
    assertThat(membership)
        .contains("platform_outbox_pending", "platform_outbox_published_total", "kafka_producer_");
    String reporting = Http.get(platform.url(REPORTING, "/actuator/prometheus"), null).body();
    assertThat(reporting).contains("reporting_projection_lag_current_seconds", "kafka_consumer_");
  }

  private Http.Response renameGroup(String branch, String groupId, String name) {
    return Http.send(
        "PUT",
        platform.url(MEMBERSHIP, "/api/branches/" + branch + "/groups/" + groupId),
        Platform.token("BRANCH_OFFICER", branch),
        Http.json(Map.of("name", name)),
        Map.of());
  }
}
