package vn.congdoan.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/** What a recording service's event store holds, read straight from MongoDB as an auditor would. */
final class StoredEvents {
  private static final ObjectMapper JSON = new ObjectMapper();

  private StoredEvents() {}

  /**
   * The stored events of a branch (all branches when null) that name a member (any when null), each
   * with the member's id copied into a {@code memberId} field.
   */
  static List<Document> ofMembers(
      String connectionString, String database, String branchId, String memberId) {
    try (var client = MongoClients.create(connectionString)) {
      List<Document> found = new ArrayList<>();
      for (Document d :
          client
              .getDatabase(database)
              .getCollection("domainevents")
              .find(
                  branchId == null
                      ? new Document()
                      : Filters.eq("aggregateIdentifier", branchId))) {
        String stored = memberIdIn(d.get("serializedPayload"));
        if (memberId == null || memberId.equals(stored)) {
          d.put("memberId", stored);
          found.add(d);
        }
      }
      return found;
    }
  }

  /** The members whose admission a branch's stored stream holds. */
  static java.util.Set<String> admitted(String connectionString, String database, String branchId) {
    java.util.Set<String> members = new java.util.HashSet<>();
    for (Document event : ofMembers(connectionString, database, branchId, null)) {
      if (event.getString("payloadType").contains("MemberAdmitted")) {
        members.add(event.getString("memberId"));
      }
    }
    return members;
  }

  /** How many events of a branch's stream have a type that {@code type} is found in. */
  static long count(String connectionString, String database, String branchId, String type) {
    try (var client = MongoClients.create(connectionString)) {
      return client
          .getDatabase(database)
          .getCollection("domainevents")
          .countDocuments(
              Filters.and(
                  Filters.eq("aggregateIdentifier", branchId), Filters.regex("payloadType", type)));
    }
  }

  private static String memberIdIn(Object payload) {
    try {
      String json = payload instanceof Document d ? d.toJson() : String.valueOf(payload);
      var id = JSON.readTree(json).get("memberId");
      return id == null ? null : id.asText();
    } catch (IOException e) {
      throw new IllegalStateException("a stored payload is not JSON", e);
    }
  }
}
