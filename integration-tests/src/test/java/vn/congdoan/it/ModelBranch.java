package vn.congdoan.it;

import java.util.ArrayList;
import java.util.List;

/**
 * The model branch of shared/reference (46 members in 4 groups, 30 men and 16 women) as a roster
 * file; the names are invented, the figures are the report's.
 */
final class ModelBranch {
  static final List<String> GROUPS = List.of("to-1", "to-2", "to-3", "to-4");
  static final int[] GROUP_SIZES = {13, 12, 11, 10};
  static final int MEN = 30;
  static final int WOMEN = 16;

  private static final String[] FAMILY = {
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"
  };
  private static final String[] MEN_NAMES = {
    "Văn Bình", "Quốc Dũng", "Đức Thắng", "Minh Tuấn", "Hữu Nghĩa", "Công Lộc"
  };
  private static final String[] WOMEN_NAMES = {
    "Thị Hồng Nhung", "Thị Thu Hà", "Thị Hoà", "Ngọc Ánh", "Thị Lệ Thuỷ", "Thị Ưng"
  };

  private ModelBranch() {}

  /** The member's name on roster line {@code i} (0-based), Vietnamese diacritics and all. */
  static String name(int i) {
    boolean man = i < MEN;
    String given = man ? MEN_NAMES[i % MEN_NAMES.length] : WOMEN_NAMES[i % WOMEN_NAMES.length];
    return FAMILY[i % FAMILY.length] + " " + given;
  }

  static String id(String prefix, int i) {
    return prefix + "-m" + (i + 1);
  }

  static String group(int i) {
    int seen = 0;
    for (int g = 0; g < GROUP_SIZES.length; g++) {
      seen += GROUP_SIZES[g];
      if (i < seen) {
        return GROUPS.get(g);
      }
    }
    throw new IllegalArgumentException("no member " + i);
  }

  /** The roster CSV; {@code prefix} keeps ids apart between tests sharing the platform. */
  static List<String> rosterLines(String prefix) {
    List<String> lines = new ArrayList<>();
    lines.add("memberId,fullName,gender,dateOfBirth,groupId,joinedOn,position");
    for (int i = 0; i < MEN + WOMEN; i++) {
      String position = i == 0 ? "CHAIR" : i == 1 ? "VICE_CHAIR" : "";
      lines.add(
          String.join(
              ",",
              id(prefix, i),
              name(i),
              i < MEN ? "MALE" : "FEMALE",
              (1965 + i % 30) + "-0" + (1 + i % 9) + "-1" + (i % 10),
              group(i),
              "20" + (10 + i % 14) + "-03-01",
              position));
    }
    return lines;
  }
}
