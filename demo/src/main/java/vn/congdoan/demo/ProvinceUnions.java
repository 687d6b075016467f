package vn.congdoan.demo;

import java.util.List;

/** The eight upper unions of a generated Thanh Hóa and what their grassroots unions look like. */
final class ProvinceUnions {
  private ProvinceUnions() {}

  /**
   * An upper union, the sector and name patterns of its grassroots unions ({@code %s} takes one of
   * {@code places}), the share of women among their members, and their group names.
   */
  record Union(
      String name,
      String sector,
      List<String> patterns,
      List<String> places,
      double women,
      int minMembers,
      int maxMembers,
      List<String> groups) {}

  private static final List<String> GROUPS_NUMBERED =
      List.of(
          "Tổ công đoàn 1",
          "Tổ công đoàn 2",
          "Tổ công đoàn 3",
          "Tổ công đoàn 4",
          "Tổ công đoàn 5",
          "Tổ công đoàn 6");

  static final List<Union> UNIONS =
      List.of(
          new Union(
              "Công đoàn Viên chức tỉnh",
              "STATE_AGENCY",
              List.of(
                  "Công đoàn Văn phòng UBND huyện %s",
                  "Công đoàn Phòng Giáo dục huyện %s",
                  "Công đoàn Ban Quản lý dự án huyện %s",
                  "Công đoàn Văn phòng HĐND huyện %s"),
              ProvinceNames.PLACES,
              0.45,
              10,
              60,
              List.of(
                  "Tổ công đoàn Văn phòng",
                  "Tổ công đoàn Tổng hợp",
                  "Tổ công đoàn Kế hoạch - Tài chính",
                  "Tổ công đoàn Nội vụ",
                  "Tổ công đoàn Tư pháp",
                  "Tổ công đoàn Kinh tế")),
          new Union(
              "Công đoàn Giáo dục tỉnh",
              "PUBLIC_SERVICE_UNIT",
              List.of(
                  "Công đoàn Trường THPT %s",
                  "Công đoàn Trường THPT %s 2",
                  "Công đoàn Trường THCS thị trấn %s",
                  "Công đoàn Trường Mầm non %s"),
              ProvinceNames.PLACES,
              0.72,
              25,
              110,
              List.of(
                  "Tổ Toán - Tin",
                  "Tổ Ngữ văn",
                  "Tổ Ngoại ngữ",
                  "Tổ Khoa học tự nhiên",
                  "Tổ Khoa học xã hội",
                  "Tổ Văn phòng")),
          new Union(
              "Công đoàn Y tế tỉnh",
              "PUBLIC_SERVICE_UNIT",
              List.of("Công đoàn Bệnh viện Đa khoa huyện %s", "Công đoàn Trung tâm Y tế huyện %s"),
              ProvinceNames.PLACES,
              0.66,
              40,
              250,
              List.of(
                  "Tổ công đoàn Khoa Nội",
                  "Tổ công đoàn Khoa Ngoại",
                  "Tổ công đoàn Khoa Sản",
                  "Tổ công đoàn Khoa Nhi",
                  "Tổ công đoàn Khoa Khám bệnh",
                  "Tổ công đoàn Hành chính")),
          new Union(
              "Công đoàn các Khu công nghiệp tỉnh",
              "NON_STATE_ENTERPRISE",
              List.of(
                  "Công đoàn Công ty TNHH May %s",
                  "Công đoàn Công ty CP Giày %s", "Công đoàn Công ty TNHH Điện tử %s"),
              ProvinceNames.COMPANIES,
              0.70,
              60,
              450,
              List.of(
                  "Tổ công đoàn Phân xưởng 1",
                  "Tổ công đoàn Phân xưởng 2",
                  "Tổ công đoàn Phân xưởng 3",
                  "Tổ công đoàn Kho vận",
                  "Tổ công đoàn Kỹ thuật",
                  "Tổ công đoàn Văn phòng")),
          new Union(
              "Công đoàn Khu kinh tế Nghi Sơn",
              "NON_STATE_ENTERPRISE",
              List.of(
                  "Công đoàn Công ty CP Xi măng %s",
                  "Công đoàn Công ty TNHH Cảng %s", "Công đoàn Công ty CP Thép %s"),
              ProvinceNames.COMPANIES,
              0.25,
              50,
              300,
              GROUPS_NUMBERED),
          new Union(
              "Công đoàn Nông nghiệp và Phát triển nông thôn tỉnh",
              "STATE_ENTERPRISE",
              List.of(
                  "Công đoàn Công ty TNHH MTV Lâm nghiệp %s",
                  "Công đoàn Công ty TNHH MTV Thủy lợi %s"),
              ProvinceNames.PLACES,
              0.35,
              15,
              80,
              GROUPS_NUMBERED),
          new Union(
              "Liên đoàn Lao động thành phố Thanh Hóa",
              "STATE_AGENCY",
              List.of("Công đoàn cơ quan UBND phường %s", "Công đoàn Trường Tiểu học phường %s"),
              ProvinceNames.WARDS,
              0.55,
              10,
              45,
              GROUPS_NUMBERED),
          new Union(
              "Liên đoàn Lao động huyện Hoằng Hóa",
              "OTHER",
              List.of("Công đoàn xã Hoằng %s", "Công đoàn Hợp tác xã Hoằng %s"),
              ProvinceNames.COMMUNES,
              0.50,
              10,
              40,
              GROUPS_NUMBERED));
}
