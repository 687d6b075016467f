package vn.congdoan.demo;

/**
 * Sections 2 and 3 of the report as activities: the online conferences and the propaganda it names,
 * the "Áo dài" weeks, the sports at the Sầm Sơn sea festival, the study tour, the regular meetings.
 */
final class ModelActivities {
  private static final String B = ModelBranchDemo.BRANCH_ID;

  private ModelActivities() {}

  static void record(BranchSession branch) {
    activity(
        branch,
        "hn-chuyen-de",
        "CONFERENCE",
        "2024-03-14",
        46,
        "Hội nghị trực tuyến nghiên cứu, quán triệt chuyên đề năm 2024 “Học tập và làm theo tư"
            + " tưởng, đạo đức, phong cách Hồ Chí Minh về xây dựng ý thức tôn trọng Nhân dân, phát"
            + " huy dân chủ; không ngừng nâng cao đời sống, vật chất, tinh thần của Nhân dân trên"
            + " địa bàn tỉnh Thanh Hóa”");
    activity(
        branch,
        "hn-nq-17",
        "CONFERENCE",
        "2024-05-23",
        45,
        "Hội nghị trực tuyến học tập, quán triệt Nghị quyết số 17-NQ/TU “Về tiếp tục xây dựng,"
            + " phát triển văn hóa và con người Thanh Hóa trong thời kỳ mới”");
    activity(
        branch,
        "hn-nq-18",
        "CONFERENCE",
        "2024-09-26",
        44,
        "Hội nghị trực tuyến tổng kết việc thực hiện Nghị quyết số 18-NQ/TW của Ban Chấp hành"
            + " Trung ương Đảng khóa XII");
    activity(
        branch,
        "tt-kt-xh",
        "CONFERENCE",
        "2024-12-19",
        46,
        "Hội nghị trực tuyến báo cáo tình hình kinh tế - xã hội năm 2024, giải pháp tăng tốc"
            + " phát triển năm 2025");
    activity(
        branch,
        "tt-ct-05",
        "PROPAGANDA",
        "2024-02-27",
        46,
        "Học tập Chỉ thị số 05-CT/TW; xây dựng Bản cam kết học tập và làm theo Bác năm 2024");
    activity(
        branch,
        "tt-van-hoa-cong-so",
        "PROPAGANDA",
        "2024-06-18",
        46,
        "Tuyên truyền thực hiện văn hóa công sở, xây dựng cơ quan đạt chuẩn văn hóa, kiểu mẫu");
    activity(
        branch,
        "ao-dai-8-3",
        "PROPAGANDA",
        "2024-03-04",
        16,
        "Tuần lễ “Áo dài Việt Nam” nhân kỷ niệm Ngày Quốc tế Phụ nữ 08/3");
    activity(
        branch,
        "ao-dai-20-10",
        "PROPAGANDA",
        "2024-10-14",
        16,
        "Tuần lễ “Áo dài Việt Nam” nhân kỷ niệm Ngày Phụ nữ Việt Nam 20/10");
    activity(
        branch,
        "the-thao-sam-son",
        "SPORTS",
        "2024-04-27",
        9,
        "Thi đấu thể thao chào mừng Lễ hội du lịch biển Sầm Sơn năm 2024");
    activity(
        branch,
        "tham-quan",
        "STUDY_TOUR",
        "2024-08-22",
        38,
        "Tham quan học tập kinh nghiệm tại một số tỉnh, thành phố");
    for (int q = 1; q <= 4; q++) {
      activity(
          branch,
          "sinh-hoat-q" + q,
          "MEETING",
          String.format("2024-%02d-25", q * 3),
          46,
          "Sinh hoạt định kỳ Ban Chấp hành và các tổ công đoàn quý " + q);
    }
  }

  static void activity(
      BranchSession b, String id, String kind, String heldOn, int participants, String title) {
    b.membership(
        "activity:" + id,
        "/activities",
        Body.of(
            "activityId",
            B + "-" + id,
            "kind",
            kind,
            "title",
            title,
            "heldOn",
            heldOn,
            "participants",
            participants));
  }
}
