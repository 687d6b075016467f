package vn.congdoan.reporting.audit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.congdoan.finance.api.ExpenseCategory;
import vn.congdoan.finance.api.Share;
import vn.congdoan.membership.api.AchievementKind;
import vn.congdoan.membership.api.ActivityKind;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.reporting.ingest.Delivery;
import vn.congdoan.reporting.query.EventMother;
import vn.congdoan.welfare.api.DisclosureKind;
import vn.congdoan.welfare.api.GrantKind;

/**
 * A seeded history of a few branches across all three topics, every projection's events among it:
 * members admitted, moved, transferred, departed, erased and corrected, grants recorded and
 * reversed, campaigns, the ledger, and what branches record of a year.
 */
final class GeneratedHistory {
  private GeneratedHistory() {}

  static List<Delivery> of(long seed, int branches, int members) {
    var random = new Random(seed);
    var events = new EventMother();
    var records = events.records();
    var welfare = events.welfare();
    var finance = events.finance();
    List<Delivery> all = new ArrayList<>();
    LocalDate start = LocalDate.of(2024, 1, 2);
    all.add(welfare.campaignLaunched("bao-yagi", "Ủng hộ đồng bào bão Yagi", null, start));
    for (int b = 0; b < branches; b++) {
      String branch = "cd-" + b;
      all.add(events.branchRegistered(branch, "Công đoàn cơ sở số " + b));
      for (int g = 1; g <= 3; g++) {
        all.add(events.groupAdded(branch, "to-" + g, "Tổ công đoàn " + g));
      }
      all.add(events.groupRenamed(branch, "to-3", "Tổ Văn phòng"));
      for (int m = 0; m < members; m++) {
        String member = branch + "-dv-" + m;
        String group = "to-" + (1 + random.nextInt(3));
        Gender gender = random.nextBoolean() ? Gender.FEMALE : Gender.MALE;
        LocalDate joined = start.plusDays(random.nextInt(200));
        all.add(
            events.memberAdmitted(
                branch, member, "Đoàn viên " + m, gender, group, joined, m % 11 == 0));
        int fate = random.nextInt(10);
        LocalDate later = joined.plusDays(1 + random.nextInt(100));
        if (fate == 0) {
          all.add(events.memberMoved(branch, member, group, "to-1", later));
        } else if (fate == 1 && b + 1 < branches) {
          all.add(events.transferredOut(branch, member, "cd-" + (b + 1), later));
          all.add(events.transferredIn("cd-" + (b + 1), member, branch, "to-2", gender, later));
        } else if (fate == 2) {
          all.add(events.memberDeparted(branch, member, later));
        } else if (fate == 3) {
          all.add(events.memberErased(branch, member));
        } else if (fate == 4) {
          Gender other = gender == Gender.MALE ? Gender.FEMALE : Gender.MALE;
          all.add(events.memberCorrected(branch, member, other, 1970 + m % 20));
          all.add(events.memberMoved(branch, member, group, "to-2", later));
        }
      }
      for (int i = 0; i < 6; i++) {
        String grant = branch + "-grant-" + i;
        LocalDate on = start.plusDays(random.nextInt(300));
        long each = 100_000L * (1 + random.nextInt(10));
        int recipients = 1 + random.nextInt(5);
        all.add(welfare.grant(branch, grant, GrantKind.SICKNESS_VISIT, on, recipients, each));
        all.add(finance.grantExpense(branch, grant, each * recipients, on));
        if (i % 3 == 0) {
          all.add(welfare.grantReversed(branch, grant, on.plusDays(3)));
          all.add(
              finance.grantExpenseReversed(
                  branch, grant, each * recipients, on.plusDays(3), on, on.getYear()));
        }
      }
      all.add(
          welfare.contribution(
              "bao-yagi",
              branch + "-ung-ho",
              branch,
              1_000_000L + random.nextInt(9) * 500_000L,
              start.plusDays(250)));
      for (int month = 1; month <= 12; month++) {
        YearMonth period = YearMonth.of(2024, month);
        all.add(finance.dues(branch, period, 50_000, 65_000, 80_000));
        all.add(finance.unionFunding(branch, period, 1_200_000));
      }
      all.add(
          finance.expense(
              branch,
              branch + "-chi-1",
              ExpenseCategory.MEMBER_CARE,
              2_500_000,
              start.plusDays(40)));
      all.add(finance.remitted(branch, branch + "-nop-1", Share.DUES, 750_000, start.plusDays(90)));
      all.add(
          records.activity(
              branch, branch + "-hd-1", ActivityKind.values()[0], start.plusDays(60), 30));
      all.add(records.award(branch, branch + "-kt-1", 2024, null));
      all.add(
          records.achievement(
              branch, branch + "-tt-1", branch + "-dv-1", 2024, AchievementKind.values()[0]));
      all.add(records.complaintReceived(branch, branch + "-don-1", start.plusDays(70)));
      all.add(records.complaintResolved(branch, branch + "-don-1", start.plusDays(80)));
      all.add(records.inspection(branch, branch + "-kt-1", start.plusDays(100), random.nextInt(3)));
      all.add(
          records.ratings(
              branch, 2024, "HTXSNV", Map.of("to-1", "HTTNV"), Map.of(branch + "-dv-2", "HTNV")));
      // a later word on the same subjects replaces the earlier one
      all.add(records.ratings(branch, 2024, "HTTNV", Map.of(), Map.of()));
      all.add(records.narrative(branch, 2024, "Phát triển đoàn viên"));
      all.add(records.narrative(branch, 2024, "Chăm lo đời sống đoàn viên"));
    }
    all.add(welfare.campaignClosed("bao-yagi", start.plusDays(280)));
    all.add(welfare.fundsRemitted("bao-yagi", "nop-mttq", 9_000_000, start.plusDays(285)));
    all.add(welfare.disclosed("bao-yagi", DisclosureKind.values()[0], start.plusDays(290)));
    all.add(events.branchDissolved("cd-0", LocalDate.of(2025, 6, 1)));
    all.add(finance.booksClosed("cd-0", LocalDate.of(2025, 6, 1), 3_000_000));
    return all;
  }
}
