package vn.congdoan.demo;

import java.util.ArrayList;
import java.util.List;
import vn.congdoan.demo.ProvinceBranch.Achievement;
import vn.congdoan.demo.ProvinceBranch.Activity;
import vn.congdoan.demo.ProvinceBranch.Award;
import vn.congdoan.demo.ProvinceBranch.Member;

/** A generated branch's activities, awards and study achievements. */
final class ProvinceRecords {
  private static final List<String[]> ACTIVITIES =
      List.of(
          new String[] {"PROPAGANDA", "Tuyên truyền Luật Công đoàn năm 2024"},
          new String[] {"PROPAGANDA", "Tuyên truyền phòng, chống tác hại của thuốc lá"},
          new String[] {"CONFERENCE", "Hội nghị cán bộ, công chức, viên chức, người lao động"},
          new String[] {"MEETING", "Sinh hoạt định kỳ Ban Chấp hành công đoàn"},
          new String[] {"SPORTS", "Hội thao chào mừng ngày thành lập Công đoàn Việt Nam 28/7"},
          new String[] {"CULTURE", "Hội diễn văn nghệ chào mừng ngày Quốc tế Phụ nữ 8/3"},
          new String[] {"VOLUNTEER", "Hiến máu tình nguyện"},
          new String[] {"STUDY_TOUR", "Tham quan học tập kinh nghiệm"});
  private static final List<String[]> AWARDS =
      List.of(
          new String[] {
            "Giải Nhì bóng chuyền hơi nữ Hội thao CNVCLĐ tỉnh", "Liên đoàn Lao động tỉnh"
          },
          new String[] {"Giải Ba kéo co nam Hội thao CNVCLĐ tỉnh", "Liên đoàn Lao động tỉnh"},
          new String[] {"Giải Nhất cờ tướng Hội thao CNVCLĐ", "Liên đoàn Lao động tỉnh"},
          new String[] {
            "Giải Khuyến khích Hội diễn văn nghệ quần chúng", "Sở Văn hóa, Thể thao" + " và Du lịch"
          });
  private static final List<String> COLLECTIVE =
      List.of("Bằng khen Công đoàn vững mạnh xuất sắc", "Giấy khen hoàn thành xuất sắc nhiệm vụ");
  private static final List<String[]> STUDIES =
      List.of(
          new String[] {"MASTER", "Bảo vệ luận văn thạc sĩ"},
          new String[] {"POLITICAL_THEORY_INTERMEDIATE", "Lớp Trung cấp lý luận chính trị"},
          new String[] {"SENIOR_SPECIALIST_COURSE", "Khóa bồi dưỡng ngạch chuyên viên chính"},
          new String[] {"DOCTORATE", "Bảo vệ luận án tiến sĩ"});

  private ProvinceRecords() {}

  static List<Activity> activities(Dice dice, String id, int size) {
    List<Activity> activities = new ArrayList<>();
    int count = dice.between(3, 7);
    for (int a = 0; a < count; a++) {
      String[] kind = dice.pick(ACTIVITIES);
      int year = a < count - 2 ? 2024 : 2025;
      activities.add(
          new Activity(
              id + "-hd-" + (a + 1),
              kind[0],
              kind[1] + " năm " + year,
              dice.day(year, 1, year == 2025 ? 5 : 12).toString(),
              dice.between(size / 2, size)));
    }
    return activities;
  }

  static List<Award> awards(Dice dice, String id, List<Member> members) {
    List<Award> awards = new ArrayList<>();
    int count = dice.between(0, 2);
    for (int a = 0; a < count; a++) {
      String[] award = dice.pick(AWARDS);
      awards.add(
          new Award(
              id + "-kt-" + (a + 1),
              2024,
              dice.pick(members.subList(0, 2)).id(),
              award[0],
              award[1],
              dice.day(2024, 4, 11).toString()));
    }
    if (dice.chance(0.3)) {
      awards.add(
          new Award(
              id + "-kt-tt",
              2024,
              null,
              dice.pick(COLLECTIVE),
              "Liên đoàn Lao động tỉnh Thanh Hóa",
              "2024-12-20"));
    }
    return awards;
  }

  static List<Achievement> achievements(Dice dice, List<Member> members) {
    List<Achievement> achievements = new ArrayList<>();
    int count = dice.between(0, 2);
    for (int a = 0; a < count; a++) {
      String[] study = dice.pick(STUDIES);
      achievements.add(new Achievement(members.get(a).id(), 2024, study[0], study[1]));
    }
    return achievements;
  }
}
