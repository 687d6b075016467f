package vn.congdoan.platform.infra.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.platform.infra.testing.InMemoryMongo;

/**
 * A head only moves forward: a relay that lost its lease while paused and then advances the heads
 * of a batch it published long ago cannot move them back behind what the new holder recorded.
 */
class ChainHeadsTest {
  private final InMemoryMongo mongo = new InMemoryMongo();
  private final ChainHeads heads = new ChainHeads(mongo.database().getCollection("chain_heads"));

  @AfterEach
  void close() {
    mongo.close();
  }

  private static Document stored(String aggregate, long sequence) {
    return new Document("aggregateIdentifier", aggregate)
        .append("sequenceNumber", sequence)
        .append("type", "Branch")
        .append(EventChain.HASH, "h" + sequence);
  }

  @Test
  void aLateRelayCannotMoveAHeadBack() {
    heads.advance(List.of(stored("b-1", 7), stored("b-2", 1)));
    heads.advance(List.of(stored("b-1", 5), stored("b-2", 2)));

    assertThat(heads.undigested(10))
        .extracting(h -> h.aggregateId() + "@" + h.sequence() + ":" + h.hash())
        .containsExactly("b-1@7:h7", "b-2@2:h2");
  }
}
