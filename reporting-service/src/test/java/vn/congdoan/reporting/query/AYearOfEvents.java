package vn.congdoan.reporting.query;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.congdoan.finance.api.ExpenseCategory;
import vn.congdoan.finance.api.Share;
import vn.congdoan.membership.api.AchievementKind;
import vn.congdoan.membership.api.ActivityKind;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.reporting.ingest.Delivery;
import vn.congdoan.welfare.api.DisclosureKind;
import vn.congdoan.welfare.api.GrantKind;

/**
 * A year of two branches' life across all three topics: one of every kind of event, and more, in
 * the order the recording services would publish them.
 */
final class AYearOfEvents {
  static final String VP = "vp-doan-dbqh";
  static final String TC = "so-tai-chinh";
  static final int MEMBERS = 20;
  static final String STORM = "bao-so-3";
  private static final LocalDate SEPTEMBER = LocalDate.of(2024, 9, 10);

  private AYearOfEvents() {}

  static List<Delivery> of(EventMother events) {
    BranchRecordMother records = events.records();
    WelfareEventMother welfare = events.welfare();
    List<Delivery> year = new ArrayList<>();
    year.add(events.branchRegistered(VP, "Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh"));
    year.add(events.branchRegistered(TC, "Công đoàn cơ sở Sở Tài chính"));
    year.add(events.groupAdded(TC, "to-1", "Tổ Ngân sách"));
    year.add(welfare.campaignLaunched(STORM, "Ủng hộ đồng bào bão số 3", null, SEPTEMBER));
    for (int g = 1; g <= 4; g++) {
      year.add(events.groupAdded(VP, "to-" + g, "Tổ công đoàn số " + g));
    }
    for (int i = 0; i < MEMBERS; i++) {
      String member = "doan-vien-" + i;
      String group = "to-" + (i % 4 + 1);
      Gender gender = i % 3 == 0 ? Gender.FEMALE : Gender.MALE;
      year.add(
          events.memberAdmitted(
              VP,
              member,
              "Nguyễn Thị Ngọc Ánh " + i,
              gender,
              group,
              LocalDate.of(2024, 1, 1 + i),
              i % 7 == 6));
      LocalDate later = LocalDate.of(2024, 6, 1 + i);
      if (i % 4 == 1) {
        year.add(events.memberMoved(VP, member, group, "to-" + ((i + 1) % 4 + 1), later));
      }
      if (i % 5 == 2) {
        year.add(events.transferredOut(VP, member, TC, later));
        year.add(events.transferredIn(TC, member, VP, "to-1", gender, later));
      }
      if (i % 5 == 3) {
        year.add(events.memberDeparted(VP, member, i < 10 ? later : later.plusYears(1)));
      }
      if (i % 6 == 1) {
        year.add(events.memberErased(VP, member));
        year.add(
            events.memberMoved(VP, member, "to-" + ((i + 1) % 4 + 1), "to-1", later.plusDays(5)));
      }
      if (i % 5 == 0) {
        year.add(
            welfare.grant(
                VP, "qua-" + i, GrantKind.MID_AUTUMN, LocalDate.of(2024, 9, 17), 3, 200_000));
        year.add(
            welfare.contribution(
                STORM, "ct-" + i, i < 10 ? VP : TC, 100_000L * (i + 1), SEPTEMBER.plusDays(i)));
        year.add(events.income(VP, 1_000_000 + i, LocalDate.of(2024, 5, 2)));
        year.add(records.activity(VP, "hd-" + i, ActivityKind.SPORTS, later, 10 + i));
        year.add(records.award(VP, "khen-" + i, 2024, i == 0 ? null : member));
        year.add(records.achievement(VP, "hoc-" + i, member, 2024, AchievementKind.MASTER));
      }
    }
    ledgers(events.finance(), year);
    year.add(
        records.ratings(
            VP,
            2024,
            "STRONG",
            Map.of("to-1", "STRONG"),
            Map.of("doan-vien-0", "GOOD", "doan-vien-1", "GOOD")));
    year.add(
        records.ratings(
            VP, 2024, null, Map.of("to-2", "COMPLETED"), Map.of("doan-vien-1", "EXCELLENT")));
    year.add(records.complaintReceived(VP, "don-1", LocalDate.of(2024, 3, 1)));
    year.add(records.complaintResolved(VP, "don-1", LocalDate.of(2024, 4, 1)));
    year.add(records.inspection(VP, "kt-1", LocalDate.of(2024, 10, 10), 1));
    year.add(records.narrative(VP, 2024, "Nâng cao chất lượng hoạt động."));
    year.add(records.narrative(VP, 2024, "Tiếp tục đổi mới."));
    year.add(welfare.grantReversed(VP, "qua-5", LocalDate.of(2025, 1, 6)));
    year.add(welfare.fundsRemitted(STORM, "ck-1", 1_000_000, SEPTEMBER.plusDays(20)));
    year.add(welfare.campaignClosed(STORM, SEPTEMBER.plusMonths(1)));
    year.add(welfare.fundsRemitted(STORM, "ck-2", 2_000_000, SEPTEMBER.plusMonths(1)));
    year.add(welfare.disclosed(STORM, DisclosureKind.RECEIPTS, SEPTEMBER.plusMonths(1)));
    year.add(events.branchDissolved(TC, LocalDate.of(2025, 6, 1)));
    return year;
  }

  /**
   * Both ledgers: every kind of entry, a month's dues recorded twice, a remittance of the year made
   * in the next, and two welfare grants booked as expenses, one of them reversed in the next year.
   * VP's 2024 balance: 12,730,030 in, 5,700,000 spent, 1,000,000 remitted.
   */
  private static void ledgers(FinanceEventMother finance, List<Delivery> year) {
    for (int month = 1; month <= 12; month += 3) {
      year.add(finance.dues(VP, YearMonth.of(2024, month), 50_000, 60_000, 70_000));
      year.add(finance.unionFunding(VP, YearMonth.of(2024, month), 2_000_000));
    }
    year.add(finance.dues(VP, YearMonth.of(2024, 10), 10_000));
    year.add(finance.dues(TC, YearMonth.of(2024, 1), 80_000));
    year.add(
        finance.expense(
            VP, "pc-1", ExpenseCategory.MEMBER_CARE, 1_500_000, LocalDate.of(2024, 3, 8)));
    year.add(
        finance.expense(
            VP, "pc-2", ExpenseCategory.CULTURE_SPORTS, 3_000_000, LocalDate.of(2024, 9, 2)));
    year.add(finance.expense(TC, "pc-1", ExpenseCategory.OTHER, 100_000, LocalDate.of(2024, 5, 5)));
    year.add(finance.remitted(VP, "nop-1", Share.DUES, 1_000_000, LocalDate.of(2024, 7, 1)));
    LocalDate midAutumn = LocalDate.of(2024, 9, 17);
    year.add(finance.grantExpense(VP, "qua-0", 600_000, midAutumn));
    year.add(finance.grantExpense(VP, "qua-5", 600_000, midAutumn));
    year.add(finance.grantExpenseReversedRevision1(VP, "qua-5", 600_000, LocalDate.of(2025, 1, 6)));
    year.add(
        finance.remitted(VP, "nop-2", Share.UNION_FUNDING, 8_000_000, LocalDate.of(2025, 1, 10)));
  }
}
