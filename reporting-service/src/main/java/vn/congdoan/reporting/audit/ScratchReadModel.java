package vn.congdoan.reporting.audit;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import vn.congdoan.platform.api.Topics;
import vn.congdoan.platform.infra.concurrent.DaemonThreads;
import vn.congdoan.reporting.ingest.EnvelopeDecoder;
import vn.congdoan.reporting.ingest.ProjectionApplier;
import vn.congdoan.reporting.ingest.ProjectionMetrics;
import vn.congdoan.reporting.projection.Projection;
import vn.congdoan.reporting.projection.ReportingProjections;
import vn.congdoan.reporting.projection.ReportingStore;

/**
 * A read model of its own database, built by the live projections, for a point-in-time read or a
 * replay. Its metrics go to a registry of its own, so live gauges never count its events; closing
 * it drops the database.
 */
final class ScratchReadModel implements AutoCloseable {
  static final List<String> TOPICS = List.of(Topics.MEMBERSHIP, Topics.WELFARE, Topics.FINANCE);

  final MongoDatabase database;
  final ReportingStore store;
  final List<Projection> projections;
  final ProjectionApplier applier;
  // a second writer: a batch's collections are written two at a time
  private final ExecutorService flushes =
      Executors.newSingleThreadExecutor(DaemonThreads.named("reporting-scratch-flush"));

  /**
   * A read model to be queried as the live one is (a point in time), with every index; {@code
   * withTrail}: also keep the audit trail, as the live read model does.
   */
  ScratchReadModel(
      MongoClient client, String name, EnvelopeDecoder decoder, Clock clock, boolean withTrail) {
    this(client, name, decoder, clock, p -> true, withTrail);
    store.createIndexes();
  }

  /**
   * A read model only built and compared (a replay): only the projections {@code which} picks, and
   * only the indexes their writes need.
   */
  ScratchReadModel(
      MongoClient client,
      String name,
      EnvelopeDecoder decoder,
      Clock clock,
      Predicate<Projection> which,
      boolean withTrail) {
    // rebuilt from Kafka if lost: its writes need not wait for the journal, and a replay's
    // batches forced to disk one by one spent most of the replay waiting on fsync
    database = client.getDatabase(name).withWriteConcern(WriteConcern.W1.withJournal(false));
    store = new ReportingStore(database);
    store.createWriteIndexes();
    projections = ReportingProjections.all(store).stream().filter(which).toList();
    applier =
        new ProjectionApplier(
                decoder,
                new ProjectionMetrics(new SimpleMeterRegistry(), clock, TOPICS),
                projections,
                withTrail ? List.of(new AuditTrail(store.auditEvents())) : List.of())
            .flushingOn(flushes);
  }

  /** Drops the database, also when the thread was interrupted (a shutdown stopping a replay). */
  @Override
  public void close() {
    boolean interrupted = Thread.interrupted();
    flushes.shutdownNow();
    database.drop();
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
