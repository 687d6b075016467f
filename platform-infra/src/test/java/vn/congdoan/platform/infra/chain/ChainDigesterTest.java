package vn.congdoan.platform.infra.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.platform.infra.testing.EventMother.events;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.platform.api.ChainDigestedEvent;
import vn.congdoan.platform.api.ChainDigestedEvent.StreamHead;
import vn.congdoan.platform.api.Topics;

class ChainDigesterTest {
  private final ChainFixture fixture = new ChainFixture(2);

  @AfterEach
  void close() {
    fixture.close();
  }

  private String hashAt(String position) {
    return fixture.stored(position).getString(EventChain.HASH);
  }

  @Test
  void nothingGrownRecordsNoDigest() {
    assertThat(fixture.digester.digest()).isEmpty();
    assertThat(fixture.store.lastSequenceNumberFor("chain:membership")).isEmpty();
  }

  @Test
  void aDigestNamesTheNewestEventOfEachStreamThatGrewAndIsStoredAsTheNextOfItsChain() {
    fixture.record(events("m-2", 0, 2));
    fixture.record(events("m-1", 0, 3));

    ChainDigestedEvent first = fixture.digester.digest().orElseThrow();

    assertThat(first.service()).isEqualTo("membership");
    assertThat(first.previousRoot()).isEqualTo(EventChain.GENESIS);
    assertThat(first.heads())
        .containsExactly(
            new StreamHead("m-1", 2, hashAt("m-1:2")), new StreamHead("m-2", 1, hashAt("m-2:1")));
    assertThat(first.root()).isEqualTo(ChainDigester.root(EventChain.GENESIS, first.heads()));
    assertThat(fixture.stored("chain:membership:0").getString("payloadType"))
        .isEqualTo("platform.ChainDigested");
    assertThat(fixture.digester.digest()).isEmpty();

    fixture.record(events("m-1", 3, 1));
    ChainDigestedEvent second = fixture.digester.digest().orElseThrow();

    assertThat(second.previousRoot()).isEqualTo(first.root());
    assertThat(second.heads()).containsExactly(new StreamHead("m-1", 3, hashAt("m-1:3")));
    assertThat(fixture.store.lastSequenceNumberFor("chain:membership")).contains(1L);
  }

  @Test
  void moreStreamsThanOneDigestHoldsWaitForTheNext() {
    fixture.record(events("m-1", 0, 1));
    fixture.record(events("m-2", 0, 1));
    fixture.record(events("m-3", 0, 1));

    assertThat(fixture.digester.digest().orElseThrow().heads()).hasSize(2);
    assertThat(fixture.digester.digest().orElseThrow().heads()).hasSize(1);
    assertThat(fixture.digester.digest()).isEmpty();
  }

  @Test
  void aRootChangesWithAnyHeadAndWithThePreviousRoot() {
    var heads = List.of(new StreamHead("m-1", 2, "a"), new StreamHead("m-2", 0, "b"));
    String root = ChainDigester.root("p", heads);

    assertThat(ChainDigester.root("q", heads)).isNotEqualTo(root);
    assertThat(ChainDigester.root("p", List.of(new StreamHead("m-1", 3, "a"), heads.get(1))))
        .isNotEqualTo(root);
    assertThat(ChainDigester.root("p", List.of(heads.get(0)))).isNotEqualTo(root);
    assertThat(ChainDigester.root("p", heads)).isEqualTo(root);
  }

  @Test
  void headsNeverMoveBackAndAHeadThatGrewWhileDigestingStaysToBeDigested() {
    fixture.record(events("m-1", 0, 3));
    fixture.heads.advance(List.of(fixture.stored("m-1:1")));
    List<StreamHead> seen = fixture.heads.undigested(10);
    assertThat(seen).extracting(StreamHead::sequence).containsExactly(2L);

    fixture.record(events("m-1", 3, 1));
    fixture.heads.digested(seen);

    assertThat(fixture.heads.undigested(10)).extracting(StreamHead::sequence).containsExactly(3L);
  }

  @Test
  void stoppingSealsWhatGrewSinceTheLastRound() {
    fixture.digester.start();
    fixture.record(events("m-1", 0, 2));

    fixture.digester.stop();

    assertThat(fixture.store.lastSequenceNumberFor("chain:membership")).contains(0L);
    assertThat(fixture.heads.undigested(10)).isEmpty();
    assertThat(fixture.digester.isRunning()).isFalse();
  }

  @Test
  void theServiceIsTheTopicsFirstWord() {
    assertThat(Topics.serviceOf("membership.events")).isEqualTo("membership");
    assertThat(ChainDigester.streamOf("finance")).isEqualTo("chain:finance");
  }
}
