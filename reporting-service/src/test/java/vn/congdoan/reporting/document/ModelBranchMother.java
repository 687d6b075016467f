package vn.congdoan.reporting.document;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.congdoan.finance.api.ExpenseCategory;
import vn.congdoan.finance.api.Share;
import vn.congdoan.membership.api.AchievementKind;
import vn.congdoan.membership.api.ActivityKind;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.membership.api.Signatory;
import vn.congdoan.reporting.ingest.Delivery;
import vn.congdoan.reporting.query.EventMother;
import vn.congdoan.welfare.api.GrantKind;

/**
 * The model report's branch (the 2024 report of docs/domain.md's model case) as events: 46 members
 * in 4 groups, 30 men and 16 women at the end of 2024, 136.225.000 đồng given to four campaigns,
 * its care, records, books and narrative; dissolved on 1 June 2025 like every fully state-funded
 * one.
 */
public final class ModelBranchMother {
  public static final String BRANCH = "vp-doan-dbqh";
  public static final String NAME = "Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh";
  public static final String UPPER = "Công đoàn Viên chức tỉnh";
  public static final String CHAIR = "Lê Chí Thi";
  public static final String SHORTCOMING =
      "Việc phát động và duy trì phong trào thể thao trong cơ quan chưa được thường xuyên.";
  public static final String CAUSE =
      "Do công việc chuyên môn chi phối nên các đoàn viên chưa chủ động được thời gian tham gia"
          + " phong trào thể thao của cơ quan.";
  public static final String PRIORITY =
      "Tập trung thực hiện tốt công tác đại diện, bảo vệ quyền lợi ích hợp pháp, chính đáng của"
          + " đoàn viên.";
  public static final String STORM = "Ủng hộ đồng bào bị thiệt hại do cơn bão số 3";
  public static final String PROPAGANDA_TITLE =
      "Hội nghị trực tuyến quán triệt chuyên đề năm 2024 về học tập và làm theo tư tưởng, đạo"
          + " đức, phong cách Hồ Chí Minh";
  public static final String AWARD = "Giải Nhất môn quần vợt đôi nam";
  public static final LocalDate DISSOLVED_ON = LocalDate.of(2025, 6, 1);
  private static final String[] GROUPS = {"to-van-phong", "to-tong-hop", "to-dan-nguyen", "to-ct"};

  private ModelBranchMother() {}

