package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.it.Platform.Service.MEMBERSHIP;
import static vn.congdoan.it.Platform.Service.WELFARE;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What cannot be kept faithfully is refused at the door: text that has no UTF-8 form or hides
 * characters, days outside 1900 … one year ahead, amounts past the limit. What is kept is in NFC.
 */
class InputRulesIT {
  private static final String BRANCH = "input-rules";
  private static final Platform platform = Platform.shared();
  private static final String officer = Platform.token("BRANCH_OFFICER", BRANCH);
  private static final BranchCalls calls = new BranchCalls(platform, BRANCH);
  private static final String AHEAD = LocalDate.now().plusYears(2).toString();

  @BeforeAll
  static void branch() {
    platform.registerBranch(BRANCH, "Công đoàn Sở Khoa học", "to-1");
  }

  private static Http.Response raw(Platform.Service service, String path, String json) {
    return Http.send(
        "POST", platform.url(service, "/api/branches/" + BRANCH + path), officer, json, Map.of());
  }

  private static String activity(String titleJson, String heldOn) {
    return "{\"kind\":\"SPORTS\",\"title\":"
        + titleJson
        + ",\"heldOn\":\""
        + heldOn
        + "\",\"participants\":3}";
  }

  private static void refused(Http.Response response, String field) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().at("/errors/0/field").asText()).as(response.body()).isEqualTo(field);
  }

  private static boolean membershipIntact() {
    var verification =
        Http.get(
            platform.url(MEMBERSHIP, "/api/audit/verification"), Platform.token("AUDITOR", null));
    assertThat(verification.status()).as(verification.body()).isEqualTo(200);
    return verification.json().get("intact").asBoolean();
  }

  @Test
  void textWithoutAFaithfulFormIsRefusedAndTheStoreStillVerifies() {
    refused(raw(MEMBERSHIP, "/activities", activity("\"a\\ud800b\"", "2024-05-01")), "title");
    refused(raw(MEMBERSHIP, "/activities", activity("\"a\\udc00\"", "2024-05-01")), "title");
    refused(raw(MEMBERSHIP, "/activities", activity("\"Hội\\u0000thao\"", "2024-05-01")), "title");
    refused(raw(MEMBERSHIP, "/activities", activity("\"Hội\\nthao\"", "2024-05-01")), "title");
    refused(raw(MEMBERSHIP, "/activities", activity("\"\\uffff\"", "2024-05-01")), "title");
    assertThat(membershipIntact()).isTrue();
  }

  @Test
  void textIsKeptInNfcAndProseKeepsItsLines() {
    String decomposed = "Nguye\u0302\u0303n Thi\u0323 Hoa"; // "Nguyễn Thị Hoa" typed as marks
    platform.admit(BRANCH, "nfc-hoa", decomposed, "FEMALE", "to-1");
    var member =
        Http.get(platform.url(MEMBERSHIP, "/api/branches/" + BRANCH + "/members/nfc-hoa"), officer);
    assertThat(member.json().get("fullName").asText()).isEqualTo("Nguyễn Thị Hoa");
    var narrative =
        Http.send(
            "PUT",
            platform.url(MEMBERSHIP, "/api/branches/" + BRANCH + "/years/2024/narrative"),
            officer,
            "{\"shortcomings\":\"Một.\\nHai.\\tBa.\",\"causes\":\"-\",\"priorities\":\"-\","
                + "\"recipients\":[\"LĐLĐ tỉnh\"],"
                + "\"signatory\":{\"title\":\"Chủ tịch\",\"name\":\"Lê Văn Tám\"}}",
            Map.of());
    assertThat(narrative.status()).as(narrative.body()).isLessThan(300);
    assertThat(membershipIntact()).isTrue();
  }

  @Test
  void daysAreIsoAndBetween1900AndOneYearAhead() {
    refused(raw(MEMBERSHIP, "/activities", activity("\"Hội thao\"", "+10000-01-01")), "heldOn");
    refused(raw(MEMBERSHIP, "/activities", activity("\"Hội thao\"", "1899-12-31")), "heldOn");
    refused(raw(MEMBERSHIP, "/activities", activity("\"Hội thao\"", AHEAD)), "heldOn");
    refused(raw(MEMBERSHIP, "/activities", activity("\"Hội thao\"", "01/05/2024")), "heldOn");
    refused(raw(MEMBERSHIP, "/activities", activity("\"Hội thao\"", "2024-5-1")), "heldOn");
    refused(
        raw(
            MEMBERSHIP,
            "/members/nfc-hoa/departure",
            "{\"reason\":\"RETIRED\",\"effectiveOn\":\"2226-01-01\"}"),
        "effectiveOn");
    var campaign =
        Http.post(
            platform.url(WELFARE, "/api/campaigns"),
            officer,
            Campaigns.ofBranch(BRANCH, "Ủng hộ", "Giúp", "2024-01-01"));
    assertThat(campaign.status()).as(campaign.body()).isEqualTo(201);
    var contribution =
        Http.post(
            platform.url(
                WELFARE,
                "/api/campaigns/" + campaign.json().get("campaignId").asText() + "/contributions"),
            officer,
            Map.of("branchId", BRANCH, "amountVnd", 100_000, "receivedOn", AHEAD));
    refused(contribution, "receivedOn");
  }

  @Test
  void amountsAreBoundedAndTheYearAddsUpExactly() {
    refused(calls.finance("/income", income(Long.MAX_VALUE)), "amountVnd");
    refused(calls.finance("/income", income(1_000_000_000_001L)), "amountVnd");
    refused(calls.finance("/income", income(0)), "amountVnd");
    for (int i = 0; i < 2; i++) {
      var recorded = calls.finance("/income", income(1_000_000_000_000L));
      assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    }
    assertThat(calls.financeYear(2025).at("/income/totalVnd").asLong())
        .isEqualTo(2_000_000_000_000L);
  }

  private static Map<String, Object> income(long amount) {
    return Map.of("source", "Tài trợ", "amountVnd", amount, "receivedOn", "2025-03-01");
  }
}
