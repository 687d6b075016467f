package vn.congdoan.membership.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.junit.jupiter.api.Test;

class BoundedCacheTest {

  /** The reason for this class: a loaded branch must outlive the next garbage collection. */
  @Test
  void anEntryOutlivesAGarbageCollectionWhereAWeakCacheLosesIt() {
    Cache bounded = new BoundedCache(10);
    Cache weak = new WeakReferenceCache();
    bounded.put("b1", new StringBuilder("branch b1"));
    weak.put("b1", new StringBuilder("branch b1"));

    for (int i = 0; i < 5 && weak.containsKey("b1"); i++) {
      System.gc();
    }

    assertThat(weak.containsKey("b1")).as("the weak cache, for contrast").isFalse();
    assertThat(bounded.<String, StringBuilder>get("b1")).hasToString("branch b1");
  }

  @Test
  void keepsAtMostItsSizeDroppingTheLeastUsed() {
    Cache cache = new BoundedCache(100, Runnable::run);
    for (int i = 0; i < 1_000; i++) {
      cache.put("b" + i, "branch " + i);
      cache.get("b0"); // kept in use
    }
    long kept = 0;
    for (int i = 0; i < 1_000; i++) {
      kept += cache.containsKey("b" + i) ? 1 : 0;
    }
    assertThat(kept).isLessThanOrEqualTo(100);
    assertThat(cache.containsKey("b0")).isTrue();
  }

  @Test
  void tellsListenersWhatHappenedAndSupportsAxonsCompoundOperations() {
    Cache cache = new BoundedCache(10);
    List<String> heard = new ArrayList<>();
    cache.registerCacheEntryListener(
        new Cache.EntryListenerAdapter() {
          @Override
          public void onEntryCreated(Object key, Object value) {
            heard.add("created " + key);
          }

          @Override
          public void onEntryUpdated(Object key, Object value) {
            heard.add("updated " + key);
          }

          @Override
          public void onEntryRemoved(Object key) {
            heard.add("removed " + key);
          }
        });

    assertThat(cache.putIfAbsent("b1", "v1")).isTrue();
    assertThat(cache.putIfAbsent("b1", "other")).isFalse();
    assertThat(cache.<String>computeIfAbsent("b1", () -> "unused")).isEqualTo("v1");
    assertThat(cache.<String>computeIfAbsent("b2", () -> "v2")).isEqualTo("v2");
    cache.<String>computeIfPresent("b1", v -> v + "+");
    cache.<String>computeIfPresent("b2", v -> null);
    cache.remove("b1");

    assertThat(cache.containsKey("b1")).isFalse();
    assertThat(cache.containsKey("b2")).isFalse();
    assertThat(heard)
        .containsExactly("created b1", "created b2", "updated b1", "removed b2", "removed b1");
  }
}
