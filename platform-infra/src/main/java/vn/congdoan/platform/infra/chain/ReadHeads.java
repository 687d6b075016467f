package vn.congdoan.platform.infra.chain;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * The stored hash of each stream position a unit of work has read, kept in the unit of work (so
 * never beyond the command that read it). A command first loads its aggregate, which reads the
 * stream's last stored event (or, for a cached aggregate, {@code FreshCache} does), then appends
 * after it: the append takes that event's hash from here instead of reading it once more.
 */
final class ReadHeads {
  private static final String RESOURCE = ReadHeads.class.getName();

  private ReadHeads() {}

  static void note(Object position, String hash) {
    if (hash != null && CurrentUnitOfWork.isStarted()) {
      CurrentUnitOfWork.get()
          .root()
          .<Map<Object, String>>getOrComputeResource(RESOURCE, k -> new HashMap<>())
          .put(position, hash);
    }
  }

  /** Position → hash of what this unit of work read; empty outside a unit of work. */
  static Map<Object, String> ofThisUnitOfWork() {
    if (!CurrentUnitOfWork.isStarted()) {
      return Map.of();
    }
    Map<Object, String> read = CurrentUnitOfWork.get().root().getResource(RESOURCE);
    return read == null ? Map.of() : read;
  }
}
