package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.it.Platform.Service.MEMBERSHIP;

import com.mongodb.client.MongoClients;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Who may do what, and what bad input gets: a clear 4xx and nothing recorded. */
class SecurityAndInputIT {
  private static final String BRANCH = "security-branch";
  private static final String OTHER = "security-other";
  private static final Platform platform = Platform.shared();
  private static final String officer = Platform.token("BRANCH_OFFICER", BRANCH);

  @BeforeAll
  static void branches() {
    platform.registerBranch(BRANCH, "Công đoàn Sở Nội vụ", "to-1");
    platform.registerBranch(OTHER, "Công đoàn Sở Tài chính", "to-1");
  }

  private static Map<String, Object> member(String id) {
    return Map.of(
        "memberId",
        id,
        "fullName",
        "Phạm Thị Ngọc Ánh",
        "gender",
        "FEMALE",
        "dateOfBirth",
        "1990-10-20",
        "groupId",
        "to-1",
        "joinedOn",
        "2023-09-01");
  }

  /** A new member's JSON without an id: the service names the member, once per request key. */
  private static String unnamedMember(
      String fullName, String gender, String dateOfBirth, String joinedOn) {
    return Http.json(
        Map.of(
            "fullName", fullName,
            "gender", gender,
            "dateOfBirth", dateOfBirth,
            "groupId", "to-1",
            "joinedOn", joinedOn));
  }

  /** An admission under an idempotency key, as a client that retries sends it. */
  private Http.Response admitUnderKey(String key, String body) {
    return Http.send("POST", members(BRANCH), officer, body, Map.of("Idempotency-Key", key));
  }

  private static String members(String branch) {
    return platform.url(MEMBERSHIP, "/api/branches/" + branch + "/members");
  }

  /** Events stored about a member, in any branch. */
  private static long storedEvents(String memberId) {
    return StoredEvents.ofMembers(platform.mongo.connectionString(), "membership", null, memberId)
        .size();
  }

  @Test
  void noTokenIsUnauthorized() {
    var response = Http.post(members(BRANCH), null, member("no-token"));
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(platform.summary(BRANCH, 2024, null).status()).isEqualTo(401);
    assertThat(storedEvents("no-token")).isZero();
  }

  @Test
  void aForgedTokenIsUnauthorized() {
    String forged =
        vn.congdoan.local.DevTokens.sign(
            "another-secret-of-at-least-thirty-two-bytes-long!!",
            "mallory",
            java.util.List.of("ADMIN"),
            null,
            java.time.Duration.ofHours(1));
    assertThat(Http.post(members(BRANCH), forged, member("forged")).status()).isEqualTo(401);
    assertThat(storedEvents("forged")).isZero();
  }

  @Test
  void aRoleThatMayNotWriteIsForbidden() {
    var response =
        Http.post(members(BRANCH), Platform.token("AUDITOR", null), member("by-auditor"));
    assertThat(response.status()).isEqualTo(403);
    assertThat(
            Http.post(
                    platform.url(MEMBERSHIP, "/api/branches"),
                    officer,
                    Map.of(
                        "branchId", "sneaky", "name", "X", "parentUnion", "Y", "sector", "OTHER"))
                .status())
        .isEqualTo(403);
    assertThat(storedEvents("by-auditor")).isZero();
  }

  @Test
  void anotherBranchsOfficerGetsNotFound() {
    var write = Http.post(members(OTHER), officer, member("foreign"));
    assertThat(write.status()).isEqualTo(404);
    var read = platform.summary(OTHER, 2024, officer);
    assertThat(read.status()).isEqualTo(404);
    assertThat(storedEvents("foreign")).isZero();
  }

  @Test
  void aRetriedWriteWithTheSameKeyRecordsOneEvent() {
    String body = unnamedMember("Đỗ Minh Khôi", "MALE", "1979-02-11", "2024-02-01");
    var first = admitUnderKey("retry-1", body);
    var second = admitUnderKey("retry-1", body);
    assertThat(first.status()).isEqualTo(201);
    assertThat(second.status()).isEqualTo(201);
    String memberId = first.json().get("memberId").asText();
    assertThat(second.json().get("memberId").asText()).isEqualTo(memberId);
    assertThat(storedEvents(memberId)).isEqualTo(1);

    var clash = admitUnderKey("retry-1", body.replace("Khôi", "Khải"));
    assertThat(clash.status()).isEqualTo(409);
  }

