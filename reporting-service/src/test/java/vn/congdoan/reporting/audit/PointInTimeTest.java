package vn.congdoan.reporting.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.platform.api.ServiceUnavailableException;
import vn.congdoan.reporting.ingest.Delivery;
import vn.congdoan.reporting.projection.ReportingStore;
import vn.congdoan.reporting.query.EventMother;
import vn.congdoan.reporting.query.InMemoryMongo;
import vn.congdoan.reporting.query.ReportYear;
import vn.congdoan.reporting.query.TestReadModel;
import vn.congdoan.reporting.query.YearSummary;
import vn.congdoan.reporting.query.YearSummaryQuery;

class PointInTimeTest {
  private static final String BRANCH = "so-tai-chinh";
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  /** The day the live read model counts on, so both count the same day. */
  private static final Clock CLOCK =
      Clock.fixed(TestReadModel.TODAY.atTime(LocalTime.NOON).atZone(VIETNAM).toInstant(), VIETNAM);

  private final EventMother events = new EventMother();
  private InMemoryMongo mongo;
  private MongoClient client;
  private TestReadModel live;
  private PointInTime pointInTime;

  @BeforeEach
  void start() {
    mongo = new InMemoryMongo();
    client = MongoClients.create(mongo.connectionString());
    live = new TestReadModel(mongo, "reporting");
    pointInTime = new PointInTime(client, live.store.auditEvents(), live.decoder, CLOCK, 1);
  }

  @AfterEach
  void stop() {
    client.close();
    mongo.close();
  }

  private YearSummary asOf(Delivery last) {
    return pointInTime.of(
        BRANCH,
        last.envelope().timestamp(),
        "summary:2024",
        store -> new YearSummaryQuery(store, CLOCK).forBranch(BRANCH, new ReportYear(2024)));
  }

  @Test
  void replayingTheTrailUpToTheLastEventGivesTheLiveSummary() {
    List<Delivery> history = new ArrayList<>();
    history.add(events.branchRegistered(BRANCH, "Công đoàn cơ sở Sở Tài chính"));
    history.add(events.groupAdded(BRANCH, "to-1", "Tổ Ngân sách"));
    history.add(
        events.memberAdmitted(
            BRANCH, "thuy", "Lê Thị Thủy", Gender.FEMALE, "to-1", LocalDate.of(2020, 2, 1)));
    history.add(events.income(BRANCH, 3_000_000, LocalDate.of(2024, 3, 3)));
    live.apply(history);

    assertThat(asOf(history.get(history.size() - 1))).isEqualTo(live.year(BRANCH, 2024));
    assertThat(asOf(history.get(0)).members().groups()).isZero();
    assertThat(client.listDatabaseNames().into(new ArrayList<>()))
        .as("scratch databases are dropped")
        .noneMatch(name -> name.startsWith("reporting-asof"));
  }

  @Test
  void aSecondReadingOfTheSameInstantIsKeptUntilALateEventChangesWhatWasRecordedByThen() {
    List<Delivery> history = new ArrayList<>();
    history.add(events.branchRegistered(BRANCH, "Công đoàn cơ sở Sở Tài chính"));
    history.add(events.groupAdded(BRANCH, "to-1", "Tổ Ngân sách"));
    history.add(events.income(BRANCH, 3_000_000, LocalDate.of(2024, 3, 3)));
    Delivery late = events.income(BRANCH, 500_000, LocalDate.of(2024, 3, 4));
    Delivery last = events.groupAdded(BRANCH, "to-2", "Tổ Kế toán");
    live.apply(history);
    live.apply(List.of(last));
    AtomicInteger replays = new AtomicInteger();
    Instant asOf = last.envelope().timestamp();
    Function<ReportingStore, YearSummary> read =
        store -> {
          replays.incrementAndGet();
          return new YearSummaryQuery(store, CLOCK).forBranch(BRANCH, new ReportYear(2024));
        };

    YearSummary first = pointInTime.of(BRANCH, asOf, "summary:2024", read);
    YearSummary again = pointInTime.of(BRANCH, asOf, "summary:2024", read);

    assertThat(again).isEqualTo(first);
    assertThat(replays).hasValue(1);

    // recorded before asOf, delivered only now (reporting was behind)
    live.apply(List.of(late));
    YearSummary after = pointInTime.of(BRANCH, asOf, "summary:2024", read);

    assertThat(replays).hasValue(2);
    assertThat(after).isNotEqualTo(first).isEqualTo(live.year(BRANCH, 2024));
    pointInTime.of(BRANCH, asOf, "another reading", read);
    assertThat(replays).as("kept by what was read").hasValue(3);
  }

  @Test
  void oneRebuildMoreThanAllowedIsRefusedWhileTheOthersRunAndAllowedOnceTheyEnd() throws Exception {
    Delivery registered = events.branchRegistered(BRANCH, "Công đoàn cơ sở Sở Tài chính");
    live.apply(List.of(registered));
    Instant asOf = registered.envelope().timestamp();
    var entered = new CountDownLatch(1);
    var release = new CountDownLatch(1);
    var running =
        CompletableFuture.supplyAsync(
            () ->
                pointInTime.of(
                    BRANCH,
                    asOf,
                    "held",
                    store -> {
                      entered.countDown();
                      await(release);
                      return "held";
                    }));
    entered.await();

    assertThatThrownBy(() -> pointInTime.of(BRANCH, asOf, "another", store -> "another"))
        .isInstanceOf(ServiceUnavailableException.class)
        .hasMessageContaining("1 are running already");

    release.countDown();
    assertThat(running.get()).isEqualTo("held");
    String another = pointInTime.of(BRANCH, asOf, "another", store -> "another");
    assertThat(another).isEqualTo("another");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
