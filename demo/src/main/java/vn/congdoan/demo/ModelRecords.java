package vn.congdoan.demo;

import static vn.congdoan.demo.ModelWelfare.member;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sections 2 to 4 and 6 of the report: its activities, the three prizes at the Sầm Sơn sea
 * festival, the six study achievements, the year's ratings, and an inspection that found nothing
 * (the report says none: the record says 0).
 */
final class ModelRecords {
  private static final String B = ModelBranchDemo.BRANCH_ID;
  private static final String SAM_SON =
      "Sở Văn hóa, Thể thao và Du lịch phối hợp với UBND thành phố Sầm Sơn";

  private ModelRecords() {}

  static void record(BranchSession branch) {
    ModelActivities.record(branch);
    award(branch, "quan-vot", member(5), "Giải Nhất môn quần vợt đôi nam");
    award(branch, "cau-long", member(11), "Giải Nhất môn cầu lông đôi nam");
    award(branch, "bong-ban", member(37), "Giải Nhì môn bóng bàn đơn nữ");
    achievement(branch, "tien-si", member(3), "DOCTORATE", "Bảo vệ luận án tiến sĩ");
    for (int i : new int[] {0, 2, 6, 31}) {
      achievement(
          branch,
          "cvcc-" + i,
          member(i),
          "SENIOR_SPECIALIST_COURSE",
          "Khóa bồi dưỡng ngạch chuyên viên cao cấp");
    }
    achievement(
        branch,
        "tccc",
        member(40),
        "POLITICAL_THEORY_INTERMEDIATE",
        "Lớp Trung cấp lý luận chính trị");
    ratings(branch);
    branch.membership(
        "inspection:2024",
        "/inspections",
        Body.of(
            "inspectionId",
            B + "-kt-2024",
            "heldOn",
            "2024-12-10",
            "scope",
            "CHARTER",
            "violationsFound",
            0));
  }

  private static void award(BranchSession b, String id, String memberId, String title) {
    b.membership(
        "award:" + id,
        "/awards",
        Body.of(
            "awardId",
            B + "-2024-" + id,
            "year",
            2024,
            "memberId",
            memberId,
            "title",
            title + " — Lễ hội du lịch biển Sầm Sơn năm 2024",
            "issuer",
            SAM_SON,
            "awardedOn",
            "2024-04-28"));
  }

  private static void achievement(
      BranchSession b, String step, String memberId, String kind, String title) {
    b.membership(
        "achievement:" + step,
        "/achievements",
        Body.of("memberId", memberId, "year", 2024, "kind", kind, "title", title));
  }

  /** The branch strong, its groups strong (one excellent), its members mostly "good". */
  private static void ratings(BranchSession b) {
    List<Map<String, Object>> groups = new ArrayList<>();
    for (int g = 0; g < ModelRoster.GROUPS.size(); g++) {
      groups.add(
          Body.of(
              "groupId",
              ModelRoster.GROUPS.get(g),
              "rating",
              g == 0 ? "STRONG_EXCELLENT" : "STRONG"));
    }
    List<Map<String, Object>> members = new ArrayList<>();
    for (int i = 0; i < ModelRoster.SIZE; i++) {
      String rating = i % 5 == 0 ? "EXCELLENT" : i == 23 || i == 44 ? "COMPLETED" : "GOOD";
      members.add(Body.of("memberId", member(i), "rating", rating));
    }
    b.membership(
        "ratings:2024",
        "/ratings",
        Body.of(
            "year",
            2024,
            "branchRating",
            "STRONG",
            "groupRatings",
            groups,
            "memberRatings",
            members));
  }
}
