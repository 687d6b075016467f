package vn.congdoan.welfare.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.platform.api.EventEnvelope;

/** Kafka delivers at least once: any batch, whole or in part, may come again. */
class MemberStayRedeliveryTest {
  private static final String SO_Y_TE = "so-y-te";
  private static final String SO_GD = "so-giao-duc";

  private final MembershipEventMother events = new MembershipEventMother();
  private InMemoryMongo mongo;
  private List<EventEnvelope> history;
  private List<Document> appliedOnce;

  @BeforeEach
  void applyTheHistoryOnce() {
    mongo = new InMemoryMongo();
    history =
        List.of(
            events.branchRegistered(SO_Y_TE),
            events.admitted(SO_Y_TE, "lan", Gender.FEMALE, LocalDate.of(2019, 9, 1)),
            events.admitted(SO_Y_TE, "binh", Gender.MALE, LocalDate.of(2020, 1, 6), true),
            events.admitted(SO_GD, "hoa", Gender.FEMALE, LocalDate.of(2018, 5, 2)),
            events.movedToGroup(SO_Y_TE, "lan", LocalDate.of(2021, 2, 1)),
            events.transferredOut(SO_Y_TE, "lan", SO_GD, LocalDate.of(2023, 4, 1)),
            events.transferredIn(SO_GD, "lan", SO_Y_TE, Gender.FEMALE, LocalDate.of(2023, 4, 1)),
            events.departed(SO_Y_TE, "binh", LocalDate.of(2024, 12, 31)),
            events.transferredOut(SO_GD, "lan", SO_Y_TE, LocalDate.of(2025, 2, 1)),
            events.transferredIn(SO_Y_TE, "lan", SO_GD, Gender.FEMALE, LocalDate.of(2025, 2, 1)),
            events.erased(SO_Y_TE, "binh"),
            events.corrected(SO_GD, "hoa", Gender.MALE));
    var once = new TestDirectory(mongo, "applied-once");
    once.apply(history);
    appliedOnce = once.contents();
  }

  @AfterEach
  void stop() {
    mongo.close();
  }

  @Test
  void theHistoryLeavesEveryMembersPeriods() {
    assertThat(appliedOnce).hasSize(4);
    assertThat(appliedOnce.get(3).getString("_id")).isEqualTo("so-y-te:lan");
    assertThat(appliedOnce.get(3).getList("periods", Document.class))
        .extracting(p -> p.get("from") + "/" + p.get("to"))
        .containsExactly("2019-09-01/2023-04-01", "2025-02-01/null");
    assertThat(appliedOnce.get(3).getLong("seq")).isEqualTo(6);
  }

  @Test
  void aBatchReappliedAfterACrashAnywhereEndsAsIfAppliedOnce() {
    for (int written = 0; written <= history.size(); written++) {
      var crashed = new TestDirectory(mongo, "crashed-after-" + written);
      crashed.apply(history.subList(0, written));

      crashed.apply(history);

      assertThat(crashed.contents())
          .as("written before the crash: %d", written)
          .isEqualTo(appliedOnce);
    }
  }

  @Test
  void anyHeadOrTailDeliveredAgainChangesNothing() {
    for (int cut = 0; cut <= history.size(); cut++) {
      var again = new TestDirectory(mongo, "again-at-" + cut);
      again.apply(history);

      again.apply(history.subList(0, cut));
      again.apply(history.subList(cut, history.size()));

      assertThat(again.contents()).as("delivered again around %d", cut).isEqualTo(appliedOnce);
    }
  }

  @Test
  void eachEventDeliveredAgainAloneChangesNothingAndCountsAsDuplicate() {
    var again = new TestDirectory(mongo, "each-again");
    again.apply(history);
    double applied = again.count("applied");

    history.forEach(again::apply);

    assertThat(again.contents()).isEqualTo(appliedOnce);
    assertThat(again.count("applied")).isEqualTo(applied);
    assertThat(again.count("duplicate")).isEqualTo(9);
  }

  @Test
  void anEventTwiceInOneBatchIsAppliedOnce() {
    var twice = new TestDirectory(mongo, "twice");

    twice.apply(history.stream().flatMap(e -> Stream.of(e, e)).toList());

    assertThat(twice.contents()).isEqualTo(appliedOnce);
  }
}
