package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.congdoan.it.BranchCalls.money;
import static vn.congdoan.it.BranchCalls.ok;
import static vn.congdoan.it.Platform.Service.FINANCE;
import static vn.congdoan.it.Platform.Service.MEMBERSHIP;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A year of a new branch recorded through the HTTP contract as its officers and the federation
 * would — an approved budget and an expense beyond it, dues, union funding, welfare grants, one
 * reversed before the year is settled and one after — and then the branch dissolved with its
 * members on the roll: welfare, finance and the year-end document agree on every figure.
 */
class YearReconciliationIT {
  private static final String B = "doi-chieu";
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
  private static final int NOW = TODAY.getYear();
  private static final List<String> WOMEN = List.of("dc-lan", "dc-hoa", "dc-mai");
  private static final List<String> MEN = List.of("dc-binh", "dc-hung");

  private final Platform platform = Platform.shared();
  private final BranchCalls branch = new BranchCalls(platform, B);
  private final String staff = Platform.token("FEDERATION_STAFF", null);

  @Test
  void welfareFinanceAndTheYearEndDocumentAgreeOnEveryFigure() throws Exception {
    recordTheYear();

    // 2024: the reversal before the settlement took its grant out of 2024; the one after did not.
    long care2024 = 3 * 200_000 + 1_000_000 + 2 * 300_000;
    JsonNode books = branch.financeYear(2024);
    assertThat(books.at("/expense/byCategory/MEMBER_CARE").asLong()).isEqualTo(care2024);
    assertThat(books.at("/income/unionFundingVnd").asLong())
        .as("2% of 123,456,789 rounded half-up")
        .isEqualTo(2_469_136);
    JsonNode report =
        branch.awaitSummary(2024, s -> s.at("/welfare/amountVnd").asLong() == care2024);
    assertThat(report.at("/welfare/grants").asLong()).isEqualTo(3);
    assertThat(report.at("/finance/byCategory/MEMBER_CARE").asLong()).isEqualTo(care2024);
    assertThat(report.at("/finance/incomeVnd").asLong())
        .isEqualTo(books.at("/income/totalVnd").asLong());
    assertThat(report.at("/finance/expenseVnd").asLong())
        .isEqualTo(books.at("/expense/totalVnd").asLong());
    assertThat(report.at("/finance/remittedVnd").asLong())
        .isEqualTo(
            books.at("/remitted/duesVnd").asLong()
                + books.at("/remitted/unionFundingVnd").asLong());
    assertThat(branch.documentText(2024))
        .contains("với số tiền " + money(care2024) + ".")
        .contains("Tổng thu trong năm 2024: " + money(books.at("/income/totalVnd").asLong()))
        .contains("Tổng chi: " + money(books.at("/expense/totalVnd").asLong()));

    // This year: the late reversal is a correction of 2024 in welfare, finance and the document.
    JsonNode booksNow = branch.financeYear(NOW);
    assertThat(booksNow.at("/expense/corrections")).hasSize(1);
    assertThat(booksNow.at("/expense/corrections/0/correctsYear").asInt()).isEqualTo(2024);
    assertThat(booksNow.at("/expense/corrections/0/grants").asInt()).isEqualTo(1);
    assertThat(booksNow.at("/expense/corrections/0/amountVnd").asLong()).isEqualTo(-1_000_000);
    JsonNode reportNow =
        branch.awaitSummary(NOW, s -> s.at("/finance/handedOverVnd").asLong() != 0);
    assertThat(reportNow.at("/welfare/amountVnd").asLong())
        .isEqualTo(booksNow.at("/expense/byCategory/MEMBER_CARE").asLong())
        .isEqualTo(-1_000_000);
    assertThat(reportNow.at("/welfare/corrections"))
        .isEqualTo(reportNow.at("/finance/corrections"))
        .isEqualTo(booksNow.at("/expense/corrections"));
    assertThat(reportNow.at("/members/total").asLong())
        .as("who was on the roll when the branch closed")
        .isEqualTo(WOMEN.size() + MEN.size());
    assertThat(branch.documentText(NOW))
        .contains("đã thu hồi các khoản chăm lo ghi nhầm 1.000.000 đồng của năm 2024")
        .contains("điều chỉnh giảm chi năm 2024 (đã quyết toán): thu hồi 01 khoản chăm lo ghi nhầm")
        .contains("hiện có 5 đoàn viên");
  }