  public static List<Delivery> events() {
    var events = new EventMother();
    var records = events.records();
    var welfare = events.welfare();
    var finance = events.finance();
    List<Delivery> all = new ArrayList<>();
    all.add(events.branchRegistered(BRANCH, NAME, UPPER));
    all.add(events.groupAdded(BRANCH, GROUPS[0], "Tổ Văn phòng"));
    all.add(events.groupAdded(BRANCH, GROUPS[1], "Tổ Tổng hợp"));
    all.add(events.groupAdded(BRANCH, GROUPS[2], "Tổ Dân nguyện"));
    all.add(events.groupAdded(BRANCH, GROUPS[3], "Tổ Công tác HĐND"));
    // 31 men and 16 women admitted, one man retires in 2024: 30 and 16 at the year's end.
    for (int i = 0; i < 47; i++) {
      Gender gender = i < 31 ? Gender.MALE : Gender.FEMALE;
      LocalDate joined = i >= 45 ? LocalDate.of(2024, 3, 1) : LocalDate.of(2015, 1, 5);
      all.add(
          events.memberAdmitted(
              BRANCH, member(i), "Đoàn viên " + i, gender, GROUPS[i % 4], joined));
    }
    all.add(events.memberDeparted(BRANCH, member(0), LocalDate.of(2024, 8, 31)));
    all.add(grant(welfare, "qua-8-3", GrantKind.WOMENS_DAY_MAR8, 3, 8, 16, 500_000));
    all.add(grant(welfare, "qua-20-10", GrantKind.WOMENS_DAY_OCT20, 10, 20, 16, 500_000));
    all.add(grant(welfare, "qua-cao-tuoi", GrantKind.OLDER_PERSONS_DAY, 10, 1, 20, 300_000));
    all.add(grant(welfare, "trung-thu", GrantKind.MID_AUTUMN, 9, 17, 25, 200_000));
    all.add(grant(welfare, "om-dau", GrantKind.SICKNESS_VISIT, 4, 10, 3, 1_000_000));
    all.add(grant(welfare, "nghi-duong", GrantKind.VACATION, 7, 10, 46, 2_000_000));
    String[][] campaigns = {
      {"bao-so-3", STORM, "46225000"},
      {"nha-o-ho-ngheo", "Hỗ trợ xây dựng nhà ở cho hộ nghèo", "50000000"},
      {"quy-ho-tro", "Quỹ hỗ trợ đoàn viên, CNVCNLĐ Công đoàn Thanh Hóa", "25000000"},
      {"quy-thien-tai", "Quỹ phòng, chống thiên tai", "15000000"}
    };
    for (String[] c : campaigns) {
      all.add(welfare.campaignLaunched(c[0], c[1], null, LocalDate.of(2024, 9, 10)));
      all.add(
          welfare.contribution(
              c[0], "ct-" + BRANCH, BRANCH, Long.parseLong(c[2]), LocalDate.of(2024, 9, 20)));
    }
    all.add(
        records.activity(
            BRANCH,
            "hn-chuyen-de",
            ActivityKind.PROPAGANDA,
            PROPAGANDA_TITLE,
            LocalDate.of(2024, 5, 19),
            46));
    all.add(
        records.activity(
            BRANCH,
            "hn-cbcc",
            ActivityKind.CONFERENCE,
            "Hội nghị cán bộ, công chức năm 2024",
            LocalDate.of(2024, 1, 20),
            46));
    all.add(
        records.activity(
            BRANCH,
            "the-thao",
            ActivityKind.SPORTS,
            "Lễ hội du lịch biển Sầm Sơn năm 2024",
            LocalDate.of(2024, 4, 30),
            3));
    all.add(
        records.award(BRANCH, "khen-1", 2024, member(3), AWARD, "Sở Văn hóa, Thể thao và Du lịch"));
    all.add(
        records.award(
            BRANCH,
            "khen-2",
            2024,
            null,
            "Tập thể Công đoàn cơ sở vững mạnh xuất sắc",
            "Công đoàn Viên chức tỉnh"));
    all.add(
        records.achievement(
            BRANCH, "ts-1", member(5), 2024, AchievementKind.DOCTORATE, "Luận án tiến sĩ"));
    for (int i = 0; i < 4; i++) {
      all.add(
          records.achievement(
              BRANCH,
              "cvcc-" + i,
              member(10 + i),
              2024,
              AchievementKind.SENIOR_SPECIALIST_COURSE,
              "Bồi dưỡng ngạch chuyên viên cao cấp"));
    }
    all.add(
        records.achievement(
            BRANCH,
            "tc-1",
            member(20),
            2024,
            AchievementKind.POLITICAL_THEORY_INTERMEDIATE,
            "Trung cấp lý luận chính trị"));
    Map<String, String> groupRatings = new HashMap<>();
    Arrays.stream(GROUPS).forEach(g -> groupRatings.put(g, "STRONG"));
    Map<String, String> memberRatings = new HashMap<>();
    for (int i = 1; i < 47; i++) {
      memberRatings.put(member(i), i < 7 ? "EXCELLENT" : "GOOD");
    }
    all.add(records.ratings(BRANCH, 2024, "STRONG_EXCELLENT", groupRatings, memberRatings));
    for (int month = 1; month <= 12; month++) {
      long[] dues = new long[46];
      Arrays.fill(dues, 60_000);
      all.add(finance.dues(BRANCH, YearMonth.of(2024, month), dues));
      all.add(finance.unionFunding(BRANCH, YearMonth.of(2024, month), 5_000_000));
    }
    all.add(
        finance.expense(
            BRANCH, "pc-1", ExpenseCategory.MEMBER_CARE, 20_000_000, LocalDate.of(2024, 10, 1)));
    all.add(
        finance.expense(
            BRANCH, "pc-2", ExpenseCategory.CULTURE_SPORTS, 6_500_000, LocalDate.of(2024, 4, 25)));
    all.add(
        finance.remitted(
            BRANCH, "nop-1", Share.UNION_FUNDING, 15_000_000, LocalDate.of(2024, 12, 20)));
    all.add(
        records.narrative(
            BRANCH,
            2024,
            SHORTCOMING
                + "\n\nChất lượng tham mưu của một số đoàn viên có lúc, có việc chưa đáp ứng được"
                + " yêu cầu.",
            CAUSE,
            PRIORITY + "\nVận động đoàn viên tích cực tham gia các hoạt động xã hội, từ thiện.",
            List.of(
                "Công đoàn Viên chức tỉnh (để báo cáo);",
                "Đảng ủy Văn phòng;",
                "Đoàn viên Công đoàn Văn phòng;",
                "Lưu: VT, CĐVP."),
            new Signatory("CHỦ TỊCH", CHAIR)));
    all.add(events.branchDissolved(BRANCH, DISSOLVED_ON));
    return all;
  }

  public static String member(int i) {
    return "doan-vien-" + i;
  }

  private static Delivery grant(
      vn.congdoan.reporting.query.WelfareEventMother welfare,
      String id,
      GrantKind kind,
      int month,
      int day,
      int recipients,
      long each) {
    return welfare.grant(BRANCH, id, kind, LocalDate.of(2024, month, day), recipients, each);
  }
}
