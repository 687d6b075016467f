package vn.congdoan.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.platform.api.Topics;
import vn.congdoan.reporting.audit.AuditTrail;
import vn.congdoan.reporting.ingest.EnvelopeDecoder;
import vn.congdoan.reporting.ingest.ProjectionApplier;
import vn.congdoan.reporting.ingest.ProjectionMetrics;
import vn.congdoan.reporting.projection.ReportingProjections;
import vn.congdoan.reporting.projection.ReportingStore;

/**
 * A batch waits for the journal once, not once per collection: the audit trail is written without
 * waiting, the projections' journaled writes after it carry it to disk, and a batch no projection
 * reads has its trail written again, journaled. Seen as the driver sends the commands.
 */
class BatchJournalTest {
  /**
   * One write command (update or insert) as sent: its collection and whether it asked to wait for
   * the journal.
   */
  record Sent(String collection, boolean journaled) {}

  private final EventMother events = new EventMother();
  private final List<Sent> sent = new CopyOnWriteArrayList<>();
  private final ExecutorService flushes = Executors.newFixedThreadPool(2);
  private MongoServer server;
  private MongoClient client;
  private ProjectionApplier applier;

  @BeforeEach
  void start() {
    server = new MongoServer(new MemoryBackend());
    var address = server.bind();
    CommandListener listener =
        new CommandListener() {
          @Override
          public void commandStarted(CommandStartedEvent event) {
            BsonDocument command = event.getCommand();
            String name = event.getCommandName();
            if (name.equals("update") || name.equals("insert")) {
              BsonDocument concern = command.getDocument("writeConcern", new BsonDocument());
              boolean unjournaled = concern.containsKey("j") && !concern.getBoolean("j").getValue();
              sent.add(new Sent(command.getString(name).getValue(), !unjournaled));
            }
          }
        };
    client =
        MongoClients.create(
            MongoClientSettings.builder()
                .applyToClusterSettings(
                    c -> c.hosts(List.of(new com.mongodb.ServerAddress(address))))
                .writeConcern(WriteConcern.MAJORITY.withJournal(true))
                .addCommandListener(listener)
                .build());
    var store = new ReportingStore(client.getDatabase("reporting"));
    applier =
        new ProjectionApplier(
                EnvelopeDecoder.forPlatform(),
                new ProjectionMetrics(
                    new SimpleMeterRegistry(),
                    Clock.systemUTC(),
                    List.of(Topics.MEMBERSHIP, Topics.WELFARE, Topics.FINANCE)),
                ReportingProjections.all(store),
                List.of(new AuditTrail(store.auditEvents())))
            .flushingOn(flushes);
  }

  @AfterEach
  void stop() {
    flushes.shutdownNow();
    client.close();
    server.shutdown();
  }

  @Test
  void theTrailGoesFirstWithoutWaitingAndTheProjectionsWaitForTheJournal() {
    applier.apply(
        List.of(
            events.branchRegistered("vp", "Công đoàn Văn phòng"),
            events.memberAdmitted(
                "vp", "m-1", "Nguyễn Thị Hoa", Gender.FEMALE, "to-1", LocalDate.of(2024, 3, 1))));

    assertThat(sent.get(0)).isEqualTo(new Sent(AuditTrail.NAME, false));
    assertThat(sent.subList(1, sent.size()))
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s.journaled()).as(s.collection()).isTrue())
        .noneMatch(s -> s.collection().equals(AuditTrail.NAME));
  }

  @Test
  void aBatchNoProjectionReadsHasItsTrailWrittenAgainJournaled() {
    applier.apply(List.of(events.chainDigested("membership", "ab12")));

    assertThat(sent)
        .containsExactly(new Sent(AuditTrail.NAME, false), new Sent(AuditTrail.NAME, true));
  }
}
