package vn.congdoan.membership.web;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.membership.api.Position;
import vn.congdoan.platform.api.Ids;

/**
 * One roster record read field by field. Every problem is noted and reading goes on, so that a bad
 * line is reported once with all that is wrong with it.
 */
final class RosterLine {
  private static final Pattern ID = Pattern.compile(Ids.PATTERN);
  // Spreadsheets in Vietnam write day/month/year, often without leading zeros.
  private static final DateTimeFormatter VIETNAMESE_DATE =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final Map<String, Gender> GENDERS =
      Map.of("male", Gender.MALE, "nam", Gender.MALE, "female", Gender.FEMALE, "nữ", Gender.FEMALE);
  private static final Map<String, Boolean> YES_NO =
      Map.of("true", true, "có", true, "false", false, "không", false);
  private static final String POSITIONS =
      Stream.concat(
              Stream.of(Position.values()).map(Position::name),
              PositionLabels.LABELS.values().stream())
          .collect(Collectors.joining(", "));

  final List<String> problems = new ArrayList<>();
  private final CSVRecord record;

  RosterLine(CSVRecord record) {
    this.record = record;
  }

  void problem(String problem) {
    problems.add(problem);
  }

  /** NFC and trimmed, so that names compare and print the same whatever wrote the file. */
  String text(String column) {
    if (!record.isMapped(column)) {
      return null;
    }
    String value = Normalizer.normalize(record.get(column), Normalizer.Form.NFC).strip();
    return value.isEmpty() ? null : value;
  }

  String text(String column, int maxLength, boolean required) {
    String value = text(column);
    if (value == null && required) {
      problem(column + " missing");
    } else if (value != null && value.length() > maxLength) {
      problem(column + " longer than " + maxLength + " characters");
    }
    return value;
  }

  String id(String column) {
    String value = text(column, Integer.MAX_VALUE, true);
    if (value != null && !ID.matcher(value).matches()) {
      problem("bad " + column + " " + quote(value) + ": " + Ids.MESSAGE);
      return null;
    }
    return value;
  }

  LocalDate date(String column) {
    String value = text(column, Integer.MAX_VALUE, true);
    if (value == null) {
      return null;
    }
    try {
      return value.contains("/")
          ? LocalDate.parse(value, VIETNAMESE_DATE)
          : LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      problem("bad date " + quote(value) + " in " + column);
      return null;
    }
  }

  Gender gender() {
    String value = text("gender", Integer.MAX_VALUE, true);
    if (value == null) {
      return null;
    }
    Gender gender = GENDERS.get(value.toLowerCase(Locale.ROOT));
    if (gender == null) {
      problem("unknown gender " + quote(value) + " (MALE, FEMALE)");
    }
    return gender;
  }

  Position position() {
    String value = text("position");
    if (value == null) {
      return null;
    }
    return PositionLabels.parse(value)
        .orElseGet(
            () -> {
              problem("unknown position " + quote(value) + " (" + POSITIONS + ")");
              return null;
            });
  }

  boolean honorary() {
    String value = text("honorary");
    if (value == null) {
      return false;
    }
    Boolean honorary = YES_NO.get(value.toLowerCase(Locale.ROOT));
    if (honorary == null) {
      problem("bad honorary " + quote(value) + " (true, false, có, không)");
      return false;
    }
    return honorary;
  }

  // Echoes what the file said, cut short so that a stray blob does not flood the answer.
  static String quote(String value) {
    return "'" + (value.length() > 60 ? value.substring(0, 60) + "…" : value) + "'";
  }
}
