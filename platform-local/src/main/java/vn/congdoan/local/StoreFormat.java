package vn.congdoan.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * Which layout an H2 store file has, and the one-way upgrade of a file written before documents
 * were kept as BSON ({@link StoreTypes}): every map is copied into a new file with the new types,
 * which then takes the old file's place; the old file is kept beside it.
 */
final class StoreFormat {
  private static final String MAP = "congdoan.format";
  private static final String KEY = "layout";
  static final String CURRENT = "bson-1";

  // How mongo-java-server's H2 backend names the maps of a collection's documents and of its
  // unique indexes; the types of each follow from its name here, and nowhere else.
  private static final String DOCUMENTS = "databases.";
  private static final String UNIQUE_INDEX = "._index_";
  // ours: the entries of a non-unique index (StoredEqualityIndex), default types
  private static final String EQUALITY_INDEX = "._equality_";
  private static final String RUNNING = "running";

  private StoreFormat() {}

  /** Marks a store opened with the current types, so a later start knows what it holds. */
  static void mark(MVStore store) {
    store.<String, String>openMap(MAP).putIfAbsent(KEY, CURRENT);
  }

  /**
   * Marks the store in use until {@link #closed}; true if the run before did not close it (killed,
   * power lost). H2 may then have kept a write half done — a document without its index entries —
   * when it committed while another writer was in the middle of one.
   */
  static boolean openedAfterCrash(MVStore store) {
    boolean crashed = store.<String, String>openMap(MAP).put(RUNNING, "yes") != null;
    store.commit();
    return crashed;
  }

  /** The store is being closed with every write whole. */
  static void closed(MVStore store) {
    store.<String, String>openMap(MAP).remove(RUNNING);
  }

  /** Upgrades {@code file} in place if it holds data in the old layout; true if it did. */
  static boolean upgrade(Path file) {
    if (!Files.exists(file)) {
      return false;
    }
    Path next = file.resolveSibling(file.getFileName() + ".upgrading");
    MVStore old = new MVStore.Builder().fileName(file.toString()).readOnly().open();
    try {
      if (old.hasMap(MAP) && CURRENT.equals(old.<String, String>openMap(MAP).get(KEY))) {
        return false;
      }
      Files.deleteIfExists(next);
      MVStore target = MVStore.open(next.toString());
      try {
        for (String name : old.getMapNames()) {
          copy(old.openMap(name), open(target, name));
        }
        mark(target);
        target.commit();
      } finally {
        target.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      old.close();
    }
    try {
      Files.move(file, file.resolveSibling(file.getFileName() + ".before-" + CURRENT));
      Files.move(next, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return true;
  }

  /** A collection's documents, by its namespace ({@code database.collection}). */
  static MVMap<Object, byte[]> documents(MVStore store, String namespace) {
    return store.openMap(DOCUMENTS + namespace, StoreTypes.encodedDocuments());
  }

  /**
   * Opens a unique index's map with BSON keys. H2Database opens it by name afterwards and gets the
   * map already open, with these types.
   */
  static void openUniqueIndex(MVStore store, String namespace, String indexName) {
    store.openMap(namespace + UNIQUE_INDEX + indexName, StoreTypes.indexKeys());
  }

  /** A non-unique index's entries, by its collection's namespace and the index's name. */
  static MVMap<String, Object> equalityIndex(MVStore store, String namespace, String indexName) {
    return store.openMap(namespace + EQUALITY_INDEX + indexName);
  }

  /** A map of the store opened with the types its name says it holds. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static MVMap<Object, Object> open(MVStore store, String name) {
    if (name.startsWith(DOCUMENTS)) {
      return (MVMap) store.openMap(name, StoreTypes.documents());
    }
    if (name.contains(UNIQUE_INDEX)) {
      return (MVMap) store.openMap(name, StoreTypes.indexKeys());
    }
    return store.openMap(name);
  }

  private static void copy(MVMap<Object, Object> from, MVMap<Object, Object> to) {
    for (var entry : from.entrySet()) {
      to.put(entry.getKey(), entry.getValue());
    }
  }
}
