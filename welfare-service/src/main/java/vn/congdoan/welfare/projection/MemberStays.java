package vn.congdoan.welfare.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.bson.Document;

/**
 * {@code member_stays}: one document per member and branch, {@code _id = branchId:memberId}, with
 * the periods the member belonged to the branch and the branch-stream sequence it reflects ({@code
 * seq}). Dates are ISO strings, so they compare in the store as they do on the calendar.
 */
public class MemberStays {
  public static final String COLLECTION = "member_stays";

  private final MongoCollection<Document> collection;

  public MemberStays(MongoDatabase database) {
    this.collection = database.getCollection(COLLECTION);
  }

  static String id(String branchId, String memberId) {
    return branchId + ':' + memberId;
  }

  MongoCollection<Document> collection() {
    return collection;
  }

  /** A branch's members are found, and listed in order, without reading the whole province. */
  public void createIndexes() {
    collection.createIndex(Indexes.ascending("branchId", "memberId"));
  }
}
