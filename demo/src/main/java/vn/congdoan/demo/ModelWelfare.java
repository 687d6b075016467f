package vn.congdoan.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import vn.congdoan.demo.Grants.Grant;

/**
 * The care section of the report: gifts on 8/3 and 20/10 to the 16 women, birthdays, 1/6 and
 * Mid-Autumn for members' children, 1/10 for their parents, the Office's founding day 10/10, 20/11,
 * visits in sickness, bereavement and at weddings, and the summer stay at Sầm Sơn.
 */
final class ModelWelfare {
  private static final String B = ModelBranchDemo.BRANCH_ID;

  private ModelWelfare() {}

  static String member(int i) {
    return ModelRoster.id(ModelBranchDemo.MEMBER_PREFIX, i);
  }

  static List<String> members(IntPredicate which) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < ModelRoster.SIZE; i++) {
      if (which.test(i)) {
        ids.add(member(i));
      }
    }
    return ids;
  }

  /** Records the 2024 care; returns what it granted, in VND. */
  static long record2024(BranchSession branch) {
    var grants = new Grants(branch);
    long total =
        grants.occasion(
            B + "-2024-8-3",
            "WOMENS_DAY_MAR8",
            "2024-03-08",
            null,
            300_000,
            "Chúc mừng ngày Quốc tế Phụ nữ 8/3");
    total +=
        grants.occasion(
            B + "-2024-20-10",
            "WOMENS_DAY_OCT20",
            "2024-10-18",
            null,
            300_000,
            "Chúc mừng ngày Phụ nữ Việt Nam 20/10");
    for (int month = 1; month <= 12; month++) {
      int m = month;
      if (members(i -> ModelRoster.birthMonth(i) == m).isEmpty()) {
        continue; // nobody to give it to: the service would refuse the occasion
      }
      total +=
          grants.occasion(
              B + "-2024-sinh-nhat-" + month,
              "BIRTHDAY",
              String.format("2024-%02d-05", month),
              month,
              200_000,
              "Quà sinh nhật đoàn viên");
    }
    for (Grant g : ModelGrants.of2024()) {
      total += grants.grant(g);
    }
    return total;
  }

  /** The first months of 2025, before the branch was dissolved; returns what it granted. */
  static long record2025(BranchSession branch) {
    var grants = new Grants(branch);
    long total =
        grants.grant(
            new Grant(
                B + "-2025-tet",
                "TET",
                "2025-01-20",
                members(i -> true),
                "SELF",
                1_000_000,
                "UNION_FUNDING",
                "Quà Tết Nguyên đán Ất Tỵ 2025"));
    total +=
        grants.occasion(
            B + "-2025-8-3",
            "WOMENS_DAY_MAR8",
            "2025-03-07",
            null,
            300_000,
            "Chúc mừng ngày Quốc tế Phụ nữ 8/3");
    total +=
        grants.grant(
            new Grant(
                B + "-2025-om-1",
                "SICKNESS_VISIT",
                "2025-04-09",
                List.of(member(21)),
                "SELF",
                1_000_000,
                "DUES",
                "Thăm hỏi đoàn viên ốm đau"));
    return total;
  }
}
