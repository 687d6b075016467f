package vn.congdoan.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.congdoan.demo.Grants.Grant;
import vn.congdoan.demo.ProvinceBranch.Member;
import vn.congdoan.demo.ProvinceBranch.Occasion;

/**
 * A generated branch's care: Tết gifts, the women's days, Mid-Autumn for members' children, and a
 * few visits, each only to those who were members on the day (welfare-service refuses others).
 */
final class ProvinceCare {
  private ProvinceCare() {}

  /** 8/3 and 20/10 for the women, when the branch has women on the day. */
  static List<Occasion> occasions(Dice dice, String id, List<Member> members) {
    List<Occasion> occasions = new ArrayList<>();
    String[][] days = {
      {"WOMENS_DAY_MAR8", "2024-03-08"},
      {"WOMENS_DAY_OCT20", "2024-10-20"},
      {"WOMENS_DAY_MAR8", "2025-03-07"}
    };
    for (String[] d : days) {
      LocalDate on = LocalDate.parse(d[1]);
      boolean women = members.stream().anyMatch(m -> !m.man() && m.memberOn(on));
      long each = dice.vnd(200_000, 500_000, 50_000);
      if (women) {
        occasions.add(new Occasion(id + "-" + d[1], d[0], d[1], each));
      }
    }
    return occasions;
  }

  static List<Grant> grants(Dice dice, String id, List<Member> members) {
    List<Grant> grants = new ArrayList<>();
    grants.add(
        all(
            id + "-tet-2024",
            "TET",
            "2024-02-05",
            members,
            dice.vnd(200_000, 500_000, 50_000),
            "Quà Tết Giáp Thìn"));
    grants.add(
        all(
            id + "-tet-2025",
            "TET",
            "2025-01-20",
            members,
            dice.vnd(200_000, 500_000, 50_000),
            "Quà Tết Ất Tỵ"));
    List<String> parents = ids(members, LocalDate.of(2024, 9, 10), 1980);
    if (!parents.isEmpty() && dice.chance(0.7)) {
      grants.add(
          new Grant(
              id + "-trung-thu-2024",
              "MID_AUTUMN",
              "2024-09-10",
              parents,
              "CHILD",
              dice.vnd(100_000, 200_000, 50_000),
              "UNION_FUNDING",
              "Quà Trung thu cho con đoàn viên"));
    }
    // a branch of 400 visits more sick members than one of 20: about one member in ten in two years
    int size = members.size();
    int visits = dice.between(Math.max(1, size / 20), Math.max(2, size / 10));
    for (int v = 1; v <= visits; v++) {
      LocalDate on = dice.day(v == visits ? 2025 : 2024, 1, v == visits ? 5 : 12);
      one(
          grants,
          dice,
          members,
          on,
          id + "-om-" + v,
          "SICKNESS_VISIT",
          "SELF",
          500_000,
          1_000_000,
          "Thăm hỏi ốm đau");
    }
    for (int k = 1, n = dice.between(0, Math.max(1, size / 40)); k <= n; k++) {
      one(
          grants,
          dice,
          members,
          dice.day(2024, 1, 12),
          id + "-hieu" + (k == 1 ? "" : "-" + k),
          "BEREAVEMENT",
          "PARENT",
          1_000_000,
          2_000_000,
          "Phúng viếng");
    }
    for (int k = 1, n = dice.between(0, Math.max(1, size / 30)); k <= n; k++) {
      one(
          grants,
          dice,
          members,
          dice.day(2024, 1, 12),
          id + "-hi" + (k == 1 ? "" : "-" + k),
          "WEDDING",
          "SELF",
          500_000,
          1_000_000,
          "Mừng đám cưới");
    }
    return grants;
  }

  private static Grant all(
      String id, String kind, String on, List<Member> members, long each, String note) {
    return new Grant(
        id, kind, on, ids(members, LocalDate.parse(on), 0), "SELF", each, "UNION_FUNDING", note);
  }

  private static void one(
      List<Grant> grants,
      Dice dice,
      List<Member> members,
      LocalDate on,
      String id,
      String kind,
      String relation,
      long from,
      long to,
      String note) {
    List<String> eligible = ids(members, on, 0);
    if (!eligible.isEmpty()) {
      grants.add(
          new Grant(
              id,
              kind,
              on.toString(),
              List.of(dice.pick(eligible)),
              relation,
              dice.vnd(from, to, 100_000),
              "DUES",
              note));
    }
  }

  /** Members on {@code day} born in {@code bornFrom} or later. */
  private static List<String> ids(List<Member> members, LocalDate day, int bornFrom) {
    return members.stream()
        .filter(m -> m.memberOn(day) && m.bornOn().getYear() >= bornFrom)
        .map(Member::id)
        .toList();
  }
}
