package vn.congdoan.reporting.query;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import vn.congdoan.platform.api.Topics;
import vn.congdoan.reporting.audit.AuditTrail;
import vn.congdoan.reporting.ingest.Delivery;
import vn.congdoan.reporting.ingest.EnvelopeDecoder;
import vn.congdoan.reporting.ingest.ProjectionApplier;
import vn.congdoan.reporting.ingest.ProjectionMetrics;
import vn.congdoan.reporting.projection.ReportingProjections;
import vn.congdoan.reporting.projection.ReportingStore;

/** The projections of this service on one database of an in-memory server, without Kafka. */
public final class TestReadModel {
  /** When the metrics think it is: shortly after the events {@link EventMother} makes. */
  public static final Instant NOW = Instant.parse("2024-06-01T09:00:00Z");

  /** The day year summaries are asked on, unless a test says otherwise: 2024 and 2025 are over. */
  public static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

  public final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  public final ReportingStore store;
  public final EnvelopeDecoder decoder = EnvelopeDecoder.forPlatform();
  public final ProjectionMetrics metrics;
  public final ProjectionApplier applier;
  public final YearSummaryQuery summaries;
  private final MongoDatabase database;

  public TestReadModel(InMemoryMongo mongo, String database) {
    this(mongo, database, TODAY);
  }

  public TestReadModel(InMemoryMongo mongo, String database, LocalDate today) {
    this.database = mongo.database(database);
    store = new ReportingStore(this.database);
    store.createIndexes();
    metrics =
        new ProjectionMetrics(
            registry,
            Clock.fixed(NOW, ZoneOffset.UTC),
            List.of(Topics.MEMBERSHIP, Topics.WELFARE, Topics.FINANCE));
    applier =
        new ProjectionApplier(
            decoder,
            metrics,
            ReportingProjections.all(store),
            List.of(new AuditTrail(store.auditEvents())));
    ZoneId vietnam = ZoneId.of("Asia/Ho_Chi_Minh");
    summaries =
        new YearSummaryQuery(
            store, Clock.fixed(today.atTime(LocalTime.NOON).atZone(vietnam).toInstant(), vietnam));
  }

  public void apply(Delivery... deliveries) {
    applier.apply(List.of(deliveries));
  }

  public void apply(List<Delivery> deliveries) {
    applier.apply(deliveries);
  }

  public YearSummary year(String branchId, int year) {
    return summaries.forBranch(branchId, new ReportYear(year));
  }

  public ProvinceSummary province(int year) {
    return province(year, null);
  }

  ProvinceSummary province(int year, String parentUnion) {
    return summaries.forProvince(new ReportYear(year), parentUnion);
  }

  /**
   * Every stored document of every collection, in a fixed order: what "the same read model" means
   * in tests.
   */
  public List<Document> contents() {
    List<Document> all = new ArrayList<>();
    List<String> names = database.listCollectionNames().into(new ArrayList<>());
    names.stream()
        .sorted()
        .forEach(
            name ->
                database
                    .getCollection(name)
                    .find()
                    .sort(Sorts.ascending("_id"))
                    .map(d -> new Document("collection", name).append("document", d))
                    .into(all));
    return all;
  }

  /** The member segments in the order they were opened. */
  public List<Document> segments() {
    return store
        .memberSegments()
        .find()
        .sort(Sorts.ascending("openSeq", "_id"))
        .into(new ArrayList<>());
  }

  public double count(String counter, String projection) {
    var found = registry.find(counter).tag("projection", projection).counter();
    return found == null ? 0 : found.count();
  }

  public double skipped(String reason) {
    return registry.find(ProjectionMetrics.SKIPPED).tag("reason", reason).counters().stream()
        .mapToDouble(c -> c.count())
        .sum();
  }
}
