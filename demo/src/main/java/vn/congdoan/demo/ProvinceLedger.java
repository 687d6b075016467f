package vn.congdoan.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.congdoan.demo.ProvinceBranch.Entry;
import vn.congdoan.demo.ProvinceBranch.Member;

/** A generated branch's year-end ratings and its finance entries, as API writes. */
final class ProvinceLedger {
  private ProvinceLedger() {}

  static void ratings(BranchSession b, ProvinceBranch p) {
    LocalDate end = LocalDate.of(2024, 12, 31);
    List<Map<String, Object>> members = new ArrayList<>();
    for (Member m : p.membersOn(end)) {
      members.add(Body.of("memberId", m.id(), "rating", m.rating()));
    }
    int excellent = (int) members.stream().filter(m -> "EXCELLENT".equals(m.get("rating"))).count();
    String branchRating = excellent * 4 >= members.size() ? "STRONG_EXCELLENT" : "STRONG";
    b.membership(
        "ratings:2024",
        "/ratings",
        Body.of("year", 2024, "branchRating", branchRating, "memberRatings", members));
  }

  static void finance(BranchSession b, ProvinceBranch p, Entry e) {
    switch (e.kind()) {
      case "UNION_FUNDING" ->
          b.finance(
              "union-funding:" + e.on(),
              "/finance/union-funding",
              Body.of("period", e.on(), "payrollVnd", e.amountVnd()));
      case "DUES" -> {
        LocalDate first = LocalDate.parse(e.on() + "-01");
        List<Map<String, Object>> payments = new ArrayList<>();
        p.membersOn(first)
            .forEach(m -> payments.add(Body.of("memberId", m.id(), "salaryVnd", m.salaryVnd())));
        b.finance(
            "dues:" + e.on(), "/finance/dues", Body.of("period", e.on(), "payments", payments));
      }
      case "INCOME" ->
          b.finance(
              "income:" + e.id(),
              "/finance/income",
              Body.of(
                  "incomeId",
                  e.id(),
                  "source",
                  e.what(),
                  "amountVnd",
                  e.amountVnd(),
                  "receivedOn",
                  e.on()));
      case "EXPENSE" ->
          b.finance(
              "expense:" + e.id(),
              "/finance/expenses",
              Body.of(
                  "expenseId",
                  e.id(),
                  "category",
                  e.what(),
                  "amountVnd",
                  e.amountVnd(),
                  "spentOn",
                  e.on()));
      default -> throw new IllegalArgumentException("no finance entry of kind " + e.kind());
    }
  }
}
