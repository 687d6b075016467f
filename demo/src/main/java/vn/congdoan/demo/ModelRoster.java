package vn.congdoan.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * The model branch of the reference report (46 members in 4 groups, 30 men and 16 women) as a
 * roster file; the names are invented, the figures are the report's. Member {@code i} (0-based) is
 * a man for {@code i < 30}.
 */
public final class ModelRoster {
  public static final List<String> GROUPS = List.of("to-1", "to-2", "to-3", "to-4");
  public static final List<String> GROUP_NAMES =
      List.of("Tổ công đoàn 1", "Tổ công đoàn 2", "Tổ công đoàn 3", "Tổ công đoàn 4");
  public static final int[] GROUP_SIZES = {13, 12, 11, 10};
  public static final int MEN = 30;
  public static final int WOMEN = 16;
  public static final int SIZE = MEN + WOMEN;
  public static final String HEADER =
      "memberId,fullName,gender,dateOfBirth,groupId,joinedOn,position";

  private static final String[] FAMILY = {
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"
  };
  private static final String[] MEN_NAMES = {
    "Văn Bình", "Quốc Dũng", "Đức Thắng", "Minh Tuấn", "Hữu Nghĩa", "Công Lộc"
  };
  private static final String[] WOMEN_NAMES = {
    "Thị Hồng Nhung", "Thị Thu Hà", "Thị Hoà", "Ngọc Ánh", "Thị Lệ Thuỷ", "Thị Ưng"
  };

  private ModelRoster() {}

  /**
   * The member's name on roster line {@code i} (0-based), Vietnamese diacritics and all. Every
   * twelfth of a gender shifts the given name, so no two members share a name.
   */
  public static String name(int i) {
    boolean man = i < MEN;
    int k = man ? i : i - MEN;
    String[] given = man ? MEN_NAMES : WOMEN_NAMES;
    return FAMILY[i % FAMILY.length] + " " + given[(i + k / FAMILY.length) % given.length];
  }

  public static String id(String prefix, int i) {
    return prefix + "-m" + (i + 1);
  }

  public static boolean isMan(int i) {
    return i < MEN;
  }

  public static String group(int i) {
    int seen = 0;
    for (int g = 0; g < GROUP_SIZES.length; g++) {
      seen += GROUP_SIZES[g];
      if (i < seen) {
        return GROUPS.get(g);
      }
    }
    throw new IllegalArgumentException("no member " + i);
  }

  /** Born 1965–1994, in the months January to September. */
  public static String dateOfBirth(int i) {
    return (1965 + i % 30) + "-0" + birthMonth(i) + "-1" + (i % 10);
  }

  public static int birthMonth(int i) {
    return 1 + i % 9;
  }

  public static String joinedOn(int i) {
    return "20" + (10 + i % 14) + "-03-01";
  }

  /** The roster CSV; {@code prefix} keeps ids apart between branches sharing the platform. */
  public static List<String> rosterLines(String prefix) {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    for (int i = 0; i < SIZE; i++) {
      String position = i == 0 ? "CHAIR" : i == 1 ? "VICE_CHAIR" : "";
      lines.add(
          String.join(
              ",",
              id(prefix, i),
              name(i),
              isMan(i) ? "MALE" : "FEMALE",
              dateOfBirth(i),
              group(i),
              joinedOn(i),
              position));
    }
    return lines;
  }

  /** The roster as one CSV text. */
  public static String rosterCsv(String prefix) {
    return String.join("\n", rosterLines(prefix)) + "\n";
  }
}
