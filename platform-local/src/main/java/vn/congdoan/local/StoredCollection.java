package vn.congdoan.local;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.h2.mvstore.MVMap;

/**
 * A collection of the H2 store whose documents are kept as their BSON bytes, in memory as on disk,
 * and decoded when read. mongo-java-server's collection keeps decoded documents in H2's pages, and
 * H2 writes a page whole whenever one of its documents changes: every commit encoded again each
 * document beside the one written (a third of the time the store spent committing), and every page
 * read from disk decoded all of its documents, most never asked for. The bytes are what the store
 * wrote before ({@link StoreTypes.Encoded}), so files need no upgrade; a document handed out is
 * always a fresh copy, so nothing done to it reaches the store unless it is written back.
 */
class StoredCollection extends H2Collection {
  private final MVMap<Object, byte[]> documents;
  private final CursorRegistry cursors;

  @SuppressWarnings({"unchecked", "rawtypes"})
  StoredCollection(
      MongoDatabase database,
      String name,
      CollectionOptions options,
      MVMap<Object, byte[]> documents,
      MVMap<String, Object> meta,
      CursorRegistry cursors) {
    // H2Collection reads its own map only in the methods overridden below
    super(database, name, options, (MVMap) documents, meta, cursors);
    this.documents = documents;
    this.cursors = cursors;
  }

  @Override
  protected Object addDocumentInternal(Document document) {
    Object key =
        getIdField() != null
            ? Utils.getSubdocumentValue(document, getIdField())
            : UUID.randomUUID();
    if (documents.putIfAbsent(Missing.ofNullable(key), StoreTypes.encode(document)) != null) {
      throw new IllegalStateException("Document with key '" + key + "' already in " + this);
    }
    return key;
  }

  @Override
  protected void handleUpdate(Object position, Document oldDocument, Document newDocument) {
    documents.put(Missing.ofNullable(position), StoreTypes.encode(newDocument));
  }

  @Override
  protected void removeDocument(Object position) {
    if (documents.remove(position) == null) {
      throw new NoSuchElementException("No document with key " + position);
    }
  }

  @Override
  protected Document getDocument(Object position) {
    byte[] bson = documents.get(position);
    return bson == null ? null : StoreTypes.decode(bson);
  }

  @Override
  public int count() {
    return documents.size();
  }

  @Override
  public boolean isEmpty() {
    return documents.isEmpty();
  }

  @Override
  protected Stream<DocumentWithPosition<Object>> streamAllDocumentsWithPosition() {
    return documents.entrySet().stream()
        .map(e -> new DocumentWithPosition<>(StoreTypes.decode(e.getValue()), e.getKey()));
  }

  // read as it goes, where mongo-java-server collected the collection into a list first (a count
  // of the audit trail held 345,000 documents on the heap at once)
  @Override
  public Stream<Document> queryAllAsStream() {
    return AggregateMatch.documents(this, this::decodedAll);
  }

  /** Every document, each decoded when the stream reaches it. */
  private Stream<Document> decodedAll() {
    return documents.values().stream().map(StoreTypes::decode);
  }

  /**
   * The documents {@code query} selects, each read and decoded only when the stream reaches it: the
   * start of an aggregation with a leading {@code $match} ({@link AggregateMatch}). Answered as a
   * find, they were collected in one list first: a province-wide summary grouping the year's
   * ~500,000 member segments held them all decoded at once, and the store ran out of its 1 GB heap.
   */
  Stream<Document> streamMatching(Document query) {
    Iterable<Object> positions = IndexedLookups.positions(getIndexes(), query);
    Stream<Document> candidates =
        positions == null
            ? decodedAll()
            : StreamSupport.stream(positions.spliterator(), false)
                .map(this::getDocument)
                .filter(Objects::nonNull);
    return candidates.filter(d -> documentMatchesQuery(d, query));
  }

  @Override
  protected QueryResult matchDocuments(
      Document query, Document orderBy, int skip, int limit, int batch, Document fields) {
    if (KeyRangeCursor.serves(orderBy, skip, limit, batch, fields)) {
      return KeyRangeCursor.query(
          cursors, documents, d -> documentMatchesQuery(d, query), limit, batch);
    }
    Stream<Document> all =
        isNaturalDescending(orderBy)
            ? streamAllDocumentsWithPosition()
                .sorted((a, b) -> ValueComparator.desc().compare(a.getPosition(), b.getPosition()))
                .map(DocumentWithPosition::getDocument)
            : decodedAll();
    return matchDocumentsFromStream(all, query, orderBy, skip, limit, batch, fields);
  }

  @Override
  protected QueryResult queryDocuments(
      Document query, Document orderBy, int skip, int limit, int batch, Document fields) {
    return IndexedLookups.query(
        getIndexes(),
        query,
        (q, positions) -> matchDocuments(q, positions, orderBy, skip, limit, batch, fields),
        () -> super.queryDocuments(query, orderBy, skip, limit, batch, fields));
  }
}
