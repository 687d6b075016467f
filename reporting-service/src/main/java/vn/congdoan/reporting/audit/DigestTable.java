package vn.congdoan.reporting.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * Event id → digest, for every event of a replay: 24 bytes an event in three arrays when the id is
 * a UUID in its usual lower-case form (every id the services give), a map entry otherwise. A map of
 * strings to boxed longs held four objects an event (~140 bytes): at 345,000 events they were more
 * objects than the rest of reporting's heap, and the collector marked them over and over.
 */
final class DigestTable {
  private static final byte EMPTY = 0;
  private static final byte UNMATCHED = 1;
  private static final byte MATCHED = 2;

  private long[] high = new long[1 << 12];
  private long[] low = new long[high.length];
  private long[] digests = new long[high.length];
  private byte[] state = new byte[high.length];
  private int used;
  private final Map<String, Long> others = new HashMap<>();

  /** Keeps the digest of an id seen for the first time; one seen before keeps its first. */
  void putIfAbsent(String id, LongSupplier digest) {
    UUID uuid = uuidOf(id);
    if (uuid == null) {
      others.computeIfAbsent(id, k -> digest.getAsLong());
      return;
    }
    if (2 * (used + 1) > high.length) {
      grow();
    }
    int slot = slotOf(uuid.getMostSignificantBits(), uuid.getLeastSignificantBits());
    if (state[slot] == EMPTY) {
      high[slot] = uuid.getMostSignificantBits();
      low[slot] = uuid.getLeastSignificantBits();
      digests[slot] = digest.getAsLong();
      state[slot] = UNMATCHED;
      used++;
    }
  }

  int size() {
    return used + others.size();
  }

  /** The digest kept for the id, which is from then on matched; null if none or matched already. */
  Long match(String id) {
    UUID uuid = uuidOf(id);
    if (uuid == null) {
      return others.remove(id);
    }
    int slot = slotOf(uuid.getMostSignificantBits(), uuid.getLeastSignificantBits());
    if (state[slot] != UNMATCHED) {
      return null;
    }
    state[slot] = MATCHED;
    return digests[slot];
  }

  /** The ids kept but never matched. */
  List<String> unmatched() {
    List<String> ids = new ArrayList<>(others.keySet());
    for (int i = 0; i < state.length; i++) {
      if (state[i] == UNMATCHED) {
        ids.add(new UUID(high[i], low[i]).toString());
      }
    }
    return ids;
  }

  /** The slot holding the id, or the empty one where it would go (linear probing). */
  private int slotOf(long hi, long lo) {
    int mask = high.length - 1;
    long mixed = (hi ^ lo) * 0x9E3779B97F4A7C15L;
    int slot = (int) (mixed >>> 32) & mask;
    while (state[slot] != EMPTY && (high[slot] != hi || low[slot] != lo)) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    long[] oldHigh = high;
    long[] oldLow = low;
    long[] oldDigests = digests;
    byte[] oldState = state;
    high = new long[oldHigh.length * 2];
    low = new long[high.length];
    digests = new long[high.length];
    state = new byte[high.length];
    for (int i = 0; i < oldState.length; i++) {
      if (oldState[i] != EMPTY) {
        int slot = slotOf(oldHigh[i], oldLow[i]);
        high[slot] = oldHigh[i];
        low[slot] = oldLow[i];
        digests[slot] = oldDigests[i];
        state[slot] = oldState[i];
      }
    }
  }

  /** The UUID when the id is one written as {@link UUID#toString} writes it, else null. */
  static UUID uuidOf(String id) {
    if (id == null || id.length() != 36) {
      return null;
    }
    for (int i = 0; i < 36; i++) {
      char c = id.charAt(i);
      boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
      if (dash ? c != '-' : !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return null;
      }
    }
    return UUID.fromString(id);
  }
}
