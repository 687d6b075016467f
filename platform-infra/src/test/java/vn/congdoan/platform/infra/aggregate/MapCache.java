package vn.congdoan.platform.infra.aggregate;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/** A cache that keeps everything, so a test knows its aggregate is served from memory. */
final class MapCache implements Cache {
  private final Map<Object, Object> entries = new ConcurrentHashMap<>();

  @Override
  @SuppressWarnings("unchecked")
  public <K, V> V get(K key) {
    return (V) entries.get(key);
  }

  @Override
  public void put(Object key, Object value) {
    entries.put(key, value);
  }

  @Override
  public boolean putIfAbsent(Object key, Object value) {
    return entries.putIfAbsent(key, value) == null;
  }

  @Override
  public boolean remove(Object key) {
    return entries.remove(key) != null;
  }

  @Override
  public boolean containsKey(Object key) {
    return entries.containsKey(key);
  }

  @Override
  public Registration registerCacheEntryListener(EntryListener listener) {
    return () -> true;
  }
}
