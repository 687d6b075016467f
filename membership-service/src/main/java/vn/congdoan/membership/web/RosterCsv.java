package vn.congdoan.membership.web;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.membership.api.ImportLine;
import vn.congdoan.membership.api.ImportResult.Rejection;
import vn.congdoan.membership.api.MemberId;
import vn.congdoan.membership.api.PersonalData;
import vn.congdoan.membership.api.Position;

/**
 * Reads a branch's roster file (API.md): good lines become {@link ImportLine}s, bad ones are
 * refused one by one with their line number, as the person fixing the file sees it.
 */
public final class RosterCsv {
  public static final List<String> REQUIRED =
      List.of("memberId", "fullName", "gender", "dateOfBirth", "groupId", "joinedOn", "position");

  /** The file as a whole cannot be read; nothing in it is imported (HTTP 400). */
  public static final class BadRosterException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    BadRosterException(String message) {
      super(message);
    }
  }

  public record Parsed(List<ImportLine> lines, List<Rejection> rejected) {}

  // Empty lines come through as records so that the parser's line count stays in step with ours.
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreHeaderCase(true)
          .setIgnoreEmptyLines(false)
          .setAllowMissingColumnNames(true)
          .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
          .setTrim(true)
          .get();

  private RosterCsv() {}

  public static Parsed parse(byte[] csv) {
    return parse(csv, LocalDate.now());
  }

  public static Parsed parse(byte[] csv, LocalDate today) {
    try (CSVParser parser = CSVParser.parse(new StringReader(RosterBytes.decode(csv)), FORMAT)) {
      List<String> header = parser.getHeaderNames();
      checkHeader(header);
      List<ImportLine> lines = new ArrayList<>();
      List<Rejection> rejected = new ArrayList<>();
      Map<String, Integer> firstLine = new HashMap<>();
      long previousEnd = parser.getCurrentLineNumber();
      for (CSVRecord record : parser) {
        int line = (int) previousEnd + 1;
        previousEnd = parser.getCurrentLineNumber();
        if (record.stream().allMatch(String::isBlank)) {
          continue;
        }
        RosterLine r = new RosterLine(record, today);
        ImportLine read = null;
        if (record.size() != header.size()) {
          // Columns have shifted: reading any field by name would report nonsense.
          r.problem("expected " + header.size() + " fields, found " + record.size());
        } else {
          read = read(r, line, today, firstLine);
        }
        if (r.problems.isEmpty()) {
          lines.add(read);
        } else {
          rejected.add(new Rejection(line, String.join("; ", r.problems)));
        }
      }
      return new Parsed(lines, rejected);
    } catch (IOException | UncheckedIOException e) {
      Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
      throw new BadRosterException("The file is not valid CSV: " + cause.getMessage());
    }
  }

  private static ImportLine read(
      RosterLine r, int line, LocalDate today, Map<String, Integer> firstLine) {
    String memberId = r.id("memberId");
    if (memberId != null) {
      Integer first = firstLine.putIfAbsent(memberId, line);
      if (first != null) {
        r.problem("duplicate member id " + memberId + " (also on line " + first + ")");
      }
    }
    String fullName = r.text("fullName", 200, true);
    Gender gender = r.gender();
    LocalDate dateOfBirth = r.date("dateOfBirth");
    if (dateOfBirth != null && !dateOfBirth.isBefore(today)) {
      r.problem("dateOfBirth must be in the past");
    }
    String groupId = r.id("groupId");
    LocalDate joinedOn = r.date("joinedOn");
    Position position = r.position();
    String phone = r.text("phone", 30, false);
    String email = r.text("email", 254, false);
    boolean honorary = r.honorary();
    return new ImportLine(
        line,
        memberId == null ? null : new MemberId(memberId),
        groupId,
        new PersonalData(fullName, dateOfBirth, phone, email),
        gender,
        joinedOn,
        position,
        honorary);
  }

  private static void checkHeader(List<String> header) {
    Set<String> seen = new HashSet<>();
    for (String name : header) {
      if (!name.isBlank() && !seen.add(name.strip().toLowerCase(Locale.ROOT))) {
        throw new BadRosterException("The header names the column " + name + " twice");
      }
    }
    List<String> missing =
        REQUIRED.stream().filter(c -> !seen.contains(c.toLowerCase(Locale.ROOT))).toList();
    if (!missing.isEmpty()) {
      throw new BadRosterException(
          "The header lacks the column(s) "
              + String.join(", ", missing)
              + "; the first line must name "
              + String.join(",", REQUIRED));
    }
  }
}
