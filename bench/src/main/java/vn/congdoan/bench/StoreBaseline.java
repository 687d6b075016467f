package vn.congdoan.bench;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bson.Document;

/**
 * What the store alone sustains: the documents of each admission inserted through the driver into a
 * scratch database of the same store, by as many clients and for as long as the HTTP phases. The
 * pipeline's rate is printed as a share of it, so a run says how much the services add on top.
 */
final class StoreBaseline {
  /**
   * The driver logs through java.util.logging here, and a store that is not up would fill the
   * screen with connection stack traces; held in a field, as the logging system keeps only a weak
   * reference and would forget the level.
   */
  private static final Logger DRIVER_LOG = Logger.getLogger("org.mongodb.driver");

  /** How long a store that is not there may hold up the run before the baseline is skipped. */
  private static final int FIND_STORE_SECONDS = 3;

  /** A successful write, in the terms WriteLoad counts. */
  private static final PlatformClient.Response STORED = new PlatformClient.Response(200, "");

  private StoreBaseline() {}

  static Report.Baseline run(Options options, String runId) throws InterruptedException {
    DRIVER_LOG.setLevel(Level.SEVERE);
    String name = "bench-baseline-" + runId;
    MongoClientSettings settings = settings(options.mongo());
    try (MongoClient client = MongoClients.create(settings)) {
      try {
        client.getDatabase("admin").runCommand(new Document("ping", 1));
      } catch (MongoException e) {
        return Report.Baseline.skipped("store not reachable at " + options.mongo() + ": " + why(e));
      }
      System.out.printf(
          "store-only baseline: warming up %s, then measuring %s with %d clients into %s...%n",
          Phase.text(options.warmup()), Phase.text(options.duration()), options.clients(), name);
      MongoDatabase db = client.getDatabase(name);
      WriteLoad.Result result;
      String dropped;
      try {
        indexes(db);
        result = measure(db, options, runId);
      } catch (MongoException e) {
        return Report.Baseline.skipped("the store refused the setup: " + clip(e.getMessage()));
      } finally {
        dropped = drop(db);
      }
      return new Report.Baseline(
          result.writesPerSecond(),
          AdmissionDocuments.COLLECTIONS.size(),
          detail(result, settings.getWriteConcern(), options.clients()) + "; " + dropped,
          null);
    }
  }

  /** The services' write concern unless the connection string names one, as theirs would. */
  private static MongoClientSettings settings(String uri) {
    return MongoClientSettings.builder()
        .writeConcern(WriteConcern.MAJORITY.withJournal(true))
        .applyToClusterSettings(c -> c.serverSelectionTimeout(FIND_STORE_SECONDS, TimeUnit.SECONDS))
        .applyToSocketSettings(
            s ->
                s.connectTimeout(FIND_STORE_SECONDS, TimeUnit.SECONDS)
                    .readTimeout(60, TimeUnit.SECONDS))
        .applyConnectionString(new ConnectionString(uri))
        .build();
  }

  /**
   * The indexes the real collections have: each insert maintains them there too. The events have
   * only their {@code _id} (their position), as the services' event stores.
   */
  private static void indexes(MongoDatabase db) {
    MongoCollection<Document> outbox = db.getCollection("outbox");
    outbox.createIndex(Indexes.ascending("queuedAt", "aggregateIdentifier", "sequenceNumber"));
    outbox.createIndex(Indexes.ascending("aggregateIdentifier", "sequenceNumber"));
  }

  private static WriteLoad.Result measure(MongoDatabase db, Options options, String runId)
      throws InterruptedException {
    // As the services write them: the claim, the key and the outbox entry answered once applied,
    // the events' journaled insert making all four durable (platform-infra's WriteOrder).
    List<MongoCollection<Document>> collections = new ArrayList<>();
    int last = AdmissionDocuments.COLLECTIONS.size() - 1;
    for (int i = 0; i <= last; i++) {
      MongoCollection<Document> c = db.getCollection(AdmissionDocuments.COLLECTIONS.get(i));
      collections.add(i < last ? c.withWriteConcern(c.getWriteConcern().withJournal(false)) : c);
    }
    var documents = new AdmissionDocuments(runId, options.clients());
    return new WriteLoad(options.clients(), options.warmup(), options.duration())
        .run(
            (client, seq) -> {
              List<Document> admission = documents.next(client, seq);
              // one acknowledged insert after the other, as the admission waits for each
              for (int i = 0; i < collections.size(); i++) {
                collections.get(i).insertOne(admission.get(i));
              }
              return STORED;
            },
            () -> {});
  }

  private static String detail(WriteLoad.Result r, WriteConcern concern, int clients) {
    Report.Latency latency = Report.Latency.of(r.latencyMicros());
    var text =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%d inserts per admission (%s), each acknowledged before the next (w=%s, j=%s"
                    + " for the last, j=false before it); %d clients, measured %.1f s, %d"
                    + " admissions",
                AdmissionDocuments.COLLECTIONS.size(),
                String.join(", ", AdmissionDocuments.COLLECTIONS),
                concern.getWObject() == null ? "default" : concern.getWObject(),
                concern.getJournal() == null ? "default" : concern.getJournal(),
                clients,
                r.windowNanos() / 1e9,
                r.writes()));
    if (latency != null) {
      text.append(
          String.format(
              Locale.ROOT,
              ", p50 / p99 %.1f / %.1f ms each",
              latency.p50Millis(),
              latency.p99Millis()));
    }
    long failed = r.errors().values().stream().mapToLong(Long::longValue).sum();
    if (failed > 0) {
      Map.Entry<String, String> first = r.errorSamples().entrySet().iterator().next();
      text.append(
          "; %d admissions failed (first %s: %s)"
              .formatted(failed, first.getKey(), clip(first.getValue())));
    }
    return text.toString();
  }

  private static String drop(MongoDatabase db) {
    try {
      db.drop();
      return "scratch database " + db.getName() + " dropped";
    } catch (MongoException e) {
      return "scratch database " + db.getName() + " NOT dropped: " + clip(e.getMessage());
    }
  }

  /** The driver's timeout message describes the whole cluster; its root cause is what matters. */
  private static String why(MongoException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    if (!(e instanceof MongoTimeoutException)) {
      return clip(message);
    }
    String why = "no answer within " + FIND_STORE_SECONDS + " s";
    int cause = message.lastIndexOf("caused by {");
    int end = message.indexOf('}', cause);
    return cause < 0 || end < 0
        ? why
        : why + " (" + message.substring(cause + "caused by {".length(), end) + ")";
  }

  private static String clip(String message) {
    String line = message == null ? "" : message.replaceAll("\\s+", " ").trim();
    return line.length() > 240 ? line.substring(0, 240) + "…" : line;
  }
}
