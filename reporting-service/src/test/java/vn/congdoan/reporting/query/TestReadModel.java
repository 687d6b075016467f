package vn.congdoan.reporting.query;

import com.mongodb.client.model.Sorts;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import vn.congdoan.platform.api.Topics;
import vn.congdoan.platform.infra.events.WireNames;

/** The projections of this service on one database of an in-memory server, without Kafka. */
public final class TestReadModel {
  public static final Instant NOW = Instant.parse("2024-06-01T09:00:00Z");

  public final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  public final ReportingStore store;
  public final EnvelopeDecoder decoder = new EnvelopeDecoder(WireNames.scan("vn.congdoan"));
  public final ProjectionMetrics metrics;
  public final ProjectionApplier applier;
  public final YearSummaryQuery summaries;

  public TestReadModel(InMemoryMongo mongo, String database) {
    store = new ReportingStore(mongo.database(database));
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
            List.of(
                new BranchProjection(store),
                new MemberProjection(store),
                new WelfareGrantProjection(store),
                new IncomeProjection(store)));
    summaries = new YearSummaryQuery(store);
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

  /** Every stored document, in a fixed order: what "the same read model" means in tests. */
  public List<Document> contents() {
    List<Document> all = new ArrayList<>();
    for (var collection :
        List.of(store.branches(), store.members(), store.welfareGrants(), store.financeEntries())) {
      collection.find().sort(Sorts.ascending("_id")).into(all);
    }
    return all;
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
