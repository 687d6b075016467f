package vn.congdoan.platform.infra.outbox;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.nin;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import vn.congdoan.platform.infra.config.WriteOrder;

/** The outbox as the relay reads it: the oldest entries, each aggregate's in sequence order. */
final class OutboxQueue {
  static final String QUEUED_AT = "queuedAt";
  static final String AGGREGATE = OutboxStorageStrategy.AGGREGATE;
  static final String SEQUENCE = "sequenceNumber";

  private final MongoCollection<Document> outbox;
  // a removal lost in a crash publishes its entries again, which every consumer absorbs
  private final MongoCollection<Document> removing;

  OutboxQueue(MongoCollection<Document> outbox) {
    this.outbox = outbox;
    this.removing = WriteOrder.repeatedIfLost(outbox);
  }

  /** Up to {@code batchSize} of the oldest entries, with their aggregates' earlier ones. */
  List<Document> oldest(int batchSize) {
    List<Document> queued =
        outbox
            .find()
            .sort(Sorts.ascending(QUEUED_AT, AGGREGATE, SEQUENCE))
            .limit(batchSize)
            .into(new ArrayList<>());
    if (queued.isEmpty()) {
      return queued;
    }
    queued.addAll(earlierEntriesOfTheSameAggregates(queued));
    // An aggregate's events go out in sequence order, whatever the writers' clocks said.
    queued.sort(
        Comparator.comparing((Document d) -> d.getString(AGGREGATE))
            .thenComparingLong(OutboxStorageStrategy::sequence));
    return queued;
  }

  /**
   * The selection is by queue time; an aggregate's earlier events may have been queued "later" by a
   * writer with a slower clock. They are taken along so that the aggregate never waits behind them.
   */
  private List<Document> earlierEntriesOfTheSameAggregates(List<Document> queued) {
    Map<String, Long> first = new HashMap<>();
    queued.forEach(
        d -> first.merge(d.getString(AGGREGATE), OutboxStorageStrategy.sequence(d), Math::min));
    List<Document> earlier = new ArrayList<>();
    outbox
        .find(
            and(
                in(AGGREGATE, first.keySet()),
                nin("_id", queued.stream().map(d -> d.get("_id")).toList())))
        .forEach(
            d -> {
              if (OutboxStorageStrategy.sequence(d) < first.get(d.getString(AGGREGATE))) {
                earlier.add(d);
              }
            });
    return earlier;
  }

  static boolean waitedLongerThan(Document entry, Duration limit) {
    return entry.getDate(QUEUED_AT).toInstant().isBefore(Instant.now().minus(limit));
  }

  void remove(List<?> ids) {
    if (!ids.isEmpty()) {
      removing.deleteMany(in("_id", ids));
    }
  }

  /** Puts entries back, as they were; one already there stays. */
  void restore(List<Document> entries) {
    if (entries.isEmpty()) {
      return;
    }
    outbox.bulkWrite(
        entries.stream()
            .map(
                e ->
                    new ReplaceOneModel<>(
                        Filters.eq("_id", e.get("_id")), e, new ReplaceOptions().upsert(true)))
            .toList(),
        new BulkWriteOptions().ordered(false));
  }

  long pending() {
    return outbox.countDocuments();
  }

  /** Indexes for real MongoDB; the embedded server keeps only unique ones and scans the rest. */
  void ensureIndexes() {
    outbox.createIndex(Indexes.ascending(QUEUED_AT, AGGREGATE, SEQUENCE));
    outbox.createIndex(Indexes.ascending(AGGREGATE, SEQUENCE));
  }
}
