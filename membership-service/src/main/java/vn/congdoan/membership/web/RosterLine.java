package vn.congdoan.membership.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.membership.api.Position;
import vn.congdoan.platform.api.Ids;
import vn.congdoan.platform.infra.input.InputLimits;
import vn.congdoan.platform.infra.input.Text;

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
  private final LocalDate today;

  /** {@code today} where the unions are: no date may lie more than a year after it. */
  RosterLine(CSVRecord record, LocalDate today) {
    this.record = record;
    this.today = today;
  }

  void problem(String problem) {
    problems.add(problem);
  }

  /** NFC and trimmed, so that names compare and print the same whatever wrote the file. */
  String text(String column) {
    if (!record.isMapped(column)) {
      return null;
    }
    String raw = record.get(column);
    Optional<String> refused = Text.refusal(raw, false);
    if (refused.isPresent()) {
      problem(column + " " + refused.get());
      return null;
    }
    String value = Text.accept(raw, false).strip();
    return value.isEmpty() ? null : value;
  }

  String text(String column, int maxLength, boolean required) {
    int known = problems.size();
    String value = text(column);
    if (value == null && required && problems.size() == known) {
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
    LocalDate day;
    try {
      day =
          value.contains("/")
              ? LocalDate.parse(value, VIETNAMESE_DATE)
              : LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      problem("bad date " + quote(value) + " in " + column);
      return null;
    }
    Optional<String> refused = InputLimits.DEFAULTS.refusal(day, today);
    if (refused.isPresent()) {
      problem(column + " " + quote(value) + " " + refused.get());
      return null;
    }
    return day;
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
