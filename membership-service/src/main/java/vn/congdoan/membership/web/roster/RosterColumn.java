package vn.congdoan.membership.web.roster;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The columns of a roster file: each found by the name the API documents ({@code fullName}) or by
 * the heading an officer's spreadsheet carries ("Họ và tên"), in any case or tone placement. The
 * export writes the Vietnamese heading, so an exported roster imports again unchanged.
 */
public enum RosterColumn {
  MEMBER_ID("memberId", false, "Mã đoàn viên", "Mã số", "Mã"),
  FULL_NAME("fullName", true, "Họ và tên", "Họ tên"),
  GENDER("gender", true, "Giới tính"),
  DATE_OF_BIRTH("dateOfBirth", true, "Ngày sinh"),
  GROUP("groupId", true, "Tổ công đoàn", "Tổ"),
  JOINED_ON("joinedOn", true, "Ngày vào Công đoàn", "Ngày vào CĐ"),
  POSITION("position", true, "Chức vụ"),
  PHONE("phone", false, "Số điện thoại", "Điện thoại"),
  EMAIL("email", false, "Email", "Thư điện tử"),
  HONORARY("honorary", false, "Đoàn viên danh dự", "Danh dự");

  private static final Map<String, RosterColumn> BY_HEADING = new HashMap<>();

  static {
    for (RosterColumn column : values()) {
      Stream.concat(Stream.of(column.key, column.label), column.aliases.stream())
          .forEach(heading -> BY_HEADING.put(fold(heading), column));
    }
  }

  /** The name the API and the English messages use. */
  public final String key;

  /** Whether the header must have this column (a value may still be optional). */
  public final boolean required;

  /** The Vietnamese heading: what the export writes and the Vietnamese messages name. */
  public final String label;

  private final List<String> aliases;

  RosterColumn(String key, boolean required, String label, String... aliases) {
    this.key = key;
    this.required = required;
    this.label = label;
    this.aliases = List.of(aliases);
  }

  /** The column a heading names, if it names one (others, such as "STT", are ignored). */
  static Optional<RosterColumn> of(String heading) {
    return Optional.ofNullable(BY_HEADING.get(fold(heading)));
  }

  // "Ủy"/"Uỷ" and any capitals are in everyday use; so are doubled spaces.
  static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC)
        .strip()
        .replaceAll("\\s+", " ")
        .toLowerCase(Locale.ROOT)
        .replace("uỷ", "ủy");
  }
}