  private void recordTheYear() {
    platform.registerBranch(B, "Công đoàn cơ sở Văn phòng Sở Nội vụ", "to-1", "to-2");
    WOMEN.forEach(id -> platform.admit(B, id, "Nguyễn Thị " + id, "FEMALE", "to-1"));
    MEN.forEach(id -> platform.admit(B, id, "Trần Văn " + id, "MALE", "to-2"));
    platform.awaitWelfareMembers(B, WOMEN.size() + MEN.size());
    budget();
    money2024();
    ok(branch.grant("qua-8-3", "WOMENS_DAY_MAR8", "2024-03-08", WOMEN, "SELF", 200_000));
    ok(
        branch.grant(
            "tham-om", "SICKNESS_VISIT", "2024-06-10", List.of("dc-binh"), "SELF", 500_000));
    ok(branch.grant("vieng", "BEREAVEMENT", "2024-09-01", List.of("dc-hung"), "PARENT", 1_000_000));
    ok(
        branch.grant(
            "qua-1-10",
            "OLDER_PERSONS_DAY",
            "2024-10-01",
            List.of("dc-lan", "dc-binh"),
            "PARENT",
            300_000));
    ok(branch.reverse("tham-om"));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                branch.financeYear(2024).at("/expense/byCategory/MEMBER_CARE").asLong()
                    == 2_200_000);

    ok(branch.finance("/years/2024/settlement", Map.of()));
    branch.awaitWelfareKnowsSettled(2024);
    ok(branch.reverse("vieng"));
    var late = branch.grant("qua-muon", "OTHER", "2024-12-30", List.of("dc-mai"), "SELF", 100_000);
    assertThat(late.status()).as(late.body()).isEqualTo(422);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> branch.financeYear(NOW).at("/expense/corrections").size() == 1);

    ok(
        Http.post(
            platform.url(MEMBERSHIP, "/api/branches/" + B + "/dissolution"),
            staff,
            Map.of(
                "effectiveOn", TODAY.toString(), "reason", "Giải thể theo Công văn 4133/TLĐ-ToC")));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> branch.income("sau-giai-the", "x", 1, TODAY.toString()).status() == 422);
  }

  /** Estimated by the branch, approved by the upper union without a body: as of today. */
  private void budget() {
    var lines =
        List.of(
            Map.of("category", "MEMBER_CARE", "amountVnd", 5_000_000),
            Map.of("category", "CULTURE_SPORTS", "amountVnd", 1_000_000));
    var estimate =
        Http.send(
            "PUT",
            platform.url(FINANCE, "/api/branches/" + B + "/finance/budgets/2024"),
            branch.officer,
            Http.json(Map.of("lines", lines)),
            Map.of());
    ok(estimate);
    var approval =
        Http.send(
            "POST",
            platform.url(FINANCE, "/api/branches/" + B + "/finance/budgets/2024/approval"),
            staff,
            null,
            Map.of());
    ok(approval);
    assertThat(approval.json().get("approvedOn").asText()).isEqualTo(TODAY.toString());
  }

  private void money2024() {
    var payments =
        Stream.concat(WOMEN.stream(), MEN.stream())
            .map(m -> Map.of("memberId", m, "salaryVnd", 8_000_000))
            .toList();
    ok(branch.finance("/dues", Map.of("period", "2024-03", "payments", payments)));
    ok(branch.finance("/union-funding", Map.of("period", "2024-03", "payrollVnd", 123_456_789)));
    ok(branch.income("tai-tro", "Tài trợ của cơ quan", 1_500_000, "2024-05-01"));
    ok(
        branch.finance(
            "/expenses",
            Map.of(
                "expenseId",
                "giai-bong-ban",
                "category",
                "CULTURE_SPORTS",
                "amountVnd",
                800_000,
                "spentOn",
                "2024-04-20")));
    var over =
        branch.finance(
            "/expenses",
            Map.of(
                "expenseId",
                "giai-cau-long",
                "category",
                "CULTURE_SPORTS",
                "amountVnd",
                300_000,
                "spentOn",
                "2024-06-20"));
    assertThat(over.status()).as(over.body()).isEqualTo(422);
    assertThat(over.json().get("detail").asText()).startsWith("Vượt dự toán");
    ok(
        branch.finance(
            "/remittances",
            Map.of(
                "remittanceId",
                "nop-kpcd",
                "share",
                "UNION_FUNDING",
                "amountVnd",
                617_284,
                "remittedOn",
                "2024-06-30")));
  }
}
