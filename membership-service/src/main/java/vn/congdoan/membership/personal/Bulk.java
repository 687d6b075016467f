package vn.congdoan.membership.personal;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;

/** Writing and reading many documents by {@code _id} in few round trips. */
final class Bulk {
  /**
   * mongo-java-server, which the local stack and the integration tests run on, checks every match
   * of an {@code $in} against the whole list: one query for 5,000 ids takes seconds there. Slices
   * of this size take a few hundred milliseconds in all, and cost real MongoDB a few round trips.
   */
  private static final int IN_SLICE = 250;

  private Bulk() {}

  /**
   * Inserts every document it can (unordered, so one duplicate does not stop the rest).
   *
   * @return the {@code _id}s that were already taken
   */
  static Set<String> insertNew(MongoCollection<Document> collection, List<Document> documents) {
    if (documents.isEmpty()) {
      return Set.of();
    }
    try {
      collection.insertMany(documents, new InsertManyOptions().ordered(false));
      return Set.of();
    } catch (MongoBulkWriteException e) {
      if (e.getWriteConcernError() != null) {
        throw e;
      }
      Set<String> taken = new HashSet<>();
      for (BulkWriteError error : e.getWriteErrors()) {
        if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
          throw e;
        }
        taken.add(documents.get(error.getIndex()).getString("_id"));
      }
      return taken;
    }
  }

  /** The documents with these {@code _id}s that exist. */
  static List<Document> find(MongoCollection<Document> collection, Collection<String> ids) {
    List<String> all = List.copyOf(ids);
    List<Document> found = new ArrayList<>(all.size());
    for (int from = 0; from < all.size(); from += IN_SLICE) {
      List<String> slice = all.subList(from, Math.min(all.size(), from + IN_SLICE));
      collection.find(Filters.in("_id", slice)).into(found);
    }
    return found;
  }
}
