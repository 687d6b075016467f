package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.congdoan.it.Platform.Service.MEMBERSHIP;
import static vn.congdoan.it.Platform.Service.REPORTING;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.congdoan.platform.infra.chain.ChainDigester;

/**
 * Someone with write access to membership's database alters a stored payload, deletes an event and
 * reorders two events, straight in MongoDB. Each time the auditor's verification (reporting asking
 * membership over HTTP, then comparing with the digest that went through Kafka) names the spot.
 * Each case puts the documents back afterwards: the platform is shared with the other tests.
 */
class TamperEvidenceIT {
  private static final String BRANCH = "tamper-branch";
  private static final Platform platform = Platform.shared();
  private static MongoClient client;
  private static MongoCollection<Document> events;

  @BeforeAll
  static void recordAndSeal() {
    platform.registerBranch(BRANCH, "Công đoàn Sở Khoa học và Công nghệ", "to-1", "to-2", "to-3");
    client = MongoClients.create(platform.mongo.connectionString());
    events = client.getDatabase("membership").getCollection("domainevents");
    var digester = platform.context(MEMBERSHIP).getBean(ChainDigester.class);
    // the relay moves the heads once Kafka has the events; then a digest seals them
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              digester.digest();
              return verify().at("/publishedCheck").asText().equals("MATCHES") && sealed(BRANCH, 3);
            });
  }

  @AfterAll
  static void close() {
    client.close();
  }

  /** Whether a digest stored so far names the branch's stream at {@code sequence} or later. */
  private static boolean sealed(String aggregate, long sequence) {
    for (Document digest : events.find(Filters.eq("aggregateIdentifier", "chain:membership"))) {
      String payload = digest.getString("serializedPayload");
      if (payload.contains("\"aggregateId\":\"" + aggregate + "\",\"sequence\":" + sequence)) {
        return true;
      }
    }
    return false;
  }

  private static JsonNode verify() {
    var response =
        Http.get(
            platform.url(REPORTING, "/api/audit/verification?service=membership"),
            Platform.token("AUDITOR", null));
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static Document stored(long sequence) {
    return events.find(Filters.eq("_id", BRANCH + ":" + sequence)).first();
  }

  private static void restore(Document... originals) {
    for (Document original : originals) {
      events.deleteOne(Filters.eq("_id", original.get("_id")));
    }
    events.insertMany(List.of(originals));
  }

  private static void assertFirstBrokenLink(JsonNode verification, long sequence, String problem) {
    assertThat(verification.get("intact").asBoolean()).as(verification.toString()).isFalse();
    JsonNode first = verification.at("/store/firstBrokenLink");
    assertThat(first.get("aggregateId").asText()).isEqualTo(BRANCH);
    assertThat(first.get("sequence").asLong()).isEqualTo(sequence);
    assertThat(first.get("problem").asText()).isEqualTo(problem);
  }

  @Test
  void anUntouchedStoreIsIntactAndAgreesWithKafka() {
    JsonNode verification = verify();

    assertThat(verification.get("intact").asBoolean()).as(verification.toString()).isTrue();
    assertThat(verification.at("/store/events").asLong()).isPositive();
    assertThat(verification.at("/store/headsChecked").asLong()).isPositive();
  }

  @Test
  void eachServiceAnswersAuditorsOnlyForItself() {
    for (var service : List.of(MEMBERSHIP, Platform.Service.WELFARE, Platform.Service.FINANCE)) {
      String path = platform.url(service, "/api/audit/verification");
      assertThat(Http.get(path, Platform.token("FEDERATION_STAFF", null)).status()).isEqualTo(403);
      var own = Http.get(path, Platform.token("AUDITOR", null));
      assertThat(own.status()).as(own.body()).isEqualTo(200);
      assertThat(own.json().get("intact").asBoolean()).as(own.body()).isTrue();
    }
  }

  @Test
  void anAlteredPayloadIsFoundAtItsEvent() {
    Document original = stored(2);
    String payload = original.getString("serializedPayload");
    events.updateOne(
        Filters.eq("_id", BRANCH + ":2"),
        Updates.set("serializedPayload", payload.replace("Tổ công đoàn", "Tổ Công đoàn")));
    try {
      assertFirstBrokenLink(verify(), 2, "CONTENT_CHANGED");
      assertThat(verify().at("/store/firstBrokenLink/eventId").asText())
          .isEqualTo(original.getString("eventIdentifier"));
    } finally {
      restore(original);
    }
    assertThat(verify().get("intact").asBoolean()).isTrue();
  }

  @Test
  void aDeletedEventIsFoundAtItsEmptyPosition() {
    Document original = stored(1);
    events.deleteOne(Filters.eq("_id", BRANCH + ":1"));
    try {
      assertFirstBrokenLink(verify(), 1, "EVENT_MISSING");
    } finally {
      restore(original);
    }
  }

  @Test
  void twoReorderedEventsAreFoundAtTheFirstOfThem() {
    Document two = stored(2);
    Document three = stored(3);
    // each takes the other's place; the unique (aggregate, sequence) index forces a detour
    events.deleteOne(Filters.eq("_id", BRANCH + ":2"));
    events.deleteOne(Filters.eq("_id", BRANCH + ":3"));
    events.insertOne(new Document(three).append("_id", BRANCH + ":2").append("sequenceNumber", 2L));
    events.insertOne(new Document(two).append("_id", BRANCH + ":3").append("sequenceNumber", 3L));
    try {
      assertFirstBrokenLink(verify(), 2, "CONTENT_CHANGED");
    } finally {
      restore(two, three);
    }
  }
}
