package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.congdoan.it.Platform.Service;
import vn.congdoan.it.RequestShapes.Write;

/**
 * Thousands of malformed requests across every write endpoint, built from each service's own
 * OpenAPI document with one field (or the whole body, or a path id) broken at a time: no 5xx, no
 * dropped connection, every refusal problem+json, and every store still verifies intact.
 */
class FuzzIT {
  static final String BRANCH = "fuzz-branch";
  static final String MEMBER = "fuzz-member";
  private static final Platform platform = Platform.shared();
  private static final String admin = Platform.token("ADMIN", null);
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PLACEHOLDER = "\u0001mutation\u0001";
  private static final List<String> PATH_IDS =
      List.of(
          "UPPER", "a_b", "%C3%A1", "x".repeat(300), "%00", "..", "%2e%2e", "a;b", "%252F", "-a");
  private static String campaign;

  private final List<String> wrong = new ArrayList<>();
  private int sent;

  @BeforeAll
  static void aBranchToBreak() {
    platform.registerBranch(BRANCH, "Công đoàn thử nghiệm", "to-1");
    platform.admit(BRANCH, MEMBER, "Trần Văn Thử", "MALE", "to-1");
    var launched =
        Http.post(
            platform.url(Service.WELFARE, "/api/campaigns"),
            admin,
            Campaigns.ofBranch(BRANCH, "Thử", "Thử", "2024-01-01"));
    assertThat(launched.status()).as(launched.body()).isEqualTo(201);
    campaign = launched.json().get("campaignId").asText();
  }

  @Test
  void noMalformedRequestBreaksAServiceOrTheRecord() throws Exception {
    for (Service service : Service.values()) {
      var document = Http.get(platform.url(service, "/v3/api-docs"), null);
      assertThat(document.status()).isEqualTo(200);
      List<Write> writes = new ArrayList<>(new RequestShapes(document.json()).writes());
      // Dissolving the branch and settling its year last: every other write still meets it open.
      writes.sort(
          Comparator.comparing(
              w -> w.path().contains("dissolution") || w.path().contains("settlement")));
      for (Write write : writes) {
        fuzz(service, write);
      }
    }
    assertThat(sent).isGreaterThanOrEqualTo(5_000);
    assertThat(wrong).as("%d of %d requests", wrong.size(), sent).isEmpty();
    for (Service service : List.of(Service.MEMBERSHIP, Service.WELFARE, Service.FINANCE)) {
      var verification =
          Http.get(
              platform.url(service, "/api/audit/verification"), Platform.token("AUDITOR", null));
      assertThat(verification.status()).as(verification.body()).isEqualTo(200);
      assertThat(verification.json().get("intact").asBoolean()).as(verification.body()).isTrue();
    }
  }

  private void fuzz(Service service, Write write) throws Exception {
    String path = path(write.path(), BRANCH);
    for (byte[] body : Mutations.BODIES) {
      send(service, write.method(), path, write.contentType(), body);
      send(service, write.method(), path, "text/plain", body);
    }
    if (write.path().contains("{branchId}")) {
      for (String id : PATH_IDS) {
        send(service, write.method(), path(write.path(), id), write.contentType(), bytes(write));
      }
    }
    if (write.body() instanceof ObjectNode object) {
      for (String field : iterable(object.fieldNames())) {
        for (String value : Mutations.VALUES) {
          ObjectNode broken = object.deepCopy();
          broken.put(field, PLACEHOLDER);
          String text =
              JSON.writeValueAsString(broken).replace(JSON.writeValueAsString(PLACEHOLDER), value);
          send(
              service,
              write.method(),
              path,
              "application/json",
              text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
      }
    }
  }

  private static byte[] bytes(Write write) throws Exception {
    return write.body() == null ? new byte[0] : JSON.writeValueAsBytes(write.body());
  }

  private static String path(String template, String branch) {
    return template
        .replace("{branchId}", branch)
        .replace("{campaignId}", campaign)
        .replace("{memberId}", MEMBER)
        .replace("{year}", "2024")
        .replaceAll("\\{[a-zA-Z]+\\}", "fz-unknown");
  }

  private void send(Service service, String method, String path, String type, byte[] body) {
    sent++;
    var request =
        HttpRequest.newBuilder(URI.create(platform.url(service, path)))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + admin)
            .header("Content-Type", type)
            .header("X-Correlation-Id", sent % 2 == 0 ? "=HYPERLINK(\"x\")" : "fz-" + sent)
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    String what = method + " " + path + " " + preview(body);
    try {
      HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      int status = response.statusCode();
      String contentType = response.headers().firstValue("Content-Type").orElse("");
      if (status >= 500 || (status >= 400 && !contentType.startsWith("application/problem+json"))) {
        wrong.add(
            what + " → " + status + " " + contentType + " " + preview(response.body().getBytes()));
      }
    } catch (java.io.IOException e) {
      wrong.add(what + " → connection failed: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String preview(byte[] body) {
    String text =
        new String(body, 0, Math.min(body.length, 160), java.nio.charset.StandardCharsets.UTF_8);
    return body.length > 160 ? text + "… (" + body.length + " bytes)" : text;
  }

  private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
    List<T> all = new ArrayList<>();
    iterator.forEachRemaining(all::add);
    return all;
  }
}
