package vn.congdoan.platform.infra.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** A write the events carry to disk waits for the majority, not for its own journal trip. */
class WriteOrderTest {
  @Test
  void keepsTheMajorityAndLeavesTheJournalToTheEvents() {
    try (var client = MongoClients.create("mongodb://127.0.0.1:1/?connectTimeoutMS=1")) {
      var outbox =
          client
              .getDatabase("membership")
              .getCollection("outbox")
              .withWriteConcern(WriteConcern.MAJORITY.withJournal(true));

      var leading = WriteOrder.durableWithTheEvents(outbox);

      assertThat(leading.getWriteConcern()).isEqualTo(WriteConcern.MAJORITY.withJournal(false));
      assertThat(leading.getNamespace()).isEqualTo(outbox.getNamespace());
      assertThat(outbox.getWriteConcern().getJournal()).as("the original is unchanged").isTrue();
      assertThat(leading.getDocumentClass()).isEqualTo(Document.class);
    }
  }

  @Test
  void aWriteRepeatedIfLostLeavesTheJournalAndIsToldApartFromAJournaledOne() {
    try (var client = MongoClients.create("mongodb://127.0.0.1:1/?connectTimeoutMS=1")) {
      var outbox =
          client
              .getDatabase("membership")
              .getCollection("outbox")
              .withWriteConcern(WriteConcern.MAJORITY.withJournal(true));

      var removing = WriteOrder.repeatedIfLost(outbox);

      assertThat(removing.getWriteConcern()).isEqualTo(WriteConcern.MAJORITY.withJournal(false));
      assertThat(WriteOrder.journaled(removing)).isFalse();
      assertThat(WriteOrder.journaled(outbox)).isTrue();
      assertThat(WriteOrder.journaled(outbox.withWriteConcern(WriteConcern.ACKNOWLEDGED)))
          .as("the platform's journal unless told otherwise")
          .isTrue();
    }
  }
}
