package vn.congdoan.reporting.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.bson.Document;

/** The read model's collections in the {@code reporting} database, and the indexes reads need. */
public class ReportingStore {
  public static final String BRANCHES = "branches";
  public static final String MEMBERS = "members";
  public static final String WELFARE_GRANTS = "welfare_grants";
  public static final String FINANCE_ENTRIES = "finance_entries";

  private final MongoDatabase database;

  public ReportingStore(MongoDatabase database) {
    this.database = database;
  }

  public MongoCollection<Document> branches() {
    return database.getCollection(BRANCHES);
  }

  public MongoCollection<Document> members() {
    return database.getCollection(MEMBERS);
  }

  public MongoCollection<Document> welfareGrants() {
    return database.getCollection(WELFARE_GRANTS);
  }

  public MongoCollection<Document> financeEntries() {
    return database.getCollection(FINANCE_ENTRIES);
  }

  /** Every year summary starts with "this branch, up to or within this year". */
  public void createIndexes() {
    members().createIndex(Indexes.ascending("branchId", "joinedOn"));
    welfareGrants().createIndex(Indexes.ascending("branchId", "grantedOn"));
    financeEntries().createIndex(Indexes.ascending("branchId", "on"));
  }
}
