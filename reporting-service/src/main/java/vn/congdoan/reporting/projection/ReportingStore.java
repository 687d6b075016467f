package vn.congdoan.reporting.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.bson.Document;

/** The read model's collections in the {@code reporting} database, and the indexes they need. */
public class ReportingStore {
  public static final String BRANCHES = "branches";
  public static final String MEMBER_SEGMENTS = "member_segments";
  public static final String WELFARE_GRANTS = "welfare_grants";
  public static final String CAMPAIGNS = "campaigns";
  public static final String CONTRIBUTIONS = "contributions";
  public static final String FINANCE_ENTRIES = "finance_entries";
  public static final String BUDGETS = "budgets";
  public static final String ACTIVITIES = "activities";
  public static final String AWARDS = "awards";
  public static final String ACHIEVEMENTS = "achievements";
  public static final String RATINGS = "ratings";
  public static final String COMPLAINTS = "complaints";
  public static final String INSPECTIONS = "inspections";
  public static final String NARRATIVES = "narratives";
  public static final String AUDIT_EVENTS = "audit_events";

  /**
   * The field in which every document of one branch names it, in each collection above: the
   * projections write it, the queries select, group and page by it.
   */
  public static final String BRANCH_ID = "branchId";

  /** {@link #BRANCH_ID} as an aggregation expression refers to it. */
  public static final String BRANCH_ID_PATH = "$" + BRANCH_ID;

  private final MongoDatabase database;

  public ReportingStore(MongoDatabase database) {
    this.database = database;
  }

  public MongoCollection<Document> branches() {
    return database.getCollection(BRANCHES);
  }

  /** A member's stretches in one group of one branch: see {@link MemberSegmentProjection}. */
  public MongoCollection<Document> memberSegments() {
    return database.getCollection(MEMBER_SEGMENTS);
  }

  public MongoCollection<Document> welfareGrants() {
    return database.getCollection(WELFARE_GRANTS);
  }

  /** Donation campaigns: see {@link CampaignProjections}. */
  public MongoCollection<Document> campaigns() {
    return database.getCollection(CAMPAIGNS);
  }

  public MongoCollection<Document> contributions() {
    return database.getCollection(CONTRIBUTIONS);
  }

  public MongoCollection<Document> financeEntries() {
    return database.getCollection(FINANCE_ENTRIES);
  }

  /** Budget estimates and their approval: see {@link BudgetProjection}. */
  public MongoCollection<Document> budgets() {
    return database.getCollection(BUDGETS);
  }

  public MongoCollection<Document> activities() {
    return database.getCollection(ACTIVITIES);
  }

  public MongoCollection<Document> awards() {
    return database.getCollection(AWARDS);
  }

  public MongoCollection<Document> achievements() {
    return database.getCollection(ACHIEVEMENTS);
  }

  public MongoCollection<Document> ratings() {
    return database.getCollection(RATINGS);
  }

  public MongoCollection<Document> complaints() {
    return database.getCollection(COMPLAINTS);
  }

  public MongoCollection<Document> inspections() {
    return database.getCollection(INSPECTIONS);
  }

  public MongoCollection<Document> narratives() {
    return database.getCollection(NARRATIVES);
  }

  /** Every event of every service, as delivered: see {@code audit.AuditTrail}. */
  public MongoCollection<Document> auditEvents() {
    return database.getCollection(AUDIT_EVENTS);
  }

  /**
   * Every year summary starts with "this branch, up to or within this year"; closing a member's
   * segment looks for the open one of that member in that branch.
   */
  public void createIndexes() {
    createWriteIndexes();
    memberSegments().createIndex(Indexes.ascending(BRANCH_ID, SegmentFields.FROM));
    welfareGrants().createIndex(Indexes.ascending(BRANCH_ID, GrantFields.GRANTED_ON));
    contributions().createIndex(Indexes.ascending(BRANCH_ID, CampaignFields.RECEIVED_ON));
    financeEntries().createIndex(Indexes.ascending(BRANCH_ID, LedgerFields.ON));
    // A year's grants whose reversal a later year booked as their correction (GrantCorrections).
    financeEntries().createIndex(Indexes.ascending(LedgerFields.CORRECTS_YEAR));
    // The estimates of a year still waiting for the upper union's approval.
    budgets().createIndex(Indexes.ascending(BudgetFields.YEAR, BudgetFields.APPROVED_ON));
    activities().createIndex(Indexes.ascending(BRANCH_ID, RecordFields.HELD_ON));
    awards().createIndex(Indexes.ascending(BRANCH_ID, RecordFields.YEAR));
    achievements().createIndex(Indexes.ascending(BRANCH_ID, RecordFields.YEAR));
    ratings().createIndex(Indexes.ascending(BRANCH_ID, ReviewFields.YEAR));
    complaints().createIndex(Indexes.ascending(BRANCH_ID, RecordFields.RECEIVED_ON));
    complaints().createIndex(Indexes.ascending(BRANCH_ID, RecordFields.RESOLVED_ON));
    inspections().createIndex(Indexes.ascending(BRANCH_ID, RecordFields.HELD_ON));
    // The audit history pages by (timestamp, _id) within whichever filter is given.
    auditEvents().createIndex(Indexes.ascending(TrailFields.TIMESTAMP, "_id"));
    auditEvents().createIndex(Indexes.ascending(BRANCH_ID, TrailFields.TIMESTAMP, "_id"));
    auditEvents().createIndex(Indexes.ascending(TrailFields.AGGREGATE_ID, TrailFields.SEQUENCE));
    auditEvents().createIndex(Indexes.ascending(TrailFields.TYPE, TrailFields.TIMESTAMP, "_id"));
  }

  /**
   * Only the indexes the projections' own writes look documents up by (besides {@code _id}): what a
   * read model that is built and compared but never queried needs (a replay's). Each index is one
   * more write per document; the audit trail alone has four.
   */
  public void createWriteIndexes() {
    memberSegments()
        .createIndex(Indexes.ascending(BRANCH_ID, SegmentFields.MEMBER_ID, SegmentFields.OPEN_SEQ));
  }
}
