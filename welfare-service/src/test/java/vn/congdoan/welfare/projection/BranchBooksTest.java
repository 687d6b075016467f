package vn.congdoan.welfare.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.Acknowledgment;
import vn.congdoan.finance.api.BooksClosedEvent;
import vn.congdoan.finance.api.IncomeRecordedEvent;
import vn.congdoan.finance.api.YearSettledEvent;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.platform.api.EventJson;
import vn.congdoan.platform.api.Topics;
import vn.congdoan.platform.api.WireName;

/** What welfare learns of a branch's books from finance's events, read by the consumer. */
class BranchBooksTest {
  private static final String B = "so-y-te";
  private static final LocalDate DAY_2024 = LocalDate.of(2024, 12, 30);

  private final Acknowledgment ack = mock(Acknowledgment.class);
  private InMemoryMongo mongo;
  private MongoBranchBooks books;
  private LedgerEventConsumer consumer;
  private long offset;

  @BeforeEach
  void start() {
    mongo = new InMemoryMongo();
    books = new MongoBranchBooks(mongo.database("welfare"));
    consumer = new LedgerEventConsumer(new LedgerEvents(), books);
  }

  @AfterEach
  void stop() {
    mongo.close();
  }

  @Test
  void aBranchFinanceNeverSettledIsOpenEveryYear() {
    consume(record(new IncomeRecordedEvent(new BranchId(B), "i", "Tài trợ", 1_000, DAY_2024)));

    assertThat(books.closedFor(B, DAY_2024)).isEmpty();
    assertThat(books.closed(B)).isEmpty();
  }

  @Test
  void aSettledYearAndTheYearsBeforeItAreClosedTheNextIsOpen() {
    consume(record(settled(2024)));

    assertThat(books.closedFor(B, DAY_2024)).get().asString().contains("for 2024 are settled");
    assertThat(books.closedFor(B, LocalDate.of(2023, 5, 1)))
        .get()
        .asString()
        .contains("2023 are closed (2024 after it is settled)");
    assertThat(books.closedFor(B, LocalDate.of(2025, 1, 2))).isEmpty();
    assertThat(books.closedFor("other", DAY_2024)).isEmpty();
  }

  @Test
  void closedBooksCloseEveryYearAndEverything() {
    consume(record(new BooksClosedEvent(new BranchId(B), LocalDate.of(2025, 5, 31), 0, 0)));

    assertThat(books.closed(B)).get().asString().contains("closed on 2025-05-31");
    assertThat(books.closedFor(B, LocalDate.of(2025, 5, 1))).isEqualTo(books.closed(B));
  }

  @Test
  void eventsDeliveredAgainAndOutOfOrderLeaveTheSameBooks() {
    var first = record(settled(2024));
    var second = record(settled(2025));
    consume(second, first, second);
    consume(first);

    assertThat(books.closedFor(B, LocalDate.of(2025, 7, 1))).isPresent();
    assertThat(books.closedFor(B, LocalDate.of(2026, 1, 1))).isEmpty();
    verify(ack, times(2)).acknowledge();
  }

  @Test
  void aRecordThatCannotBeReadIsSkippedAndTheRestKept() {
    var broken =
        new ConsumerRecord<>(
            Topics.FINANCE, 0, offset++, B, envelopeOf("finance.YearSettled", "{\"year\":\"x\"}"));
    consume(broken, record(settled(2024)));

    assertThat(books.closedFor(B, DAY_2024)).isPresent();
    verify(ack).acknowledge();
  }

  private static YearSettledEvent settled(int year) {
    return new YearSettledEvent(
        new BranchId(B), year, 0, 0, 0, 0, 0, LocalDate.of(year + 1, 1, 15));
  }

  @SafeVarargs
  private void consume(ConsumerRecord<String, String>... records) {
    consumer.onBatch(List.of(records), ack);
  }

  private ConsumerRecord<String, String> record(Object event) {
    String type = event.getClass().getAnnotation(WireName.class).value();
    return new ConsumerRecord<>(
        Topics.FINANCE,
        0,
        offset++,
        B,
        envelopeOf(type, EventJson.mapper().valueToTree(event).toString()));
  }

  private static String envelopeOf(String type, String payload) {
    try {
      var envelope =
          new EventEnvelope(
              "e-" + type + payload.hashCode(),
              type,
              "1",
              "Ledger",
              B,
              0,
              Instant.parse("2025-01-15T03:00:00Z"),
              Map.of(),
              EventJson.mapper().readTree(payload));
      return EventJson.mapper().writeValueAsString(envelope);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
