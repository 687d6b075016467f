package vn.congdoan.membership.web.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.membership.api.ImportLine;
import vn.congdoan.membership.api.ImportResult.Rejection;
import vn.congdoan.membership.api.PersonalData;
import vn.congdoan.membership.api.Position;
import vn.congdoan.platform.api.MemberId;

/**
 * Reads a branch's roster file, CSV or Excel, with the API's column names or the Vietnamese
 * headings: good lines become {@link ImportLine}s, bad ones are refused one by one with their line
 * number, as the person fixing the file sees it, in their language.
 */
public final class RosterFile {
  /** The file as a whole cannot be read; nothing in it is imported (HTTP 400). */
  public static final class BadRosterException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    BadRosterException(String message) {
      super(message);
    }
  }

  public record Parsed(List<ImportLine> lines, List<Rejection> rejected) {}

  private final LocalDate today;
  private final RosterMessages say;
  private final IntFunction<String> newId;

  /**
   * @param newId the id of a member whose line gives none, from its line number (so that a retried
   *     import under the same key names the same members)
   */
  public RosterFile(LocalDate today, Locale language, IntFunction<String> newId) {
    this.today = today;
    this.say = RosterMessages.in(language);
    this.newId = newId;
  }

  public Parsed parse(byte[] file) {
    RosterRows rows = RosterRows.read(file, say);
    Map<RosterColumn, Integer> columns = columns(rows.header());
    List<ImportLine> lines = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (RosterRows.Line row : rows.lines()) {
      if (row.values().stream().allMatch(String::isBlank)) {
        continue;
      }
      Map<RosterColumn, String> cells = new EnumMap<>(RosterColumn.class);
      columns.forEach(
          (column, index) -> {
            if (index < row.values().size()) {
              cells.put(column, row.values().get(index));
            }
          });
      RosterLine r = new RosterLine(cells, today, say);
      ImportLine read = null;
      if (row.fields() != rows.header().size()) {
        // Columns have shifted: reading any field by name would report nonsense.
        r.problem("fields", String.valueOf(rows.header().size()), String.valueOf(row.fields()));
      } else {
        read = read(r, row.number(), firstLine);
      }
      if (r.problems.isEmpty()) {
        lines.add(read);
      } else {
        rejected.add(new Rejection(row.number(), String.join("; ", r.problems)));
      }
    }
    return new Parsed(lines, rejected);
  }

  private ImportLine read(RosterLine r, int line, Map<String, Integer> firstLine) {
    String memberId = r.id(RosterColumn.MEMBER_ID);
    if (memberId != null) {
      Integer first = firstLine.putIfAbsent(memberId, line);
      if (first != null) {
        r.problem("duplicate", memberId, String.valueOf(first));
      }
    }
    String fullName = r.text(RosterColumn.FULL_NAME, 200, true);
    Gender gender = r.gender();
    LocalDate dateOfBirth = r.date(RosterColumn.DATE_OF_BIRTH);
    if (dateOfBirth != null && !dateOfBirth.isBefore(today)) {
      r.problem("born-in-future", say.name(RosterColumn.DATE_OF_BIRTH));
    }
    // A group's id or its name: the branch finds which (an officer writes "Tổ Văn phòng").
    String group = r.text(RosterColumn.GROUP, 200, true);
    LocalDate joinedOn = r.date(RosterColumn.JOINED_ON);
    Position position = r.position();
    String phone = r.text(RosterColumn.PHONE, 30, false);
    String email = r.text(RosterColumn.EMAIL, 254, false);
    boolean honorary = r.honorary();
    return new ImportLine(
        line,
        new MemberId(memberId == null ? newId.apply(line) : memberId),
        group,
        new PersonalData(fullName, dateOfBirth, phone, email),
        gender,
        joinedOn,
        position,
        honorary);
  }

  /** Where each known column is; refuses a header that names one twice or lacks a needed one. */
  private Map<RosterColumn, Integer> columns(List<String> header) {
    Map<RosterColumn, Integer> found = new EnumMap<>(RosterColumn.class);
    for (int i = 0; i < header.size(); i++) {
      String heading = header.get(i);
      var column = RosterColumn.of(heading);
      if (column.isPresent() && found.putIfAbsent(column.get(), i) != null) {
        throw new BadRosterException(say.say("header-twice", heading.strip()));
      }
    }
    List<String> missing = new ArrayList<>();
    List<String> needed = new ArrayList<>();
    for (RosterColumn column : RosterColumn.values()) {
      if (column.required) {
        needed.add(say.name(column));
        if (!found.containsKey(column)) {
          missing.add(say.name(column));
        }
      }
    }
    if (!missing.isEmpty()) {
      throw new BadRosterException(
          say.say("header-lacks", String.join(", ", missing), String.join(",", needed)));
    }
    return found;
  }
}
