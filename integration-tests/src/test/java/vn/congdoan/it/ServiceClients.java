package vn.congdoan.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Clients a test adds to the realm through Keycloak's admin API, to get tokens the realm's own
 * clients would never hand out: one meant for another application, one that expires in seconds.
 */
final class ServiceClients {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Keycloak keycloak;

  ServiceClients(Keycloak keycloak) {
    this.keycloak = keycloak;
  }

  /**
   * A token of a confidential client made now, whose service account is an auditor with the
   * platform's {@code roles} claim; meant for the platform's audience only if {@code forPlatform};
   * living {@code lifespan} seconds if given.
   */
  String token(String clientId, boolean forPlatform, Integer lifespan) throws Exception {
    String secret = UUID.randomUUID().toString();
    List<Map<String, Object>> mappers = new ArrayList<>();
    mappers.add(
        mapper(
            "roles",
            "oidc-usermodel-realm-role-mapper",
            Map.of("claim.name", "roles", "multivalued", "true", "access.token.claim", "true")));
    if (forPlatform) {
      mappers.add(
          mapper(
              "audience",
              "oidc-audience-mapper",
              Map.of("included.custom.audience", Keycloak.AUDIENCE, "access.token.claim", "true")));
    }
    Map<String, String> attributes = new HashMap<>();
    if (lifespan != null) {
      attributes.put("access.token.lifespan", String.valueOf(lifespan));
    }
    keycloak.admin(
        "POST",
        "/clients",
        Map.of(
            "clientId", clientId,
            "secret", secret,
            "publicClient", false,
            "serviceAccountsEnabled", true,
            "standardFlowEnabled", false,
            "protocolMappers", mappers,
            "attributes", attributes));
    String id = client(clientId).path("id").asText();
    String account =
        keycloak.admin("GET", "/clients/" + id + "/service-account-user", null).path("id").asText();
    var auditor = keycloak.admin("GET", "/roles/AUDITOR", null);
    keycloak.admin("POST", "/users/" + account + "/role-mappings/realm", List.of(auditor));
    var answer =
        Keycloak.form(
            keycloak.issuer() + "/protocol/openid-connect/token",
            Map.of(
                "grant_type", "client_credentials",
                "client_id", clientId,
                "client_secret", secret));
    return JSON.readTree(answer.body()).path("access_token").asText();
  }

  /** Gives the realm's client {@code clientId} tokens of {@code seconds}; closing undoes it. */
  AutoCloseable tokenLifespan(String clientId, int seconds) throws Exception {
    var client = client(clientId);
    String id = client.path("id").asText();
    ((ObjectNode) client.with("attributes")).put("access.token.lifespan", String.valueOf(seconds));
    keycloak.admin("PUT", "/clients/" + id, client);
    return () -> {
      var now = client(clientId);
      ((ObjectNode) now.with("attributes")).remove("access.token.lifespan");
      keycloak.admin("PUT", "/clients/" + id, now);
    };
  }

  private ObjectNode client(String clientId) throws Exception {
    return (ObjectNode) keycloak.admin("GET", "/clients?clientId=" + clientId, null).get(0);
  }

  private static Map<String, Object> mapper(String name, String kind, Map<String, String> config) {
    return Map.of(
        "name", name, "protocol", "openid-connect", "protocolMapper", kind, "config", config);
  }
}
