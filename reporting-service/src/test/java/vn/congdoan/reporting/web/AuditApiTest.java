package vn.congdoan.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.platform.api.MetadataKeys;
import vn.congdoan.reporting.ingest.Delivery;
import vn.congdoan.reporting.query.EventMother;

/** {@code /api/audit/events}: who may read it, filters, keyset pages and the streamed exports. */
class AuditApiTest extends ReportingAppTestBase {
  static final String BRANCH = ReportApiEvents.BRANCH;
  static final Instant TIE = Instant.parse("2024-06-01T08:00:30Z");
  private static List<Delivery> events;

  @BeforeAll
  static void start() {
    events = new ArrayList<>(ReportApiEvents.of());
    // Several events of one instant, one of a type reporting has no class for: the trail's edges.
    var more = new EventMother();
    events.add(at(more.branchRegistered("so-y-te", "Công đoàn cơ sở Sở Y tế"), null));
    events.add(at(more.groupAdded("so-y-te", "to-1", "Tổ Điều dưỡng"), null));
    events.add(at(more.groupAdded("so-y-te", "to-2", "Tổ Dược"), "membership.GroupHonoured"));
    events.add(at(more.income("so-y-te", 1_000_000, java.time.LocalDate.of(2024, 6, 1)), null));
    startWith(events, "--platform.audit.rate-limit.requests=10000");
  }

  private static Delivery at(Delivery d, String type) {
    EventEnvelope e = d.envelope();
    var metadata =
        Map.of(
            MetadataKeys.USER, "ke-toan",
            MetadataKeys.BRANCH, "so-y-te",
            MetadataKeys.CORRELATION_ID, "corr-" + e.eventId());
    return EventMother.altered(d, type, TIE, metadata, null);
  }

  private static JsonNode json(String path) {
    var response = api.get(path, api.token("AUDITOR", null));
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.at("/events").forEach(e -> ids.add(e.at("/eventId").asText()));
    return ids;
  }

  @Test
  void onlyAuditorsAndAdministratorsReadTheHistory() {
    for (String token : List.of(api.staff(), api.officer(BRANCH))) {
      var refused = api.get("/api/audit/events", token);
      assertThat(refused.status()).isEqualTo(403);
      assertThat(refused.contentType()).startsWith("application/problem+json");
    }
    assertThat(api.get("/api/audit/events", null).status()).isEqualTo(401);
    assertThat(api.download("/api/audit/events", api.staff(), "text/csv").statusCode())
        .isEqualTo(403);
    assertThat(api.get("/api/audit/events", api.token("ADMIN", null)).status()).isEqualTo(200);
    var page = json("/api/audit/events?limit=1000");
    assertThat(page.at("/events")).hasSize(events.size());
    assertThat(page.at("/next").isNull()).isTrue();
  }

  @Test
  void eachEventCarriesItsWhoWhenAndWhatAndFiltersNarrowThem() {
    var tied = json("/api/audit/events?branchId=so-y-te&order=asc");
    assertThat(tied.at("/events")).hasSize(4);
    // events of one instant come in event-id order, which is random here: find the registration
    JsonNode first = null;
    for (JsonNode e : tied.at("/events")) {
      if (e.at("/type").asText().equals("membership.BranchRegistered")) {
        first = e;
      }
    }
    assertThat(first).isNotNull();
    assertThat(first.at("/service").asText()).isEqualTo("membership");
    assertThat(first.at("/aggregateType").asText()).isEqualTo("Branch");
    assertThat(first.at("/timestamp").asText()).isEqualTo(TIE.toString());
    assertThat(first.at("/user").asText()).isEqualTo("ke-toan");
    assertThat(first.at("/correlationId").asText()).startsWith("corr-");
    assertThat(first.at("/revision").asText()).isEqualTo("1");
    assertThat(first.has("sequence")).isTrue();
    assertThat(first.at("/payload").isObject()).isTrue();

    assertThat(json("/api/audit/events?type=membership.GroupHonoured").at("/events")).hasSize(1);
    assertThat(json("/api/audit/events?branchId=so-y-te&service=finance").at("/events")).hasSize(1);
    var branch = json("/api/audit/events?aggregateId=" + BRANCH + "&limit=1000").at("/events");
    branch.forEach(e -> assertThat(e.at("/aggregateId").asText()).isEqualTo(BRANCH));
    assertThat(json("/api/audit/events?from=" + TIE + "&to=" + TIE.plusMillis(1)).at("/events"))
        .hasSize(4);
    assertThat(json("/api/audit/events?to=" + TIE).at("/events"))
        .hasSize((int) events.stream().filter(d -> d.envelope().timestamp().isBefore(TIE)).count());
  }

