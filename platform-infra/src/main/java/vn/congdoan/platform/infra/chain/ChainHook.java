package vn.congdoan.platform.infra.chain;

import static vn.congdoan.platform.infra.outbox.OutboxStorageStrategy.AGGREGATE;
import static vn.congdoan.platform.infra.outbox.OutboxStorageStrategy.position;
import static vn.congdoan.platform.infra.outbox.OutboxStorageStrategy.sequence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;
import vn.congdoan.platform.infra.outbox.OutboxHook;

/**
 * The hash chain's part in the event pipeline: links every appended event to the one before it,
 * remembers the hashes a load read, moves the published heads once Kafka has the events, and keeps
 * a parked event's hash with it.
 */
public final class ChainHook implements OutboxHook {
  private final ChainHeads heads;

  /**
   * @param heads the published heads, moved once Kafka has the events
   */
  public ChainHook(ChainHeads heads) {
    this.heads = heads;
  }

  /**
   * Links each event to the one before it in its stream ({@link EventChain}). The predecessor of a
   * batch's first event of an aggregate is read from the store: Axon appends position n only after
   * loading the stream up to n - 1, and a rival writer of position n fails on the duplicate key. A
   * predecessor the store does not hold means the writer went on from a state the store no longer
   * has (an embedded store that lost its last writes, a MongoDB failover that rolled some back):
   * the append is refused rather than forking the stream, and Axon drops its cached aggregate. A
   * predecessor this unit of work has just read while loading the aggregate is not read again
   * ({@link ReadHeads}): that read proved the same, one round trip earlier.
   */
  @Override
  public void appending(MongoCollection<Document> eventCollection, List<Document> documents) {
    Map<Object, String> last = new HashMap<>();
    Map<Object, String> read = ReadHeads.ofThisUnitOfWork();
    List<String> predecessors = new ArrayList<>();
    for (Document d : documents) {
      if (sequence(d) > 0) {
        String predecessor = position(d.get(AGGREGATE), sequence(d) - 1);
        String known = read.get(predecessor);
        if (known != null) {
          last.put(predecessor, known);
        } else {
          predecessors.add(predecessor);
        }
      }
    }
    if (!predecessors.isEmpty()) {
      eventCollection
          .find(Filters.in("_id", predecessors))
          .forEach(d -> last.put(d.get("_id"), d.getString(EventChain.HASH)));
    }
    for (Document d : documents) {
      String previous =
          sequence(d) == 0
              ? EventChain.GENESIS
              : last.get(position(d.get(AGGREGATE), sequence(d) - 1));
      if (previous == null) {
        throw new ConcurrencyException(
            "The stored stream of "
                + d.get(AGGREGATE)
                + " does not reach position "
                + (sequence(d) - 1)
                + ", which this write follows: the store no longer holds what it was read from."
                + " The write is refused and the aggregate will be read again.");
      }
      String hash = EventChain.hash(d, previous);
      d.put(EventChain.PREVIOUS, previous);
      d.put(EventChain.HASH, hash);
      last.put(d.get("_id"), hash);
    }
  }

  @Override
  public void read(Document event) {
    ReadHeads.note(event.get("_id"), event.getString(EventChain.HASH));
  }

  @Override
  public void published(List<Document> events) {
    heads.advance(events);
  }

  @Override
  public String fingerprint(Document event) {
    return event.getString(EventChain.HASH);
  }
}
