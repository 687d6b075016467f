package vn.congdoan.platform.infra.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.platform.infra.testing.EventMother.events;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventChainTest {
  private final ChainFixture chain = new ChainFixture();

  @AfterEach
  void stopMongo() {
    chain.close();
  }

  @Test
  void theHashChangesWithEveryStoredFieldAndWithThePreviousHash() {
    chain.record(events("m-1", 0, 1));
    Document stored = chain.events.find().first();
    String hash = EventChain.hash(stored, EventChain.GENESIS);

    for (String field : EventChain.CONTENT) {
      Document changed = new Document(stored).append(field, stored.get(field) + "x");
      assertThat(EventChain.hash(changed, EventChain.GENESIS)).as(field).isNotEqualTo(hash);
    }
    assertThat(EventChain.hash(stored, "1".repeat(64))).isNotEqualTo(hash);
    assertThat(EventChain.hash(new Document(stored), EventChain.GENESIS)).isEqualTo(hash);
  }
}
