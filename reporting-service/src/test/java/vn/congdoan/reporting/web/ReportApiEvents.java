package vn.congdoan.reporting.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import vn.congdoan.finance.api.ExpenseCategory;
import vn.congdoan.finance.api.Share;
import vn.congdoan.membership.api.AchievementKind;
import vn.congdoan.membership.api.ActivityKind;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.reporting.ingest.Delivery;
import vn.congdoan.reporting.query.EventMother;
import vn.congdoan.welfare.api.GrantKind;

/** What {@link ReportApiTest} reads back: a branch's year, and a branch dissolved after it. */
final class ReportApiEvents {
  static final String BRANCH = "vp-doan-dbqh";
  static final String DISSOLVED = "y-te-huyen";
  static final String CAMPAIGN = "bao-so-3-2024";
  static final String CAMPAIGN_TITLE = "Ủng hộ đồng bào bị thiệt hại do bão số 3 (Yagi)";

  private ReportApiEvents() {}

  static List<Delivery> of() {
    var events = new EventMother();
    var records = events.records();
    var welfare = events.welfare();
    var finance = events.finance();
    return List.of(
        events.branchRegistered(BRANCH, "Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh"),
        events.groupAdded(BRANCH, "to-1", "Tổ công đoàn Văn phòng"),
        events.memberAdmitted(
            BRANCH,
            "nguyen-thi-hoa",
            "Nguyễn Thị Hoà",
            Gender.FEMALE,
            "to-1",
            LocalDate.of(2020, 1, 1)),
        events.memberAdmitted(
            BRANCH, "le-van-binh", "Lê Văn Bình", Gender.MALE, "to-1", LocalDate.of(2024, 4, 1)),
        welfare.grant(
            BRANCH, "qua-8-3", GrantKind.WOMENS_DAY_MAR8, LocalDate.of(2024, 3, 8), 1, 500_000),
        welfare.grant(BRANCH, "qua-tet", GrantKind.TET, LocalDate.of(2024, 2, 1), 2, 1_000_000),
        welfare.grantReversed(BRANCH, "qua-tet", LocalDate.of(2025, 1, 6)),
        events.income(BRANCH, 2_000_000, LocalDate.of(2024, 5, 2)),
        finance.dues(BRANCH, YearMonth.of(2024, 3), 45_000, 36_000),
        finance.unionFunding(BRANCH, YearMonth.of(2024, 3), 1_200_000),
        finance.expense(
            BRANCH, "pc-1", ExpenseCategory.MEMBER_CARE, 500_000, LocalDate.of(2024, 3, 8)),
        finance.remitted(BRANCH, "nop-1", Share.UNION_FUNDING, 816_000, LocalDate.of(2024, 4, 10)),
        events.memberAdmitted(
            BRANCH,
            "pham-van-tho",
            "Phạm Văn Thọ",
            Gender.MALE,
            "to-1",
            LocalDate.of(2019, 10, 1),
            true),
        records.activity(
            BRANCH, "hoc-tap-1", ActivityKind.PROPAGANDA, LocalDate.of(2024, 5, 19), 46),
        records.award(BRANCH, "khen-1", 2024, null),
        records.achievement(BRANCH, "tien-si-1", "le-van-binh", 2024, AchievementKind.DOCTORATE),
        records.ratings(
            BRANCH, 2024, "STRONG", Map.of("to-1", "STRONG"), Map.of("le-van-binh", "GOOD")),
        events.branchRegistered(DISSOLVED, "Công đoàn cơ sở Trung tâm Y tế huyện"),
        welfare.campaignLaunched(CAMPAIGN, CAMPAIGN_TITLE, null, LocalDate.of(2024, 9, 10)),
        welfare.contribution(CAMPAIGN, "ct-1", BRANCH, 4_600_000, LocalDate.of(2024, 9, 12)),
        welfare.contribution(CAMPAIGN, "ct-2", DISSOLVED, 1_000_000, LocalDate.of(2024, 9, 13)),
        finance.expense(
            DISSOLVED, "pc-1", ExpenseCategory.OTHER, 100_000, LocalDate.of(2024, 2, 2)),
        events.branchDissolved(DISSOLVED, LocalDate.of(2025, 6, 1)));
  }
}
