package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.congdoan.it.Platform.Service.MEMBERSHIP;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The model branch's end (4133/TLĐ-ToC, 4181/TLĐ-TC): dissolved from 1 June 2025, its books close
 * on 31 May, what is left goes to the upper union, and finance records nothing more for it.
 */
class DissolutionFinanceIT {
  private final Platform platform = Platform.shared();

  @Test
  void dissolutionClosesTheBooksAndHandsTheBalanceOver() {
    String branch = "wound-up-branch";
    var calls = new BranchCalls(platform, branch);
    String staff = Platform.token("FEDERATION_STAFF", null);
    platform.registerBranch(branch, "Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh", "to-1");
    platform.admit(branch, "wu-an", "Lê Thị An", "FEMALE", "to-1");
    var income = calls.income("Hỗ trợ của cơ quan", 3_000_000, "2025-02-10");
    assertThat(income.status()).as(income.body()).isEqualTo(201);
    membership(
        branch,
        "/members/wu-an/departure",
        calls.officer,
        Map.of("reason", "TRANSFERRED_OUT", "effectiveOn", "2025-05-31"));
    membership(
        branch,
        "/dissolution",
        staff,
        Map.of("effectiveOn", "2025-06-01", "reason", "Công văn 4133/TLĐ-ToC"));

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              var late = calls.income("Thu muộn", 100_000, "2025-06-20");
              assertThat(late.status()).as(late.body()).isEqualTo(422);
              assertThat(late.json().get("detail").asText()).contains("đã giải thể");
            });
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              JsonNode s = platform.summary(branch, 2025, staff).json();
              assertThat(s.at("/finance/incomeVnd").asLong()).isEqualTo(3_000_000);
              assertThat(s.at("/finance/handedOverVnd").asLong()).isEqualTo(3_000_000);
              assertThat(s.at("/finance/balanceVnd").asLong()).isZero();
              assertThat(s.at("/dissolvedOn").asText()).isEqualTo("2025-06-01");
            });
  }

  private void membership(String branch, String path, String token, Map<String, String> body) {
    var response =
        Http.post(platform.url(MEMBERSHIP, "/api/branches/" + branch + path), token, body);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
  }
}
