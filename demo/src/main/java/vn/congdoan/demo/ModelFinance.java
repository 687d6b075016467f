package vn.congdoan.demo;

import static vn.congdoan.demo.ModelLedger.awaitMemberCare;
import static vn.congdoan.demo.ModelLedger.expense;
import static vn.congdoan.demo.ModelLedger.income;
import static vn.congdoan.demo.ModelLedger.line;
import static vn.congdoan.demo.ModelLedger.months;
import static vn.congdoan.demo.ModelLedger.remitQuarters;

import java.util.List;

/**
 * Section 7 of the report as a ledger: an approved budget, dues and union funding each month, the
 * agency's support, spending by category (welfare grants arrive as member care by themselves), the
 * upper union's shares each quarter, and the year settled in January. 2025 runs to May: the books
 * close with the dissolution.
 */
final class ModelFinance {
  private ModelFinance() {}

  static void record2024(BranchSession b, long welfareVnd) {
    String finance = b.client.services.financeUrl();
    b.put(
        finance,
        "budget:2024",
        "/finance/budgets/2024",
        Body.of(
            "lines",
            List.of(
                line("MEMBER_CARE", 140_000_000),
                line("OFFICER_ALLOWANCES", 14_000_000),
                line("PROPAGANDA_TRAINING", 6_000_000),
                line("EMULATION_AWARDS", 6_000_000),
                line("CULTURE_SPORTS", 10_000_000),
                line("ADMINISTRATION", 4_000_000),
                line("OTHER", 20_000_000))));
    b.staff(
        finance,
        "budget-approval:2024",
        "/finance/budgets/2024/approval",
        Body.of("approvedOn", "2024-01-25"));
    months(b, 2024, 12);
    income(
        b,
        "2024-ho-tro-co-quan",
        "Văn phòng hỗ trợ kinh phí nghỉ dưỡng, tham quan và các" + " ngày lễ",
        90_000_000,
        "2024-06-25");
    income(b, "2024-lai-tien-gui", "Lãi tiền gửi ngân hàng", 412_000, "2024-12-25");
    expense(
        b,
        "2024-phu-cap-1",
        "OFFICER_ALLOWANCES",
        6_240_000,
        "2024-06-28",
        "Phụ cấp cán bộ công đoàn 6 tháng đầu năm");
    expense(
        b,
        "2024-phu-cap-2",
        "OFFICER_ALLOWANCES",
        6_240_000,
        "2024-12-26",
        "Phụ cấp cán bộ công đoàn 6 tháng cuối năm");
    expense(
        b,
        "2024-hoi-nghi",
        "PROPAGANDA_TRAINING",
        2_850_000,
        "2024-03-14",
        "Hội nghị trực tuyến quán triệt chuyên đề 2024");
    expense(
        b,
        "2024-ao-dai",
        "PROPAGANDA_TRAINING",
        1_960_000,
        "2024-10-14",
        "Tuần lễ Áo dài Việt Nam");
    expense(
        b,
        "2024-thuong-the-thao",
        "EMULATION_AWARDS",
        3_000_000,
        "2024-05-06",
        "Thưởng đoàn viên đạt giải tại Lễ hội du lịch biển Sầm Sơn");
    expense(
        b, "2024-khen-thuong", "EMULATION_AWARDS", 2_300_000, "2024-12-27", "Khen thưởng cuối năm");
    expense(
        b,
        "2024-the-thao",
        "CULTURE_SPORTS",
        7_500_000,
        "2024-04-25",
        "Tham gia thi đấu thể thao Lễ hội du lịch biển Sầm Sơn");
    expense(b, "2024-vpp-1", "ADMINISTRATION", 1_250_000, "2024-04-10", "Văn phòng phẩm");
    expense(b, "2024-vpp-2", "ADMINISTRATION", 1_180_000, "2024-11-12", "Văn phòng phẩm, in ấn");
    expense(
        b,
        "2024-tham-quan",
        "OTHER",
        15_000_000,
        "2024-08-22",
        "Hỗ trợ tham quan học tập kinh nghiệm");
    remitQuarters(
        b,
        2024,
        new int[] {3, 6, 9, 12},
        new String[] {"2024-04-10", "2024-07-10", "2024-10-10", "2024-12-27"});
    awaitMemberCare(b, 2024, welfareVnd);
    b.finance(
        "settlement:2024", "/finance/years/2024/settlement", Body.of("settledOn", "2025-01-15"));
  }

  /** January to May 2025; the books close with the dissolution, after the last grant is booked. */
  static void record2025(BranchSession b, long welfareVnd) {
    months(b, 2025, 5);
    expense(
        b,
        "2025-phu-cap",
        "OFFICER_ALLOWANCES",
        3_120_000,
        "2025-05-26",
        "Phụ cấp cán bộ công đoàn 5 tháng đầu năm");
    expense(b, "2025-vpp", "ADMINISTRATION", 640_000, "2025-03-11", "Văn phòng phẩm");
    remitQuarters(b, 2025, new int[] {3, 5}, new String[] {"2025-04-10", "2025-05-29"});
    awaitMemberCare(b, 2025, welfareVnd);
  }
}
