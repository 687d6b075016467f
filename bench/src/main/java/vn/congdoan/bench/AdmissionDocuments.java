package vn.congdoan.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * The documents one admission makes membership-service store, shaped like the real ones (fields, id
 * forms, sizes), for the store-only baseline. In the order the real path writes them: the member
 * id's claim (MemberIdRegistry), the member's wrapped key (MemberKeys), then the outbox entry and
 * the event itself (OutboxStorageStrategy, which stores the entry first).
 */
final class AdmissionDocuments {
  /** The collections of membership's database, one document each per admission. */
  static final List<String> COLLECTIONS =
      List.of("memberIds", "memberKeys", "outbox", "domainevents");

  private static final String GENESIS = "0".repeat(64);
  private static final String SCHEME = "AES-256-GCM/1";

  /** AES-GCM adds a 12-byte nonce and a 16-byte tag to what it seals. */
  private static final int GCM_OVERHEAD = 12 + 16;

  private final String runId;

  /** Per client, the hash of its stream's last event: each event links to the one before. */
  private final String[] lastHash;

  AdmissionDocuments(String runId, int clients) {
    this.runId = runId;
    this.lastHash = new String[clients];
  }

  /** Client {@code client}'s admission number {@code seq}: one document per collection. */
  List<Document> next(int client, long seq) {
    String memberId = UUID.randomUUID().toString();
    // a stream per client, named like the bench's branches: the event store's keys stay as long
    String branch = "bench-" + runId + "-" + (client + 1);
    String eventId = UUID.randomUUID().toString();
    String position = branch + ":" + seq;
    String previous = seq == 0 || lastHash[client] == null ? GENESIS : lastHash[client];
    String hash = randomHex(32);
    lastHash[client] = hash;

    var claim = new Document("_id", memberId).append("branchId", branch);
    var key =
        new Document("_id", memberId)
            .append("wrapping", SCHEME)
            .append("key", new Binary(randomBytes(GCM_OVERHEAD + 32)))
            .append("createdAt", new Date());
    var event =
        new Document("aggregateIdentifier", branch)
            .append("type", "Branch")
            .append("sequenceNumber", seq)
            .append("serializedPayload", payload(memberId, branch, client, seq))
            .append("timestamp", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString())
            .append("payloadType", "membership.MemberAdmitted")
            .append("payloadRevision", "1")
            .append("serializedMetaData", metadata(branch))
            .append("eventIdentifier", eventId)
            .append("_id", position)
            .append("previousHash", previous)
            .append("hash", hash);
    var entry =
        new Document("_id", eventId)
            .append("event", position)
            .append("aggregateIdentifier", branch)
            .append("sequenceNumber", seq)
            .append("queuedAt", new Date());
    return List.of(claim, key, entry, event);
  }

  /** MemberAdmittedEvent as the event serializer writes it, the personal data sealed. */
  private static String payload(String memberId, String branch, int client, long seq) {
    boolean male = seq % 2 == 0;
    String personal =
        "{\"fullName\":\"Nguyễn %s %s %d-%d\",\"dateOfBirth\":\"1990-01-01\",\"phone\":null,\"email\":null}"
            .formatted(male ? "Văn" : "Thị", male ? "An" : "Lan", client, seq);
    int sealed = personal.getBytes(StandardCharsets.UTF_8).length + GCM_OVERHEAD;
    return "{\"memberId\":\"%s\",\"branchId\":\"%s\",\"groupId\":\"to-1\",\"personal\":{\"scheme\":\"%s\",\"data\":\"%s\"},\"gender\":\"%s\",\"birthYear\":1990,\"joinedOn\":\"2024-01-02\",\"position\":null,\"honorary\":false}"
        .formatted(
            memberId,
            branch,
            SCHEME,
            Base64.getEncoder().encodeToString(randomBytes(sealed)),
            male ? "MALE" : "FEMALE");
  }

  /** Who, which branch, which request and which command, as every recorded event carries. */
  private static String metadata(String branch) {
    return "{\"causationId\":\"%s\",\"branch\":\"%s\",\"correlationId\":\"%s\",\"user\":\"bench-officer\"}"
        .formatted(UUID.randomUUID(), branch, UUID.randomUUID());
  }

  private static byte[] randomBytes(int n) {
    byte[] bytes = new byte[n];
    ThreadLocalRandom.current().nextBytes(bytes);
    return bytes;
  }

  /** Not the real SHA-256: the service computes that, and this measures the store alone. */
  private static String randomHex(int bytes) {
    return HexFormat.of().formatHex(randomBytes(bytes));
  }
}
