package vn.congdoan.local;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.h2.mvstore.MVStore;

/**
 * The in-memory and H2 backends, with {@link IndexedLookups} in their collections' queries and an
 * {@link EqualityIndex} for each index that is not unique.
 */
final class IndexedBackends {
  private IndexedBackends() {}

  /**
   * A command as both backends answer it: an aggregate's leading match served by the indexes
   * ({@link AggregateMatch}), an insert's count as MongoDB gives it ({@link InsertCount}).
   */
  private static Document served(
      String databaseName, String command, Document query, Supplier<Document> server) {
    return InsertCount.corrected(
        command, query, AggregateMatch.around(databaseName, command, query, server));
  }

  static MongoBackend memory() {
    return new MemoryBackend() {
      @Override
      public Document handleCommand(
          Channel channel, String databaseName, String command, Document query) {
        return served(
            databaseName,
            command,
            query,
            () -> super.handleCommand(channel, databaseName, command, query));
      }

      @Override
      public MemoryDatabase openOrCreateDatabase(String name) {
        return new MemoryDatabase(name, getCursorRegistry()) {
          @Override
          protected Index<Integer> openOrCreateSecondaryIndex(
              String collection, String indexName, List<IndexKey> keys, boolean sparse) {
            return FieldEqualityIndex.serves(keys)
                ? new EqualityIndex<>(indexName, keys, sparse)
                : super.openOrCreateSecondaryIndex(collection, indexName, keys, sparse);
          }

          @Override
          protected MemoryCollection openOrCreateCollection(
              String collection, CollectionOptions o) {
            return new MemoryCollection(this, collection, o, cursorRegistry) {
              @Override
              public Stream<Document> queryAllAsStream() {
                return AggregateMatch.documents(this, super::queryAllAsStream);
              }

              @Override
              protected QueryResult queryDocuments(
                  Document query,
                  Document orderBy,
                  int skip,
                  int limit,
                  int batch,
                  Document fields) {
                return IndexedLookups.query(
                    getIndexes(),
                    query,
                    (q, positions) ->
                        matchDocuments(q, positions, orderBy, skip, limit, batch, fields),
                    () -> super.queryDocuments(query, orderBy, skip, limit, batch, fields));
              }
            };
          }
        };
      }
    };
  }

  /**
   * Whether a command is answered only once what it wrote is on disk: every write, unless it asked
   * not to wait for the journal ({@code writeConcern: {j: false}}), as MongoDB answers such a write
   * once applied. A replay's scratch database writes so: it is rebuilt from Kafka if lost, and
   * forcing each of its batches to disk made a replay wait on fsync most of its time. Such a write
   * reaches the disk with the next commit, a background one within a second or a durable write's.
   */
  static boolean answeredOnDisk(String command, Document query) {
    if (!WRITES.contains(command.toLowerCase(Locale.ROOT))) {
      return false;
    }
    return !(query.get("writeConcern") instanceof Document concern
        && Boolean.FALSE.equals(concern.get("j")));
  }

  /** Commands that change data. */
  private static final Set<String> WRITES =
      Set.of(
          "insert",
          "update",
          "delete",
          "findandmodify",
          "create",
          "createindexes",
          "drop",
          "dropindexes",
          "dropdatabase",
          "renamecollection",
          "committransaction");

  private static final int CACHE_MB = 64;

  static MongoBackend h2(String fileName) {
    StoreFormat.upgrade(java.nio.file.Path.of(fileName));
    // H2's page cache at 64 MB instead of its 16: with documents kept as bytes (StoredCollection)
    // it holds four times the pages it did; the bench's store-only rate rose from ~700 to ~1,070
    // admissions/s with both changes, and page reads from disk fell (13% of the store's CPU at 16).
    MVStore store = KeptBufferFileStore.open(fileName, CACHE_MB);
    // H2 keeps chunks it no longer needs for 45 s by default, in case the disk has not yet written
    // what replaced them; every commit here is forced to disk first (GroupCommit), so 2 s is ample.
    // With the default, a second of group commits under load left ~10 MB of dead chunks held back,
    // and the file grew by gigabytes in minutes.
    store.setRetentionTime(2_000);
    StoreFormat.mark(store);
    // non-unique indexes written half way when the last run died are built again from the documents
    boolean rebuild = StoreFormat.openedAfterCrash(store);
    Set<String> rebuilt = ConcurrentHashMap.newKeySet();
    GroupCommit commits = new GroupCommit(store);
    return new H2Backend(store) {
      @Override
      public Document handleCommand(
          Channel channel, String databaseName, String command, Document query) {
        // Pages a command is reading stay on disk until it ends: with chunks kept only 2 s (below),
        // an aggregation over a whole collection read pages already overwritten ("Chunk not
        // found").
        MVStore.TxCounter reading = store.registerVersionUsage();
        try {
          return served(
              databaseName,
              command,
              query,
              () -> super.handleCommand(channel, databaseName, command, query));
        } finally {
          store.deregisterVersionUsage(reading);
          // A refused write may still have written part of its batch: that part is made durable
          // too, so what the client reads back after a crash is what it read back before.
          if (answeredOnDisk(command, query)) {
            commits.awaitDurable();
          }
        }
      }

      @Override
      public void close() {
        commits.close();
        StoreFormat.closed(store);
        super.close();
      }

      @Override
      protected MongoDatabase openOrCreateDatabase(String name) {
        return new H2Database(name, store, getCursorRegistry()) {
          @Override
          protected Index<Object> openOrCreateSecondaryIndex(
              String collection, String indexName, List<IndexKey> keys, boolean sparse) {
            if (!FieldEqualityIndex.serves(keys)) {
              return super.openOrCreateSecondaryIndex(collection, indexName, keys, sparse);
            }
            var entries =
                StoreFormat.equalityIndex(store, getFullCollectionNamespace(collection), indexName);
            if (rebuild && rebuilt.add(entries.getName())) {
              entries.clear(); // empty, the server fills it from the documents
            }
            return new StoredEqualityIndex(indexName, keys, sparse, store, entries);
          }

          @Override
          protected Index<Object> openOrCreateUniqueIndex(
              String collection, String indexName, List<IndexKey> keys, boolean sparse) {
            StoreFormat.openUniqueIndex(store, getFullCollectionNamespace(collection), indexName);
            return super.openOrCreateUniqueIndex(collection, indexName, keys, sparse);
          }

          // Called from H2Database's constructor: only captured locals may be used here.
          @Override
          protected MongoCollection<Object> openOrCreateCollection(
              String collection, CollectionOptions o) {
            String full = getFullCollectionNamespace(collection);
            return new StoredCollection(
                this,
                collection,
                o,
                StoreFormat.documents(store, full),
                store.openMap("meta." + full),
                cursorRegistry);
          }
        };
      }
    };
  }
}
