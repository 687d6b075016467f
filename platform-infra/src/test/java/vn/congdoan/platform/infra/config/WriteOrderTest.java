package vn.congdoan.platform.infra.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A write carried to disk by a later one, or repeated if lost, waits for the majority only. */
class WriteOrderTest {
  // never connects: a collection's concern is settled on the client side
  private final MongoClient client =
      MongoClients.create("mongodb://127.0.0.1:1/?connectTimeoutMS=1");
  private final MongoCollection<Document> outbox =
      client
          .getDatabase("membership")
          .getCollection("outbox")
          .withWriteConcern(WriteConcern.MAJORITY.withJournal(true));

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void keepsTheMajorityAndLeavesTheJournalToTheEvents() {
    var leading = WriteOrder.durableWithTheEvents(outbox);

    assertThat(leading.getWriteConcern()).isEqualTo(WriteConcern.MAJORITY.withJournal(false));
    assertThat(leading.getNamespace()).isEqualTo(outbox.getNamespace());
    assertThat(outbox.getWriteConcern().getJournal()).as("the original is unchanged").isTrue();
    assertThat(leading.getDocumentClass()).isEqualTo(Document.class);
  }

  @Test
  void aWriteRepeatedIfLostLeavesTheJournalAndIsToldApartFromAJournaledOne() {
    var removing = WriteOrder.repeatedIfLost(outbox);

    assertThat(removing.getWriteConcern()).isEqualTo(WriteConcern.MAJORITY.withJournal(false));
    assertThat(WriteOrder.journaled(removing)).isFalse();
    assertThat(WriteOrder.journaled(outbox)).isTrue();
    assertThat(WriteOrder.journaled(outbox.withWriteConcern(WriteConcern.ACKNOWLEDGED)))
        .as("the platform's journal unless told otherwise")
        .isTrue();
  }
}
