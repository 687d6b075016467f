package vn.congdoan.platform.infra.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import vn.congdoan.platform.api.ChainDigestedEvent;
import vn.congdoan.platform.api.ChainDigestedEvent.StreamHead;
import vn.congdoan.platform.api.MetadataKeys;
import vn.congdoan.platform.infra.concurrent.DaemonThreads;
import vn.congdoan.platform.infra.lease.Lease;

/**
 * Seals the service's event store at intervals: a {@link ChainDigestedEvent} naming the newest hash
 * of every stream that grew, appended to the stream {@code chain:<service>} and so published to
 * Kafka by the relay like any other event. Once published, a copy of the store's state lives
 * outside the store, and a rewrite of the store can be told from it. Of several instances of a
 * service, only the one holding the {@code chain-digester} lease seals.
 */
public class ChainDigester implements SmartLifecycle {
  static final String AGGREGATE_TYPE = "EventChain";
  private static final Logger log = LoggerFactory.getLogger(ChainDigester.class);

  private final String service;
  private final ChainHeads heads;
  private final EventStorageEngine store;
  private final ChainSettings settings;
  private final Lease lease;
  private ScheduledExecutorService timer;

  public ChainDigester(
      String service,
      ChainHeads heads,
      EventStorageEngine store,
      ChainSettings settings,
      Lease lease) {
    this.service = service;
    this.lease = lease;
    this.heads = heads;
    this.store = store;
    this.settings = settings;
  }

  public static String streamOf(String service) {
    return "chain:" + service;
  }

  /**
   * Records one digest of the streams that grew since the last one.
   *
   * @return the digest, or empty when nothing grew
   */
  public synchronized Optional<ChainDigestedEvent> digest() {
    List<StreamHead> grown = heads.undigested(settings.maxHeads());
    if (grown.isEmpty()) {
      return Optional.empty();
    }
    String stream = streamOf(service);
    Optional<Long> last = store.lastSequenceNumberFor(stream);
    String previousRoot =
        last.flatMap(
                sequence ->
                    store
                        .readEvents(stream, sequence)
                        .asStream()
                        .reduce((a, b) -> b)
                        .map(m -> ((ChainDigestedEvent) m.getPayload()).root()))
            .orElse(EventChain.GENESIS);
    var digest = new ChainDigestedEvent(service, previousRoot, grown, root(previousRoot, grown));
    DomainEventMessage<ChainDigestedEvent> message =
        new GenericDomainEventMessage<>(
            AGGREGATE_TYPE,
            stream,
            last.map(s -> s + 1).orElse(0L),
            digest,
            MetaData.with(MetadataKeys.USER, "system:" + service));
    store.appendEvents(message);
    heads.digested(grown);
    return Optional.of(digest);
  }

  /** The root a digest must carry: its predecessor's root and its heads, in order. */
  public static String root(String previousRoot, List<StreamHead> heads) {
    List<String> texts = new ArrayList<>(heads.size() + 1);
    texts.add(previousRoot);
    heads.forEach(h -> texts.add(h.aggregateId() + "\n" + h.sequence() + "\n" + h.hash()));
    return EventChain.hashOf(texts);
  }

  private void round() {
    try {
      // a backlog (a bulk load) is sealed in several digests, one after the other; the lease is
      // checked (and renewed) before each
      while (lease.hold()
          && digest().map(d -> d.heads().size() >= settings.maxHeads()).orElse(false)) {
        log.debug("Digest of {} full, sealing the rest", service);
      }
    } catch (RuntimeException e) {
      // another instance took the position, or the store is away: the next round covers it
      log.warn("Digest of {} not recorded this round: {}", service, e.toString());
    }
  }

  @Override
  public synchronized void start() {
    heads.ensureIndexes();
    timer =
        Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("chain-digester-" + service));
    long every = settings.digestEvery().toMillis();
    timer.scheduleWithFixedDelay(this::round, every, every, TimeUnit.MILLISECONDS);
  }

  /**
   * Seals what grew since the last round before the service goes: while it is down, someone with
   * the database could otherwise remove its newest events unseen. The relay publishes the digest at
   * the next start if it has stopped already.
   */
  @Override
  public synchronized void stop() {
    if (timer != null) {
      timer.shutdownNow();
      timer = null;
      round();
      lease.release();
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return timer != null;
  }
}
