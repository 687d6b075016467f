package vn.congdoan.platform.infra.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bson.Document;

/**
 * Test check: a stored stream, in order, whose every event is hashed and linked to the one before.
 */
public final class ChainLinks {
  private ChainLinks() {}

  public static void assertLinked(List<Document> stream) {
    String previous = EventChain.GENESIS;
    for (Document event : stream) {
      assertThat(event.getString(EventChain.PREVIOUS)).isEqualTo(previous);
      assertThat(event.getString(EventChain.HASH)).isEqualTo(EventChain.hash(event, previous));
      previous = event.getString(EventChain.HASH);
    }
  }
}
