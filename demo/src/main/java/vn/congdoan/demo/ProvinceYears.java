package vn.congdoan.demo;

import java.util.List;
import vn.congdoan.demo.ProvinceBranch.Member;
import vn.congdoan.demo.ProvinceUnions.Union;

/**
 * A generated branch's 2024 and 2025, put together: care, giving, records, finance, a retirement.
 */
final class ProvinceYears {
  private ProvinceYears() {}

  static ProvinceBranch plan(
      Dice dice, String id, String name, Union union, List<String> groups, List<Member> members) {
    var occasions = ProvinceCare.occasions(dice, id, members);
    var grants = ProvinceCare.grants(dice, id, members);
    var gifts = ProvinceMoney.gifts(dice, members.size());
    var activities = ProvinceRecords.activities(dice, id, members.size());
    var awards = ProvinceRecords.awards(dice, id, members);
    var achievements = ProvinceRecords.achievements(dice, members);
    int violations = dice.chance(0.9) ? 0 : 1;
    var finance = ProvinceMoney.finance(dice, id, members);
    // one retirement in 2025, when someone is of age and is not the chair
    var departure =
        members.stream()
            .filter(m -> m.bornOn().getYear() <= 1966 && !"CHAIR".equals(m.position()))
            .findFirst()
            .map(m -> new ProvinceBranch.Departure(m.id(), "RETIRED", "2025-06-30"))
            .orElse(null);
    return new ProvinceBranch(
        id,
        name,
        union.name(),
        union.sector(),
        groups,
        members,
        occasions,
        grants,
        gifts,
        activities,
        awards,
        achievements,
        violations,
        finance,
        departure);
  }
}
