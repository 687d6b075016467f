package vn.congdoan.membership.web.roster;

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
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");
  private static final Map<String, Gender> GENDERS =
      Map.of("male", Gender.MALE, "nam", Gender.MALE, "female", Gender.FEMALE, "nữ", Gender.FEMALE);
  private static final Map<String, Boolean> YES_NO =
      Map.of("true", true, "có", true, "false", false, "không", false);
  private static final String LABELS = String.join(", ", PositionLabels.LABELS.values());
  private static final String POSITIONS =
      Stream.concat(
              Stream.of(Position.values()).map(Position::name),
              PositionLabels.LABELS.values().stream())
          .collect(Collectors.joining(", "));

  final List<String> problems = new ArrayList<>();
  private final Map<RosterColumn, String> cells;
  private final LocalDate today;
  private final RosterMessages say;

  /** {@code today} where the unions are: no date may lie more than a year after it. */
  RosterLine(Map<RosterColumn, String> cells, LocalDate today, RosterMessages say) {
    this.cells = cells;
    this.today = today;
    this.say = say;
  }

  void problem(String key, Object... args) {
    problems.add(say.say(key, args));
  }

  /** NFC and trimmed, so that names compare and print the same whatever wrote the file. */
  String text(RosterColumn column) {
    String raw = cells.get(column);
    if (raw == null) {
      return null;
    }
    Optional<String> refused = Text.refusal(raw, false);
    if (refused.isPresent()) {
      problem("refused", say.name(column), refused.get());
      return null;
    }
    String value = Text.accept(raw, false).strip();
    // The export guards "+84…" and "=…" from spreadsheets with an apostrophe: read it back without.
    if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0) {
      value = value.substring(1);
    }
    return value.isEmpty() ? null : value;
  }

  String text(RosterColumn column, int maxLength, boolean required) {
    int known = problems.size();
    String value = text(column);
    if (value == null && required && problems.size() == known) {
      problem("missing", say.name(column));
    } else if (value != null && value.length() > maxLength) {
      problem("too-long", say.name(column), String.valueOf(maxLength));
    }
    return value;
  }

  /** An id the line may leave out (null then); one it gives must be well formed. */
  String id(RosterColumn column) {
    String value = text(column, Integer.MAX_VALUE, false);
    if (value != null && !ID.matcher(value).matches()) {
      problem("bad-id", say.name(column), quote(value), Ids.MESSAGE);
      return null;
    }
    return value;
  }

  LocalDate date(RosterColumn column) {
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
      problem("bad-date", say.name(column), quote(value));
      return null;
    }
    InputLimits limits = InputLimits.DEFAULTS;
    Optional<String> refused = limits.refusal(day, today);
    if (refused.isPresent()) {
      problem(
          "date-range",
          say.name(column),
          quote(value),
          refused.get(),
          SHOWN.format(limits.firstDay()),
          SHOWN.format(today.plus(limits.ahead())));
      return null;
    }
    return day;
  }

  Gender gender() {
    String value = text(RosterColumn.GENDER, Integer.MAX_VALUE, true);
    if (value == null) {
      return null;
    }
    Gender gender = GENDERS.get(value.toLowerCase(Locale.ROOT));
    if (gender == null) {
      problem("gender", quote(value));
    }
    return gender;
  }

  Position position() {
    String value = text(RosterColumn.POSITION);
    if (value == null) {
      return null;
    }
    return PositionLabels.parse(value)
        .orElseGet(
            () -> {
              problem("position", quote(value), say.english() ? POSITIONS : LABELS);
              return null;
            });
  }

  boolean honorary() {
    String value = text(RosterColumn.HONORARY);
    if (value == null) {
      return false;
    }
    Boolean honorary = YES_NO.get(value.toLowerCase(Locale.ROOT));
    if (honorary == null) {
      problem("honorary", quote(value));
      return false;
    }
    return honorary;
  }

  // Echoes what the file said, cut short so that a stray blob does not flood the answer.
  static String quote(String value) {
    return value.length() > 60 ? value.substring(0, 60) + "…" : value;
  }
}
