package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.congdoan.it.Platform.Service.FINANCE;
import static vn.congdoan.it.Platform.Service.REPORTING;
import static vn.congdoan.it.Platform.Service.WELFARE;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** What a branch officer does over HTTP in the welfare and finance tests, and reads back. */
final class BranchCalls {
  private final Platform platform;
  private final String branch;
  final String officer;

  BranchCalls(Platform platform, String branch) {
    this.platform = platform;
    this.branch = branch;
    this.officer = Platform.token("BRANCH_OFFICER", branch);
  }

  /** {@code each} VND to each member named, as {@code relation}. */
  Http.Response grant(
      String id, String kind, String on, List<String> members, String relation, long each) {
    return Http.post(
        platform.url(WELFARE, "/api/branches/" + branch + "/welfare/grants"),
        officer,
        Map.of(
            "grantId",
            id,
            "kind",
            kind,
            "grantedOn",
            on,
            "recipients",
            members.stream().map(m -> Map.of("memberId", m, "relation", relation)).toList(),
            "amountVndEach",
            each,
            "fund",
            "DUES"));
  }

  /** The 8 March gift to one woman member, under an id welfare chooses. */
  Http.Response womensDayGift(String memberId, String grantedOn, long amountVnd) {
    return Http.post(
        platform.url(WELFARE, "/api/branches/" + branch + "/welfare/grants"),
        officer,
        Map.of(
            "kind",
            "WOMENS_DAY_MAR8",
            "grantedOn",
            grantedOn,
            "recipients",
            List.of(Map.of("memberId", memberId, "relation", "SELF")),
            "amountVndEach",
            amountVnd,
            "fund",
            "DUES",
            "note",
            "Quà 8/3"));
  }

  Http.Response reverse(String grantId) {
    return Http.post(
        platform.url(
            WELFARE, "/api/branches/" + branch + "/welfare/grants/" + grantId + "/reversal"),
        officer,
        Map.of("reason", "Ghi nhầm"));
  }

  /** A write to the branch's books: {@code path} after {@code /finance}. */
  Http.Response finance(String path, Object body) {
    return Http.post(
        platform.url(FINANCE, "/api/branches/" + branch + "/finance" + path), officer, body);
  }

  /** Income from outside the dues, under an id finance chooses. */
  Http.Response income(String source, long amountVnd, String receivedOn) {
    return finance(
        "/income", Map.of("source", source, "amountVnd", amountVnd, "receivedOn", receivedOn));
  }

  /** Income under an id the caller chooses. */
  Http.Response income(String incomeId, String source, long amountVnd, String receivedOn) {
    return finance(
        "/income",
        Map.of(
            "incomeId",
            incomeId,
            "source",
            source,
            "amountVnd",
            amountVnd,
            "receivedOn",
            receivedOn));
  }

  JsonNode financeYear(int year) {
    var view =
        Http.get(
            platform.url(FINANCE, "/api/branches/" + branch + "/finance/years/" + year), officer);
    assertThat(view.status()).as(view.body()).isEqualTo(200);
    return view.json();
  }

  /** The year summary once reporting has caught up with what {@code ready} waits for. */
  JsonNode awaitSummary(int year, Predicate<JsonNode> ready) {
    JsonNode[] summary = new JsonNode[1];
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              var response = platform.summary(branch, year, officer);
              summary[0] = response.status() == 200 ? response.json() : null;
              return summary[0] != null && ready.test(summary[0]);
            });
    return summary[0];
  }

  /** Waits until welfare's view of the books has {@code year} settled, as finance's event said. */
  void awaitWelfareKnowsSettled(int year) {
    try (var client = MongoClients.create(platform.mongo.connectionString())) {
      var books = client.getDatabase("welfare").getCollection("branch_books");
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                var book = books.find(Filters.eq("_id", branch)).first();
                return book != null
                    && Integer.valueOf(year).equals(book.getInteger("lastSettledYear"));
              });
    }
  }

  /** The year-end report as the branch downloads it (.docx), as plain text. */
  String documentText(int year) throws Exception {
    var request =
        HttpRequest.newBuilder(
                URI.create(
                    platform.url(
                        REPORTING,
                        "/api/reports/branches/"
                            + branch
                            + "/years/"
                            + year
                            + "/document?format=docx")))
            .header("Authorization", "Bearer " + officer)
            .build();
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    try (var docx = new XWPFDocument(new ByteArrayInputStream(response.body()));
        var text = new XWPFWordExtractor(docx)) {
      return text.getText();
    }
  }

  static void ok(Http.Response response) {
    assertThat(response.status()).as(response.body()).isIn(200, 201);
  }

  /** As the report writes money: 2.200.000 đồng. */
  static String money(long vnd) {
    return String.format(java.util.Locale.ROOT, "%,d", vnd).replace(',', '.') + " đồng";
  }
}
