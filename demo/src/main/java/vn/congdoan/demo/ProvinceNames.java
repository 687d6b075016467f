package vn.congdoan.demo;

import java.util.List;

/** Vietnamese names for a generated Thanh Hóa: places, companies and people. */
final class ProvinceNames {
  static final List<String> PLACES =
      List.of(
          "Hoằng Hóa",
          "Quảng Xương",
          "Nông Cống",
          "Thọ Xuân",
          "Yên Định",
          "Thiệu Hóa",
          "Đông Sơn",
          "Triệu Sơn",
          "Hậu Lộc",
          "Nga Sơn",
          "Hà Trung",
          "Vĩnh Lộc",
          "Thạch Thành",
          "Cẩm Thủy",
          "Ngọc Lặc",
          "Lang Chánh",
          "Bá Thước",
          "Quan Hóa",
          "Quan Sơn",
          "Mường Lát",
          "Như Xuân",
          "Như Thanh",
          "Thường Xuân");

  /** Wards of Thanh Hóa city. */
  static final List<String> WARDS =
      List.of(
          "Ba Đình",
          "Lam Sơn",
          "Điện Biên",
          "Hàm Rồng",
          "Đông Thọ",
          "Đông Vệ",
          "Đông Sơn",
          "Trường Thi",
          "Phú Sơn",
          "Quảng Thắng",
          "Ngọc Trạo",
          "Tân Sơn");

  /** Communes of Hoằng Hóa district: all named Hoằng …, the pattern supplies that word. */
  static final List<String> COMMUNES =
      List.of(
          "Đồng", "Lộc", "Đạo", "Hà", "Quang", "Thịnh", "Phong", "Châu", "Trạch", "Thành", "Minh",
          "Xuân", "Kim", "Phú");

  static final List<String> COMPANIES =
      List.of(
          "Hoàng Long",
          "Thành Công",
          "Minh Phát",
          "Việt Hưng",
          "Sao Vàng",
          "Phú Gia",
          "An Phát",
          "Đại Dương",
          "Trường Sơn",
          "Hồng Hà",
          "Tân Thành",
          "Bình Minh",
          "Hưng Thịnh",
          "Nam Việt",
          "Kim Long",
          "Lam Sơn",
          "Đông Á",
          "Thiên Phúc");

  static final List<String> FAMILY =
      List.of(
          "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
          "Lò", "Mai", "Trịnh", "Lương", "Hà", "Đinh");

  static final List<String> MEN_MIDDLE =
      List.of("Văn", "Đức", "Minh", "Quốc", "Hữu", "Công", "Xuân");
  static final List<String> MEN_GIVEN =
      List.of(
          "Bình", "Dũng", "Thắng", "Tuấn", "Nghĩa", "Lộc", "Hùng", "Cường", "Hải", "Long", "Phong",
          "Sơn", "Trung", "Khoa", "Đạt", "Quân", "Việt", "Thành");
  static final List<String> WOMEN_MIDDLE = List.of("Thị", "Ngọc", "Thu", "Thanh", "Hồng", "Bích");
  static final List<String> WOMEN_GIVEN =
      List.of(
          "Hà", "Hoa", "Lan", "Nhung", "Hằng", "Thủy", "Mai", "Hương", "Trang", "Yến", "Ánh",
          "Ngân", "Phương", "Huyền", "Loan", "Thảo", "Ưng", "Oanh");

  private ProvinceNames() {}
}
