package vn.congdoan.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.congdoan.demo.ProvinceBranch.Member;
import vn.congdoan.demo.ProvinceUnions.Union;

/**
 * Plans a generated province: which branch belongs to which upper union, its groups and roster.
 * Each branch draws from its own seeded source, so the plan depends only on the seed and the number
 * of branches, and branch {@code k} is the same whatever {@code n} is.
 */
final class ProvincePlanner {
  private static final double[] UNION_WEIGHTS = {0.2, 0.3, 0.12, 0.14, 0.07, 0.07, 0.05, 0.05};

  private ProvincePlanner() {}

  static String branchId(long seed, int k) {
    return String.format("tinh-%d-%03d", seed, k + 1);
  }

  static List<ProvinceBranch> plan(int n, long seed) {
    List<ProvinceBranch> branches = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int k = 0; k < n; k++) {
      var dice = new Dice(seed * 1_000_003L + k);
      Union union = union(dice);
      String place = dice.pick(union.places());
      String name = String.format(dice.pick(union.patterns()), place);
      for (int copy = 2; !names.add(name); copy++) {
        name = String.format(dice.pick(union.patterns()), place) + " (cơ sở " + copy + ")";
      }
      String id = branchId(seed, k);
      List<String> groups = union.groups().subList(0, dice.between(2, 6));
      List<Member> members = roster(dice, id, union, groups.size());
      branches.add(ProvinceYears.plan(dice, id, name, union, groups, members));
    }
    return branches;
  }

  private static Union union(Dice dice) {
    double x = dice.between(0, 9_999) / 10_000.0;
    for (int u = 0; u < UNION_WEIGHTS.length; u++) {
      x -= UNION_WEIGHTS[u];
      if (x < 0) {
        return ProvinceUnions.UNIONS.get(u);
      }
    }
    return ProvinceUnions.UNIONS.get(UNION_WEIGHTS.length - 1);
  }

  private static List<Member> roster(Dice dice, String branchId, Union union, int groups) {
    int size = dice.between(union.minMembers(), union.maxMembers());
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      boolean man = !dice.chance(union.women());
      String name =
          dice.pick(ProvinceNames.FAMILY)
              + " "
              + dice.pick(man ? ProvinceNames.MEN_MIDDLE : ProvinceNames.WOMEN_MIDDLE)
              + " "
              + dice.pick(man ? ProvinceNames.MEN_GIVEN : ProvinceNames.WOMEN_GIVEN);
      LocalDate born = dice.day(dice.between(1965, 2003), 1, 12);
      String position =
          i == 0 ? "CHAIR" : i == 1 ? "VICE_CHAIR" : i < groups + 2 ? "GROUP_LEADER" : null;
      members.add(
          new Member(
              branchId + "-m" + (i + 1),
              name,
              man,
              born,
              "to-" + (1 + i % groups),
              joined(dice, born, i < groups + 2),
              position,
              dice.vnd(4_680_000, 16_000_000, 10_000),
              rating(dice)));
    }
    return members;
  }

  /** Most joined years ago; a few in 2024 and early 2025, so the years show newcomers. */
  private static LocalDate joined(Dice dice, LocalDate born, boolean officer) {
    if (!officer && dice.chance(0.06)) {
      return dice.day(2024, 1, 11);
    }
    if (!officer && dice.chance(0.03)) {
      return dice.day(2025, 1, 4);
    }
    int year = Math.max(born.getYear() + 22, dice.between(2000, 2023));
    return year > 2023 ? dice.day(2023, 1, 12) : dice.day(year, 1, 12);
  }

  private static String rating(Dice dice) {
    int x = dice.between(1, 100);
    return x <= 20 ? "EXCELLENT" : x <= 85 ? "GOOD" : x <= 98 ? "COMPLETED" : "NOT_COMPLETED";
  }
}
