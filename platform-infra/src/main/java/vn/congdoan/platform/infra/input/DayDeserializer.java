package vn.congdoan.platform.infra.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.congdoan.platform.api.Refusal;

/**
 * Every day of a request body: written {@code yyyy-MM-dd}, and between {@link InputLimits#firstDay}
 * and one year from today. A date far ahead would block forever whatever waits for it (a departure
 * two centuries ahead, a dissolution; a contribution dated next century, a campaign's closing); a
 * year of five digits would sort wrongly as text.
 */
class DayDeserializer extends StdScalarDeserializer<LocalDate> {
  private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private final InputLimits limits;
  private final Clock clock;

  DayDeserializer(InputLimits limits, Clock clock) {
    super(LocalDate.class);
    this.limits = limits;
    this.clock = clock;
  }

  @Override
  public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw new RefusedInput(p, Refusal.of("platform.input.day"));
    }
    String text = p.getText();
    LocalDate day;
    try {
      day = ISO_DAY.matcher(text).matches() ? LocalDate.parse(text) : null;
    } catch (DateTimeParseException e) {
      day = null;
    }
    if (day == null) {
      throw new RefusedInput(p, Refusal.of("platform.input.day"));
    }
    Optional<Refusal> refused = limits.why(day, limits.today(clock));
    if (refused.isPresent()) {
      throw new RefusedInput(p, refused.get());
    }
    return day;
  }
}
