package vn.congdoan.membership.config;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import java.util.Set;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * Axon's aggregate cache on Caffeine: at most {@code maximumSize} entries, the least used out first
 * (Caffeine weighs how recently and how often), and softly held so the collector may still take
 * them when the heap runs short.
 *
 * <p>Axon's {@code WeakReferenceCache} loses every entry at the next young collection, which under
 * load comes every second or two: nearly every admission replayed its branch's whole stream (42% of
 * membership-service's CPU in a profile of the bench), and more the larger the branch.
 */
final class BoundedCache implements Cache {
  private final ConcurrentMap<Object, Object> entries;
  private final Set<EntryListener> listeners = new CopyOnWriteArraySet<>();

  BoundedCache(long maximumSize) {
    this(maximumSize, ForkJoinPool.commonPool());
  }

  /**
   * {@code maintenance} runs evictions; a test passes {@code Runnable::run} to see them at once.
   */
  BoundedCache(long maximumSize, Executor maintenance) {
    this.entries =
        Caffeine.newBuilder()
            .executor(maintenance)
            .maximumSize(maximumSize)
            .softValues()
            .removalListener(
                (Object key, Object value, RemovalCause cause) -> {
                  if (key != null && cause.wasEvicted()) {
                    notify(l -> l.onEntryExpired(key));
                  }
                })
            .build()
            .asMap();
  }

  private void notify(Consumer<EntryListener> event) {
    listeners.forEach(event);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <K, V> V get(K key) {
    V value = (V) entries.get(key);
    if (value != null) {
      notify(l -> l.onEntryRead(key, value));
    }
    return value;
  }

  @Override
  public void put(Object key, Object value) {
    if (entries.put(key, value) == null) {
      notify(l -> l.onEntryCreated(key, value));
    } else {
      notify(l -> l.onEntryUpdated(key, value));
    }
  }

  @Override
  public boolean putIfAbsent(Object key, Object value) {
    if (entries.putIfAbsent(key, value) == null) {
      notify(l -> l.onEntryCreated(key, value));
      return true;
    }
    return false;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
    Object existing = entries.get(key);
    if (existing != null) {
      return (T) existing;
    }
    T created = valueSupplier.get();
    if (created == null) {
      throw new IllegalStateException("No value to cache for " + key);
    }
    put(key, created);
    return created;
  }

  @Override
  public boolean remove(Object key) {
    if (entries.remove(key) != null) {
      notify(l -> l.onEntryRemoved(key));
      return true;
    }
    return false;
  }

  @Override
  public void removeAll() {
    entries.keySet().forEach(this::remove);
  }

  @Override
  public boolean containsKey(Object key) {
    return entries.containsKey(key);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
    entries.computeIfPresent(
        key,
        (k, current) -> {
          V updated = update.apply((V) current);
          if (updated == null) {
            notify(l -> l.onEntryRemoved(k));
          } else {
            notify(l -> l.onEntryUpdated(k, updated));
          }
          return updated;
        });
  }

  @Override
  public Registration registerCacheEntryListener(EntryListener listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }
}
