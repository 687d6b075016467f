package vn.congdoan.demo;

import java.time.Duration;
import java.util.Map;

/** The model branch's ledger writes: monthly revenue, the upper union's shares, entries. */
final class ModelLedger {
  private static final String B = ModelBranchDemo.BRANCH_ID;

  private ModelLedger() {}

  static Map<String, Object> line(String category, long amount) {
    return Body.of("category", category, "amountVnd", amount);
  }

  static void months(BranchSession b, int year, int last) {
    for (int m = 1; m <= last; m++) {
      String period = String.format("%d-%02d", year, m);
      b.finance(
          "dues:" + period,
          "/finance/dues",
          Body.of("period", period, "payments", Payroll.payments(year, m)));
      b.finance(
          "union-funding:" + period,
          "/finance/union-funding",
          Body.of("period", period, "payrollVnd", Payroll.payroll(year, m)));
    }
  }

  /** The shares of each period ending in {@code ends[k]}, remitted on {@code on[k]}. */
  static void remitQuarters(BranchSession b, int year, int[] ends, String[] on) {
    int from = 1;
    for (int k = 0; k < ends.length; k++) {
      long dues = 0;
      long funding = 0;
      for (int m = from; m <= ends[k]; m++) {
        dues += Payroll.duesRemitted(year, m);
        funding += Payroll.fundingRemitted(year, m);
      }
      String id = B + "-" + year + "-nop-" + ends[k];
      b.finance(
          "remittance:" + id + "-dues",
          "/finance/remittances",
          Body.of(
              "remittanceId", id + "-dp", "share", "DUES", "amountVnd", dues, "remittedOn", on[k]));
      b.finance(
          "remittance:" + id + "-funding",
          "/finance/remittances",
          Body.of(
              "remittanceId",
              id + "-kp",
              "share",
              "UNION_FUNDING",
              "amountVnd",
              funding,
              "remittedOn",
              on[k]));
      from = ends[k] + 1;
    }
  }

  static void income(BranchSession b, String id, String source, long amount, String on) {
    b.finance(
        "income:" + id,
        "/finance/income",
        Body.of(
            "incomeId",
            b.branchId + "-" + id,
            "source",
            source,
            "amountVnd",
            amount,
            "receivedOn",
            on));
  }

  static void expense(
      BranchSession b, String id, String category, long amount, String on, String ref) {
    b.finance(
        "expense:" + id,
        "/finance/expenses",
        Body.of(
            "expenseId",
            b.branchId + "-" + id,
            "category",
            category,
            "amountVnd",
            amount,
            "spentOn",
            on,
            "reference",
            ref));
  }

  /** Grants reach finance through Kafka; a year is settled or closed only once all are booked. */
  static void awaitMemberCare(BranchSession b, int year, long welfareVnd) {
    b.await(
        b.client.services.financeUrl(),
        "/finance/years/" + year,
        Duration.ofSeconds(90),
        y -> y.at("/expense/byCategory/MEMBER_CARE").asLong() >= welfareVnd,
        welfareVnd + " VND of member care booked in " + year);
  }
}
