package vn.congdoan.platform.infra.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Which answers a key keeps, and how a request holds its key while it runs. */
class IdempotencyFilterTest {
  private static final String BODY = "{\"name\":\"Nguyễn Thị Ánh\"}";

  private final MongoServer server = new MongoServer(new MemoryBackend());
  private final MongoClient client =
      MongoClients.create("mongodb://localhost:" + server.bind().getPort());
  private final MongoCollection<Document> keys =
      client.getDatabase("idempotency").getCollection("idempotency");
  private final Members members = new Members();
  private final IdempotencyFilter filter =
      new IdempotencyFilter(
          new IdempotencyStore(
              keys, Duration.ofHours(24), Duration.ofSeconds(3), Clock.systemUTC()),
          new WebSettings(1000, Duration.ofSeconds(5), null));
  private final MockMvc mvc =
      MockMvcBuilders.standaloneSetup(members)
          .addFilters(filter)
          .setControllerAdvice(new ProblemHandler())
          .build();

  @AfterEach
  void stop() {
    members.release.countDown();
    filter.destroy();
    client.close();
    server.shutdownNow();
  }

  private ResultActions admit(String path, String contentType) throws Exception {
    return mvc.perform(
        post(path).header(IdempotencyFilter.HEADER, "k-1").contentType(contentType).content(BODY));
  }

  private ResultActions admit() throws Exception {
    return admit("/api/members", "application/json");
  }

  @Test
  void theCharsetParameterOrOtherHeadersDoNotMakeAnotherRequest() throws Exception {
    admit("/api/members", "application/json").andExpect(status().isCreated());

    mvc.perform(
            post("/api/members")
                .header(IdempotencyFilter.HEADER, "k-1")
                .header("Accept-Language", "vi")
                .header("X-Correlation-Id", "another")
                .contentType("application/json;charset=UTF-8")
                .content(BODY))
        .andExpect(status().isCreated())
        .andExpect(header().string("Idempotent-Replay", "true"));
    assertThat(members.admitted).hasValue(1);
  }

  @Test
  void anotherQueryUnderTheSameKeyIsAnotherRequest() throws Exception {
    admit().andExpect(status().isCreated());

    admit("/api/members?dryRun=true", "application/json")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://congdoan.vn/problems/idempotency-key-reused"))
        .andExpect(jsonPath("$.title").value("Idempotency-Key đã dùng cho một yêu cầu khác"));
  }

  @Test
  void tooManyRequestsIsNotKeptSoTheRetryRuns() throws Exception {
    members.answers.set(429);
    admit().andExpect(status().isTooManyRequests());

    admit().andExpect(status().isCreated()).andExpect(header().doesNotExist("Idempotent-Replay"));
    assertThat(members.admitted).hasValue(2);
  }

  @Test
  void aConflictWithAConcurrentChangeIsNotKeptSoTheRetryRuns() throws Exception {
    members.answers.set(409);
    admit().andExpect(status().isConflict()).andExpect(header().exists("Retry-After"));

    admit().andExpect(status().isCreated());
    assertThat(members.admitted).hasValue(2);
  }

  @Test
  void aFailureOfOursIsNotKeptSoTheRetryRuns() throws Exception {
    members.answers.set(503);
    admit().andExpect(status().isServiceUnavailable());

    admit().andExpect(status().isCreated());
    assertThat(members.admitted).hasValue(2);
  }

  @Test
  void aRequestStillRunningKeepsItsKeyAndItsRetryIsToldToComeBack() throws Exception {
    members.blocking = true;
    var first = CompletableFuture.supplyAsync(this::admitQuietly);
    members.entered.await();
    Date leased = keys.find().first().getDate(IdempotencyStore.LEASE_UNTIL);
    // The running request renews its lease (every third of it).
    await().until(() -> keys.find().first().getDate(IdempotencyStore.LEASE_UNTIL).after(leased));

    admit()
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://congdoan.vn/problems/request-in-progress"))
        .andExpect(header().string("Retry-After", "1"));

    members.release.countDown();
    assertThat(first.get()).isEqualTo(201);
    admit().andExpect(status().isCreated()).andExpect(header().string("Idempotent-Replay", "true"));
    assertThat(members.admitted).hasValue(1);
  }

  private int admitQuietly() {
    try {
      return admit().andReturn().getResponse().getStatus();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Admits, or answers the status the test asks for once. */
  @RestController
  static class Members {
    final AtomicInteger admitted = new AtomicInteger();
    final AtomicInteger answers = new AtomicInteger();
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    volatile boolean blocking;

    @PostMapping("/api/members")
    ResponseEntity<String> admit(@RequestBody String body) throws InterruptedException {
      admitted.incrementAndGet();
      entered.countDown();
      if (blocking) {
        release.await();
      }
      int answer = answers.getAndSet(0);
      if (answer == 409) {
        throw new ConcurrencyException("changed at the same time");
      }
      if (answer != 0) {
        return ResponseEntity.status(answer).header("Retry-After", "1").body("{}");
      }
      return ResponseEntity.status(201).body("{\"memberId\":\"m-1\"}");
    }
  }
}
