package vn.congdoan.platform.infra.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.congdoan.platform.infra.testing.EventMother.eventId;
import static vn.congdoan.platform.infra.testing.EventMother.events;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.axonframework.eventhandling.DomainEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.platform.infra.chain.ChainVerification.BrokenLink;
import vn.congdoan.platform.infra.chain.ChainVerification.Problem;
import vn.congdoan.platform.infra.testing.EventMother;

/** Tampering done straight in MongoDB, as someone with access to the database would. */
class ChainVerifierTest {
  private final ChainFixture fixture = new ChainFixture();

  @BeforeEach
  void recordAndDigest() {
    fixture.record(events("m-1", 0, 3));
    fixture.record(events("m-1", 3, 2));
    fixture.record(events("m-2", 0, 3));
    fixture.digester.digest().orElseThrow();
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  private ChainVerification verify() {
    return fixture.verifier.verify();
  }

  private static BrokenLink first(ChainVerification verification) {
    assertThat(verification.intact()).isFalse();
    return verification.firstBrokenLink();
  }

  /** Where the link broke and how. */
  private static List<Object> described(BrokenLink link) {
    return Arrays.asList(link.aggregateId(), link.sequence(), link.problem());
  }

  private static List<Tuple> problemsBySequence(ChainVerification verification) {
    return verification.brokenLinks().stream().map(l -> tuple(l.sequence(), l.problem())).toList();
  }

  /**
   * Changes m-2's second event and stores it with a freshly computed hash, as someone who knows the
   * algorithm would; returns its third event relinked to it, not yet stored.
   */
  private Document rewriteM2() {
    Document one = fixture.stored("m-2:1");
    one.put("serializedPayload", one.getString("serializedPayload").replace("Ánh", "Anh"));
    one.put(EventChain.HASH, EventChain.hash(one, one.getString(EventChain.PREVIOUS)));
    Document two = fixture.stored("m-2:2");
    two.put(EventChain.PREVIOUS, one.getString(EventChain.HASH));
    two.put(EventChain.HASH, EventChain.hash(two, one.getString(EventChain.HASH)));
    fixture.events.replaceOne(Filters.eq("_id", "m-2:1"), one);
    return two;
  }

  @Test
  void anUntouchedStoreIsIntactAndCountsWhatItChecked() {
    ChainVerification verification = verify();

    assertThat(verification.intact()).isTrue();
    assertThat(verification.service()).isEqualTo("membership");
    assertThat(verification.events()).isEqualTo(9); // 8 events and the digest
    assertThat(verification.streams()).isEqualTo(3);
    assertThat(verification.digests()).isEqualTo(1);
    assertThat(verification.headsChecked()).isEqualTo(2);
    assertThat(verification.brokenLinkCount()).isZero();
    assertThat(verification.firstBrokenLink()).isNull();
    assertThat(verification.lastDigest().sequence()).isZero();
    assertThat(verification.verifiedAt()).isEqualTo(ChainFixture.CLOCK.instant());
  }

  @Test
  void theDigestAtAnAskedPositionIsReportedForComparisonWithKafka() {
    fixture.record(events("m-3", 0, 1));
    String second = fixture.digester.digest().orElseThrow().root();

    ChainVerification asked = fixture.verifier.verify(0L);

    assertThat(asked.lastDigest().root()).isEqualTo(second);
    assertThat(asked.askedDigest().sequence()).isZero();
    assertThat(asked.askedDigest().root()).isNotEqualTo(second);
    assertThat(fixture.verifier.verify(5L).askedDigest()).as("not in the store").isNull();
    assertThat(verify().askedDigest()).as("not asked").isNull();
  }

  @Test
  void anAlteredPayloadIsFoundAtItsPosition() {
    Document event = fixture.stored("m-1:2");
    String altered = event.getString("serializedPayload").replace("Lần thứ 2", "Lần thứ 7");
    fixture.events.updateOne(Filters.eq("_id", "m-1:2"), Updates.set("serializedPayload", altered));

    BrokenLink broken = first(verify());

    assertThat(broken.aggregateId()).isEqualTo("m-1");
    assertThat(broken.sequence()).isEqualTo(2);
    assertThat(broken.eventId()).isEqualTo(eventId("m-1", 2));
    assertThat(broken.problem()).isEqualTo(Problem.CONTENT_CHANGED);
  }

  @Test
  void anAlteredUserInTheMetadataIsFoundToo() {
    fixture.events.updateOne(
        Filters.eq("_id", "m-2:0"), Updates.set("serializedMetaData", "{\"user\":\"someone\"}"));

    assertThat(described(first(verify()))).containsExactly("m-2", 0L, Problem.CONTENT_CHANGED);
  }

  @Test
  void aDeletedEventIsFoundAsTheEmptyPositionItsSuccessorLinksTo() {
    fixture.events.deleteOne(Filters.eq("_id", "m-1:1"));

    BrokenLink broken = first(verify());

    assertThat(broken.aggregateId()).isEqualTo("m-1");
    assertThat(broken.sequence()).isEqualTo(1);
    assertThat(broken.eventId()).isNull();
    assertThat(broken.problem()).isEqualTo(Problem.EVENT_MISSING);
  }

  @Test
  void aDeletedLastEventIsFoundThroughTheDigestThatNamedIt() {
    fixture.events.deleteOne(Filters.eq("_id", "m-1:4"));

    ChainVerification verification = verify();

    assertThat(described(first(verification))).containsExactly("m-1", 4L, Problem.EVENT_MISSING);
    assertThat(verification.brokenLinkCount()).isEqualTo(1);
  }

  @Test
  void twoEventsSwappedInTheirStreamAreFoundAtTheFirstOfThem() {
    Document one = fixture.stored("m-1:1");
    Document two = fixture.stored("m-1:2");
    fixture.events.replaceOne(
        Filters.eq("_id", "m-1:1"),
        new Document(two).append("_id", "m-1:1").append("sequenceNumber", 1L));
    fixture.events.replaceOne(
        Filters.eq("_id", "m-1:2"),
        new Document(one).append("_id", "m-1:2").append("sequenceNumber", 2L));

    ChainVerification verification = verify();

    assertThat(first(verification))
        .extracting(BrokenLink::aggregateId, BrokenLink::sequence, BrokenLink::eventId)
        .containsExactly("m-1", 1L, eventId("m-1", 2));
    assertThat(verification.brokenLinks())
        .extracting(BrokenLink::sequence)
        .contains(1L, 2L)
        .allMatch(s -> s == 1L || s == 2L || s == 3L);
  }

  @Test
  void swappingOnlyThePositionFieldsIsFoundAsMisplacedEvents() {
    // through a free number: the unique index on (aggregate, sequence) allows no direct swap
    fixture.events.updateOne(Filters.eq("_id", "m-2:1"), Updates.set("sequenceNumber", 99L));
    fixture.events.updateOne(Filters.eq("_id", "m-2:2"), Updates.set("sequenceNumber", 1L));
    fixture.events.updateOne(Filters.eq("_id", "m-2:1"), Updates.set("sequenceNumber", 2L));

    assertThat(problemsBySequence(verify()))
        .contains(tuple(1L, Problem.MISPLACED), tuple(2L, Problem.MISPLACED));
  }

  @Test
  void aStreamRewrittenWithFreshlyComputedHashesDisagreesWithTheDigest() {
    // someone who knows the algorithm recomputes the chain after changing an event
    Document two = rewriteM2();
    fixture.events.replaceOne(Filters.eq("_id", "m-2:2"), two);

    ChainVerification verification = verify();

    assertThat(described(first(verification))).containsExactly("m-2", 2L, Problem.DIGEST_MISMATCH);
    assertThat(verification.brokenLinkCount()).isEqualTo(1);
  }

  @Test
  void aHeadThePassReadsOnlyAfterItsDigestIsCheckedWhenReached() {
    // the same rewrite, its last event stored again after 600 others: the pass meets the digest
    // first, and checks the head when it reaches its position, chunks later
    Document two = rewriteM2();
    fixture.events.deleteOne(Filters.eq("_id", "m-2:2"));
    fixture.record(events("f-1", 0, 600));
    fixture.events.insertOne(two);

    ChainVerification verification = verify();

    assertThat(verification.headsChecked()).isEqualTo(2);
    assertThat(verification.brokenLinkCount()).isEqualTo(1);
    assertThat(described(first(verification))).containsExactly("m-2", 2L, Problem.DIGEST_MISMATCH);
  }

  @Test
  void anEventStrippedOfItsHashIsNotChained() {
    fixture.events.updateOne(
        Filters.eq("_id", "m-1:0"),
        Updates.combine(Updates.unset(EventChain.HASH), Updates.unset(EventChain.PREVIOUS)));

    assertThat(problemsBySequence(verify()))
        .contains(tuple(0L, Problem.NOT_CHAINED), tuple(1L, Problem.LINK_BROKEN));
  }

  @Test
  void anAlteredDigestIsFound() {
    Document digest = fixture.stored("chain:membership:0");
    fixture.events.updateOne(
        Filters.eq("_id", "chain:membership:0"),
        Updates.set(
            "serializedPayload",
            digest.getString("serializedPayload").replace("\"m-1\"", "\"m-9\"")));

    assertThat(first(verify()))
        .extracting(BrokenLink::aggregateId, BrokenLink::problem)
        .containsExactly("chain:membership", Problem.CONTENT_CHANGED);
  }

  @Test
  void aLongHistoryIsCheckedAcrossChunks() {
    for (int a = 0; a < 30; a++) {
      fixture.record(events("n-" + a, 0, 40));
    }
    fixture.digester.digest().orElseThrow();
    fixture.events.deleteOne(Filters.eq("_id", "n-17:23"));

    ChainVerification verification = verify();

    assertThat(verification.events()).isEqualTo(9 + 1200 - 1 + 1);
    assertThat(verification.headsChecked()).isEqualTo(32);
    assertThat(described(first(verification))).containsExactly("n-17", 23L, Problem.EVENT_MISSING);
  }

  @Test
  void aDigestOfThousandsOfStreamsIsCheckedWithoutOneOversizedReply() {
    // the heads of a digest were read back in one reply: a province's welfare made it 60 MB, over
    // the 48 MB the driver takes, and the verification failed
    String note = "x".repeat(30_000);
    List<DomainEventMessage<?>> some = new ArrayList<>();
    for (int a = 0; a < 2_000; a++) {
      some.add(EventMother.event("w-" + a, 0, Map.of("note", note)));
      if (some.size() == 100) {
        fixture.record(some);
        some.clear();
      }
    }
    fixture.digester.digest().orElseThrow();

    ChainVerification verification = verify();

    assertThat(verification.intact()).isTrue();
    assertThat(verification.headsChecked()).isEqualTo(2 + 2_000);
  }
}
