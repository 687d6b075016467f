package vn.congdoan.reporting.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How Vietnamese official documents write numbers, money and dates, and the words for the codes the
 * events carry. Codes without a word here print as recorded, so a new code is never lost.
 */
final class Wording {
  static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** Occasion phrase and who received, as the model report words them. */
  record Occasion(String phrase, String recipient) {}

  static final Map<String, Occasion> WELFARE =
      Map.ofEntries(
          Map.entry("SICKNESS_VISIT", new Occasion("thăm hỏi khi ốm đau", "đoàn viên")),
          Map.entry(
              "BEREAVEMENT", new Occasion("thăm viếng khi gia đình có việc hiếu", "đoàn viên")),
          Map.entry("WEDDING", new Occasion("chúc mừng khi gia đình có việc hỉ", "đoàn viên")),
          Map.entry("HARDSHIP", new Occasion("hỗ trợ hoàn cảnh khó khăn", "đoàn viên")),
          Map.entry("BIRTHDAY", new Occasion("tặng quà chúc mừng sinh nhật", "đoàn viên")),
          Map.entry(
              "WOMENS_DAY_MAR8",
              new Occasion("tặng quà chúc mừng ngày Quốc tế Phụ nữ 8/3", "đoàn viên")),
          Map.entry(
              "WOMENS_DAY_OCT20",
              new Occasion("tặng quà chúc mừng ngày Phụ nữ Việt Nam 20/10", "đoàn viên")),
          Map.entry(
              "CHILDRENS_DAY",
              new Occasion("tặng quà ngày Quốc tế thiếu nhi 1/6", "con của đoàn viên")),
          Map.entry("MID_AUTUMN", new Occasion("tặng quà Tết Trung thu", "con của đoàn viên")),
          Map.entry(
              "OLDER_PERSONS_DAY",
              new Occasion("tặng quà nhân ngày Quốc tế người cao tuổi", "bố, mẹ của đoàn viên")),
          Map.entry(
              "TEACHERS_DAY",
              new Occasion("tặng quà chúc mừng ngày Nhà giáo Việt Nam 20/11", "đoàn viên")),
          Map.entry(
              "FOUNDING_DAY",
              new Occasion("tặng quà chúc mừng ngày thành lập cơ quan", "đoàn viên")),
          Map.entry("TET", new Occasion("tặng quà Tết", "đoàn viên")),
          Map.entry("VACATION", new Occasion("tổ chức tham quan, nghỉ dưỡng", "đoàn viên")),
          Map.entry("OTHER", new Occasion("các hoạt động chăm lo khác", "người")));

  static final Map<String, String> ACTIVITY =
      Map.of(
          "PROPAGANDA", "tuyên truyền",
          "MEETING", "sinh hoạt",
          "CONFERENCE", "hội nghị",
          "SPORTS", "thể thao",
          "CULTURE", "văn hóa, văn nghệ",
          "STUDY_TOUR", "tham quan học tập",
          "VOLUNTEER", "tình nguyện",
          "OTHER", "hoạt động khác");

  static final Map<String, String> ACHIEVEMENT =
      Map.of(
          "DOCTORATE", "bảo vệ luận án tiến sĩ",
          "MASTER", "bảo vệ luận văn thạc sĩ",
          "SENIOR_SPECIALIST_COURSE", "tham gia khóa bồi dưỡng ngạch chuyên viên cao cấp",
          "POLITICAL_THEORY_INTERMEDIATE", "tham gia học lớp Trung cấp lý luận chính trị",
          "POLITICAL_THEORY_ADVANCED", "tham gia học lớp Cao cấp lý luận chính trị",
          "OTHER", "đạt thành tích học tập khác");

  /** The rating categories membership-service is configured with by default (DOMAIN.md). */
  static final Map<String, String> RATING =
      Map.of(
          "EXCELLENT", "Hoàn thành xuất sắc nhiệm vụ",
          "GOOD", "Hoàn thành tốt nhiệm vụ",
          "COMPLETED", "Hoàn thành nhiệm vụ",
          "NOT_COMPLETED", "Không hoàn thành nhiệm vụ",
          "STRONG_EXCELLENT", "Vững mạnh xuất sắc",
          "STRONG", "Vững mạnh");

  /** Spending lines of 4290/QĐ-TLĐ. */
  static final Map<String, String> EXPENSE =
      Map.of(
          "MEMBER_CARE", "Chi chăm lo, bảo vệ đoàn viên và người lao động",
          "OFFICER_ALLOWANCES", "Chi phụ cấp cán bộ công đoàn",
          "PROPAGANDA_TRAINING", "Chi tuyên truyền, đào tạo",
          "EMULATION_AWARDS", "Chi thi đua, khen thưởng",
          "CULTURE_SPORTS", "Chi văn hóa, thể thao",
          "ADMINISTRATION", "Chi quản lý hành chính",
          "OTHER", "Chi khác");

  private Wording() {}

  /** {@code map} with the codes of {@code order} first, in that order: the prose order. */
  static <V> Map<String, V> ordered(Map<String, V> map, Enum<?>[] order) {
    Map<String, V> ordered = new LinkedHashMap<>();
    for (Enum<?> code : order) {
      if (map.containsKey(code.name())) {
        ordered.put(code.name(), map.get(code.name()));
      }
    }
    map.forEach(ordered::putIfAbsent);
    return ordered;
  }

  static String word(Map<String, String> words, String code) {
    return words.getOrDefault(code, code);
  }

  /** 136225000 → "136.225.000". */
  static String number(long value) {
    String digits = Long.toString(Math.abs(value));
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        out.append('.');
      }
      out.append(digits.charAt(i));
    }
    return (value < 0 ? "-" : "") + out;
  }

  static String money(long vnd) {
    return number(vnd) + " đồng";
  }

  /** Counts in the body of the report: "01", "04", "16", as the model writes them. */
  static String count(long n) {
    return n >= 0 && n < 10 ? "0" + n : number(n);
  }

  static String date(LocalDate day) {
    return day.format(DATE);
  }

  /**
   * "Thanh Hóa, ngày 05 tháng 01 năm 2025": a day below 10 and the months 1 and 2 take a leading
   * zero (Nghị định 30/2020/NĐ-CP), so no digit can be added by hand later.
   */
  static String placeAndDate(String place, LocalDate day) {
    int month = day.getMonthValue();
    return String.format(
        "%s, ngày %02d tháng %s năm %d",
        place, day.getDayOfMonth(), month <= 2 ? "0" + month : month, day.getYear());
  }

  static String upper(String text) {
    return text.toUpperCase(VIETNAMESE);
  }

  static String quoted(String text) {
    return "“" + text + "”";
  }

  static String joined(List<String> parts, String separator) {
    return parts.stream().collect(Collectors.joining(separator));
  }
}