  @Test
  void aRetryWhoseFirstAnswerWasLostRecordsNothingTwice() {
    String body = unnamedMember("Bùi Thị Thu", "FEMALE", "1992-07-30", "2024-04-01");
    var first = admitUnderKey("lost-answer-1", body);
    assertThat(first.status()).isEqualTo(201);
    String memberId = first.json().get("memberId").asText();
    // What a crash between recording and remembering the answer leaves behind: no stored answer.
    try (var client = MongoClients.create(platform.mongo.connectionString())) {
      client
          .getDatabase("membership")
          .getCollection("idempotency")
          .deleteMany(new org.bson.Document());
    }

    var retry = admitUnderKey("lost-answer-1", body);
    assertThat(retry.status()).isEqualTo(409);
    assertThat(storedEvents(memberId)).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"memberId\": \"bad-1\", \"fullName\": ",
        "{\"memberId\": \"bad-2\", \"fullName\": 12, \"gender\": \"MALE\", \"dateOfBirth\": \"nope\", \"groupId\": \"to-1\", \"joinedOn\": \"2024-01-01\"}",
        "{\"memberId\": \"bad-3\", \"fullName\": \"A\", \"gender\": \"OTHER\", \"dateOfBirth\": \"1990-01-01\", \"groupId\": \"to-1\", \"joinedOn\": \"2024-01-01\"}",
        "{\"memberId\": \"bad-4\"}",
        "{\"memberId\": \"Bad 5!\", \"fullName\": \"A\", \"gender\": \"MALE\", \"dateOfBirth\": \"1990-01-01\", \"groupId\": \"to-1\", \"joinedOn\": \"2024-01-01\"}",
        "[\"bad-6\"]"
      })
  void badInputIsAClearBadRequestAndRecordsNothing(String body) {
    var response = Http.send("POST", members(BRANCH), officer, body, Map.of());
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("detail").asText()).isNotBlank();
    for (String id : new String[] {"bad-1", "bad-2", "bad-3", "bad-4", "Bad 5!", "bad-6"}) {
      assertThat(storedEvents(id)).isZero();
    }
  }

  @Test
  void aMissingFieldIsNamedInTheErrors() {
    var response =
        Http.post(members(BRANCH), officer, Map.of("memberId", "no-name", "gender", "MALE"));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"fullName\"", "\"field\":\"groupId\"");
  }

  @Test
  void aOneMegabyteBodyIsRefused() {
    String huge = "{\"fullName\": \"" + "a".repeat(1_100_000) + "\"}";
    var response = Http.send("POST", members(BRANCH), officer, huge, Map.of());
    assertThat(response.status()).isEqualTo(413);
    assertThat(response.contentType()).startsWith("application/problem+json");
  }

  @Test
  void aBusinessRuleRefusalIs422() {
    var response =
        Http.post(
            members(BRANCH),
            officer,
            Map.of(
                "memberId",
                "no-group",
                "fullName",
                "Vũ Thị Lan",
                "gender",
                "FEMALE",
                "dateOfBirth",
                "1990-01-01",
                "groupId",
                "to-9",
                "joinedOn",
                "2024-01-01"));
    assertThat(response.status()).isEqualTo(422);
    assertThat(response.json().get("detail").asText()).contains("to-9");
    assertThat(storedEvents("no-group")).isZero();
  }

  @Test
  void aDuplicateIdIsAConflict() {
    String url = members(BRANCH);
    assertThat(Http.post(url, officer, member("twice")).status()).isEqualTo(201);
    assertThat(Http.post(url, officer, member("twice")).status()).isEqualTo(409);
    assertThat(storedEvents("twice")).isEqualTo(1);
  }
}
