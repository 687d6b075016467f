package vn.congdoan.platform.infra.chain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.bson.Document;
import vn.congdoan.platform.api.ConflictException;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.infra.outbox.ParkedEntries;

/**
 * Recomputes every link of a service's event store from the stored documents alone: each event's
 * hash from its content, each link against the event before it, and each stream head a digest named
 * against the event now at that position. Reads the store chunk by chunk in its natural order and
 * looks the neighbours up by {@code _id}, so memory stays one chunk however long the history.
 */
public class ChainVerifier {
  static final int SHOWN = 100;

  /** Documents read at a time, and stream heads checked at a time. */
  static final int CHUNK = 500;

  private final String service;
  private final MongoCollection<Document> events;
  private final ObjectMapper json;
  private final Clock clock;
  private final ParkedLinks parked;
  private final ReentrantLock running = new ReentrantLock();

  public ChainVerifier(
      String service, MongoCollection<Document> events, ObjectMapper json, Clock clock) {
    this(service, events, json, clock, null);
  }

  /** As the other, also checking that each parked event still has the hash it was parked with. */
  public ChainVerifier(
      String service,
      MongoCollection<Document> events,
      ObjectMapper json,
      Clock clock,
      ParkedEntries parked) {
    this.parked = parked == null ? null : new ParkedLinks(parked);
    this.service = service;
    this.events = events;
    this.json = json;
    this.clock = clock;
  }

  /** One at a time: a verification reads the whole store. */
  public ChainVerification verify() {
    return verify(null);
  }

  /**
   * As {@link #verify()}, also reporting the digest at position {@code askedDigest} of the chain
   * stream (null: none).
   */
  public ChainVerification verify(Long askedDigest) {
    if (!running.tryLock()) {
      throw new ConflictException(Refusal.of("platform.verification.running", service));
    }
    try {
      var run = new ChainRun(service, events, json, clock, askedDigest);
      inChunks(events.find().batchSize(CHUNK), run::check);
      run.checkHeads();
      if (parked != null) {
        parked.checkAgainst(events).forEach(run::report);
      }
      return run.result();
    } finally {
      running.unlock();
    }
  }

  /**
   * Hands {@code documents} on {@link #CHUNK} at a time, the last chunk possibly shorter or empty;
   * each chunk's list is reused for the next, so {@code each} must not keep it.
   */
  static void inChunks(Iterable<Document> documents, Consumer<List<Document>> each) {
    List<Document> chunk = new ArrayList<>(CHUNK);
    for (Document document : documents) {
      chunk.add(document);
      if (chunk.size() == CHUNK) {
        each.accept(chunk);
        chunk.clear();
      }
    }
    each.accept(chunk);
  }
}