  @Test
  void newestFirstUnlessAskedOtherwise() {
    List<String> newest = ids(json("/api/audit/events?limit=1000"));
    List<String> oldest = ids(json("/api/audit/events?limit=1000&order=asc"));

    assertThat(newest).hasSize(events.size());
    List<String> reversed = new ArrayList<>(newest);
    java.util.Collections.reverse(reversed);
    assertThat(oldest).containsExactlyElementsOf(reversed);
    var times = json("/api/audit/events?limit=1000").findValuesAsText("timestamp");
    assertThat(times).isSortedAccordingTo((a, b) -> Instant.parse(b).compareTo(Instant.parse(a)));
  }

  @Test
  void keysetPagesVisitEveryEventOnceInEitherOrder() {
    for (String order : List.of("asc", "desc")) {
      List<String> all = ids(json("/api/audit/events?limit=1000&order=" + order));
      List<String> paged = new ArrayList<>();
      String next = null;
      int pages = 0;
      do {
        var page =
            json(
                "/api/audit/events?limit=3&order="
                    + order
                    + (next == null ? "" : "&cursor=" + next));
        paged.addAll(ids(page));
        next = page.at("/next").isNull() ? null : page.at("/next").asText();
        pages++;
      } while (next != null);

      assertThat(paged).as(order).containsExactlyElementsOf(all);
      assertThat(pages).isEqualTo((all.size() + 2) / 3);
    }
  }

  @Test
  void badParametersAreRefusedAsProblems() {
    for (String query :
        List.of(
            "from=yesterday",
            "to=2024-13-01",
            "order=up",
            "limit=0",
            "limit=1001",
            "cursor=***",
            "cursor=bm9wZQ")) {
      var response = api.get("/api/audit/events?" + query, api.token("AUDITOR", null));
      assertThat(response.status()).as(query).isEqualTo(400);
      assertThat(response.contentType()).startsWith("application/problem+json");
    }
    assertThat(api.get("/api/audit/events?service=hr", api.token("AUDITOR", null)).status())
        .isEqualTo(400);
  }

  @Test
  void ndjsonExportStreamsEveryMatchingEvent() {
    var response =
        api.download("/api/audit/events", api.token("AUDITOR", null), "application/x-ndjson");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/x-ndjson");
    assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
        .contains("attachment", "audit-events.ndjson");
    String body = new String(response.body(), StandardCharsets.UTF_8);
    assertThat(body.lines()).hasSize(events.size()).allMatch(l -> l.startsWith("{\"eventId\""));
    assertThat(body).contains("Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh");
  }

  @Test
  void csvExportHasAHeaderABomAndVietnameseIntact() throws Exception {
    var response =
        api.download("/api/audit/events?format=csv&order=asc", api.token("ADMIN", null), null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
        .contains("audit-events.csv");
    byte[] bytes = response.body();
    assertThat(new byte[] {bytes[0], bytes[1], bytes[2]})
        .isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    var rows =
        CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(text)).getRecords();
    assertThat(rows).hasSize(events.size());
    assertThat(rows.get(0).toMap()).containsKeys("eventId", "correlationId", "branchId", "payload");
    assertThat(rows.get(0).get("payload")).contains("Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh");
  }
}
