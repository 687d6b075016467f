package vn.congdoan.platform.infra.aggregate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * An aggregate cache that is right with several instances of a service: each time a cached
 * aggregate is loaded for a command, the store is asked for the cached version's event and those
 * after it (one look-up by stream position, only that event found when this instance wrote last),
 * and those another instance appended meanwhile are applied to the cached aggregate before the
 * command sees it. A write racing another instance's between this check and the append still fails
 * on the stream position, and is tried again from the store ({@code CommandSender}).
 *
 * <p>Chosen over routing each branch to one instance: a load balancer in front of the services
 * needs no knowledge of branches, a failover needs no hand-over, and the check costs one indexed
 * read per command.
 */
public final class FreshCache implements Cache {
  private final Cache cached;
  private final Supplier<EventStorageEngine> store;
  private final Counter caughtUp;

  /** {@code store} is asked for lazily: the aggregates' caches are made before the store is. */
  public FreshCache(
      Cache cached, Supplier<EventStorageEngine> store, MeterRegistry metrics, String aggregate) {
    this.cached = cached;
    this.store = store;
    this.caughtUp =
        Counter.builder("platform.aggregate.caught-up")
            .description("Cached aggregates that met events another instance had appended")
            .tag("aggregate", aggregate)
            .register(metrics);
  }

  @Override
  public <K, V> V get(K key) {
    V value = cached.get(key);
    if (value instanceof AggregateCacheEntry<?> entry && !catchUp(key, entry)) {
      cached.remove(key);
      return null;
    }
    return value;
  }

  /** False when the entry holds no live aggregate to bring up to date: it is read again whole. */
  private boolean catchUp(Object key, AggregateCacheEntry<?> entry) {
    EventSourcedAggregate<?> aggregate;
    try {
      // An entry kept in memory hands back its live aggregate without using any of these.
      aggregate = entry.recreateAggregate(null, null, null, null);
    } catch (RuntimeException notLive) {
      return false;
    }
    if (aggregate == null) {
      return false;
    }
    Long version = aggregate.version();
    if (version == null) {
      return apply(aggregate, store.get().readEvents(key.toString(), 0));
    }
    // The cached aggregate's own last event is read too: the store must still hold it, or it went
    // back in time (lost its last writes) and the aggregate is read again from what it does hold;
    // and the append that follows takes that event's hash from this read instead of a second one.
    DomainEventStream stream = store.get().readEvents(key.toString(), version);
    if (!stream.hasNext() || stream.peek().getSequenceNumber() != version) {
      return false;
    }
    stream.next();
    return apply(aggregate, stream);
  }

  private boolean apply(EventSourcedAggregate<?> aggregate, DomainEventStream newer) {
    if (newer.hasNext()) {
      aggregate.initializeState(newer);
      caughtUp.increment();
    }
    return true;
  }

  @Override
  public void put(Object key, Object value) {
    cached.put(key, value);
  }

  @Override
  public boolean putIfAbsent(Object key, Object value) {
    return cached.putIfAbsent(key, value);
  }

  @Override
  public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
    return cached.computeIfAbsent(key, valueSupplier);
  }

  @Override
  public boolean remove(Object key) {
    return cached.remove(key);
  }

  @Override
  public void removeAll() {
    cached.removeAll();
  }

  @Override
  public boolean containsKey(Object key) {
    return cached.containsKey(key);
  }

  @Override
  public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
    cached.computeIfPresent(key, update);
  }

  @Override
  public Registration registerCacheEntryListener(EntryListener listener) {
    return cached.registerCacheEntryListener(listener);
  }
}
