package vn.congdoan.welfare.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import vn.congdoan.finance.api.BooksClosedEvent;
import vn.congdoan.finance.api.YearSettledEvent;
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.platform.api.EventJson;
import vn.congdoan.platform.api.WireName;

/**
 * Reads {@code finance.events} record values: of all of finance's events, welfare keeps only the
 * settlement of a year and the closing of the books.
 */
final class LedgerEvents {
  private static final String SETTLED =
      YearSettledEvent.class.getAnnotation(WireName.class).value();
  private static final String CLOSED = BooksClosedEvent.class.getAnnotation(WireName.class).value();

  private final ObjectMapper json = EventJson.mapper();

  /** The settlement or closing the envelope holds; empty for anything else. */
  Optional<Object> read(EventEnvelope envelope) throws JsonProcessingException {
    String type = envelope.type();
    if (SETTLED.equals(type)) {
      return Optional.of(json.treeToValue(envelope.payload(), YearSettledEvent.class));
    }
    if (CLOSED.equals(type)) {
      return Optional.of(json.treeToValue(envelope.payload(), BooksClosedEvent.class));
    }
    return Optional.empty();
  }
}
