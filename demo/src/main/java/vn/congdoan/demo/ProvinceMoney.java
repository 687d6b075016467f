package vn.congdoan.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.congdoan.demo.ProvinceBranch.Entry;
import vn.congdoan.demo.ProvinceBranch.Gift;
import vn.congdoan.demo.ProvinceBranch.Member;

/** A generated branch's money: its gifts to the province campaigns and a few ledger entries. */
final class ProvinceMoney {
  private ProvinceMoney() {}

  /** The branch's own contributions to the province campaigns; the 2025 fund always last. */
  static List<Gift> gifts(Dice dice, int size) {
    List<Gift> gifts = new ArrayList<>();
    double[] odds = {0.9, 0.5, 0.7, 0.6};
    for (int c = 0; c < ProvinceCampaigns.OF_2024.size(); c++) {
      var campaign = ProvinceCampaigns.OF_2024.get(c);
      if (dice.chance(odds[c])) {
        LocalDate opens = LocalDate.parse(campaign.opensOn());
        gifts.add(
            new Gift(
                campaign.id(),
                size * dice.vnd(100_000, 300_000, 50_000),
                opens.plusDays(dice.between(3, 60)).toString()));
      }
    }
    gifts.add(
        new Gift(
            ProvinceCampaigns.SUPPORT_FUND_2025.id(),
            size * dice.vnd(100_000, 200_000, 50_000),
            dice.day(2025, 2, 4).toString()));
    return gifts;
  }

  static List<Entry> finance(Dice dice, String id, List<Member> members) {
    List<Entry> entries = new ArrayList<>();
    // union funding (2% of the payroll) comes every month; dues are sampled in three months
    for (int m = 0; m < 15; m++) {
      String period = java.time.YearMonth.of(2024, 1).plusMonths(m).toString();
      LocalDate first = LocalDate.parse(period + "-01");
      long payroll =
          members.stream().filter(x -> x.memberOn(first)).mapToLong(Member::salaryVnd).sum();
      entries.add(new Entry("UNION_FUNDING", id + "-kp-" + period, period, payroll, period));
      if (List.of("2024-06", "2024-12", "2025-03").contains(period)) {
        entries.add(new Entry("DUES", id + "-dp-" + period, period, 0, period));
      }
    }
    entries.add(
        new Entry(
            "INCOME",
            id + "-thu-2024",
            "Chuyên môn hỗ trợ hoạt động công đoàn",
            dice.vnd(5_000_000, 30_000_000, 500_000),
            dice.day(2024, 3, 10).toString()));
    entries.add(
        new Entry(
            "EXPENSE",
            id + "-chi-vh-2024",
            "CULTURE_SPORTS",
            dice.vnd(2_000_000, 12_000_000, 100_000),
            dice.day(2024, 3, 11).toString()));
    entries.add(
        new Entry(
            "EXPENSE",
            id + "-chi-hc-2024",
            "ADMINISTRATION",
            dice.vnd(500_000, 3_000_000, 10_000),
            dice.day(2024, 1, 12).toString()));
    entries.add(
        new Entry(
            "EXPENSE",
            id + "-chi-pc-2025",
            "OFFICER_ALLOWANCES",
            dice.vnd(1_000_000, 6_000_000, 10_000),
            dice.day(2025, 1, 6).toString()));
    return entries;
  }
}
