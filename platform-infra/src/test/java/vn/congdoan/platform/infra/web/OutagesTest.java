package vn.congdoan.platform.infra.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoSocketReadTimeoutException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.KafkaException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Which failures are a store or broker that did not answer (503), and which are not. */
class OutagesTest {
  private static final ServerAddress MONGO = new ServerAddress("db", 27017);

  private static MongoBulkWriteException duplicateKey() {
    return new MongoBulkWriteException(
        BulkWriteResult.unacknowledged(),
        List.of(new BulkWriteError(11000, "E11000 duplicate key", new BsonDocument(), 0)),
        null,
        MONGO,
        Set.of());
  }

  private static MongoTimeoutException selectionTimeout() {
    return new MongoTimeoutException("Timed out while waiting for a server");
  }

  @Test
  void aTimedOutAppendAxonCallsAReusedIdentifierIsTheDatabaseNotAnswering() {
    var timeout = new MongoSocketReadTimeoutException("Timeout", MONGO, new IOException());
    assertThat(Outages.of(new EventStoreException("Cannot reuse aggregate identifier", timeout)))
        .contains(Outages.DATABASE);
    assertThat(Outages.of(new AggregateStreamCreationException("reuse", selectionTimeout())))
        .contains(Outages.DATABASE);
    assertThat(
            Outages.of(
                new CommandExecutionException(
                    "wrapped", new EventStoreException("store", selectionTimeout()))))
        .contains(Outages.DATABASE);
  }

  @Test
  void aRealDuplicateKeyIsNoOutageEvenAfterATimeout() {
    assertThat(Outages.of(new AggregateStreamCreationException("reuse", duplicateKey()))).isEmpty();
    var afterTimeout = duplicateKey();
    afterTimeout.initCause(selectionTimeout());
    assertThat(Outages.of(new ConcurrencyException("changed", afterTimeout))).isEmpty();
  }

  @Test
  void aBrokerTimeoutIsTheBrokerNotAnsweringButARefusedRecordIsNot() {
    assertThat(Outages.of(new KafkaException("send failed", new TimeoutException("60000 ms"))))
        .contains(Outages.BROKER);
    assertThat(Outages.of(new KafkaException("send failed", new RecordTooLargeException("big"))))
        .isEmpty();
    assertThat(Outages.of(new IllegalStateException("ours"))).isEmpty();
  }

  @Test
  void whateverWrapsThemTheClientGets503WithRetryAfter() throws Exception {
    List<Supplier<RuntimeException>> failures =
        List.of(
            OutagesTest::selectionTimeout,
            () -> new EventStoreException("Cannot reuse aggregate identifier", selectionTimeout()),
            () -> new ConcurrencyException("changed", selectionTimeout()),
            () -> new CommandExecutionException("wrapped", selectionTimeout()),
            () -> new KafkaException("send failed", new TimeoutException("60000 ms")));
    for (var failure : failures) {
      mvc(failure)
          .perform(get("/api/fail"))
          .andExpect(status().isServiceUnavailable())
          .andExpect(header().string("Retry-After", "3"));
    }
    mvc(() -> new AggregateStreamCreationException("reuse", duplicateKey()))
        .perform(get("/api/fail"))
        .andExpect(status().isConflict());
    mvc(() -> new EventStoreException("disk full", new IllegalStateException("ours")))
        .perform(get("/api/fail"))
        .andExpect(status().isInternalServerError());
  }

  private static MockMvc mvc(Supplier<RuntimeException> failure) {
    return MockMvcBuilders.standaloneSetup(new Failing(failure))
        .setControllerAdvice(new ProblemHandler(Duration.ofMillis(2500)))
        .build();
  }

  @RestController
  static class Failing {
    private final Supplier<RuntimeException> failure;

    Failing(Supplier<RuntimeException> failure) {
      this.failure = failure;
    }

    @GetMapping("/api/fail")
    String fail() {
      throw failure.get();
    }
  }
}
