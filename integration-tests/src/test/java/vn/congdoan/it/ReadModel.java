package vn.congdoan.it;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import vn.congdoan.local.LocalMongo;
import vn.congdoan.membership.api.BranchRegisteredEvent;
import vn.congdoan.membership.api.Sector;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.Topics;
import vn.congdoan.reporting.ingest.Delivery;
import vn.congdoan.reporting.ingest.EnvelopeDecoder;
import vn.congdoan.reporting.ingest.ProjectionApplier;
import vn.congdoan.reporting.ingest.ProjectionMetrics;
import vn.congdoan.reporting.projection.ReportingProjections;
import vn.congdoan.reporting.projection.ReportingStore;
import vn.congdoan.reporting.query.YearSummaryQuery;

/**
 * Reporting's real projections and year summaries on a database of their own, fed events by hand
 * rather than from Kafka, in batches as the consumer applies them.
 */
final class ReadModel implements AutoCloseable {
  private final MongoClient client;
  private final ReportingStore store;
  private final ProjectionApplier applier;

  ReadModel(LocalMongo mongo, String database) {
    client = MongoClients.create(mongo.connectionString());
    store = new ReportingStore(client.getDatabase(database));
    store.createIndexes();
    applier =
        new ProjectionApplier(
            EnvelopeDecoder.forPlatform(),
            new ProjectionMetrics(
                new SimpleMeterRegistry(),
                Clock.systemUTC(),
                List.of(Topics.MEMBERSHIP, Topics.WELFARE, Topics.FINANCE)),
            ReportingProjections.all(store));
  }

  void registerBranch(String branchId) {
    apply(
        List.of(
            Envelopes.delivery(
                Topics.MEMBERSHIP,
                "Branch",
                branchId,
                0,
                new BranchRegisteredEvent(
                    new BranchId(branchId),
                    "Công đoàn cơ sở " + branchId,
                    "Công đoàn Viên chức tỉnh",
                    Sector.STATE_AGENCY))));
  }

  void apply(List<Delivery> all) {
    for (int from = 0; from < all.size(); from += 500) {
      applier.apply(all.subList(from, Math.min(all.size(), from + 500)));
    }
  }

  /** The summaries as asked on {@code today}, in the unions' time zone. */
  YearSummaryQuery summaries(LocalDate today) {
    ZoneId vietnam = ZoneId.of("Asia/Ho_Chi_Minh");
    return new YearSummaryQuery(
        store, Clock.fixed(today.atStartOfDay(vietnam).toInstant(), vietnam));
  }

  @Override
  public void close() {
    client.close();
  }
}
