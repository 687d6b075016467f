package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.it.Platform.Service.MEMBERSHIP;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A form's field errors and a business rule's refusal come in the caller's language: Vietnamese
 * unless it asks for English, so that the web app can show them as they are.
 */
class ProblemLanguageIT {
  private static final String BRANCH = "problem-language";
  private static final Platform platform = Platform.shared();

  @BeforeAll
  static void aBranch() {
    platform.registerBranch(BRANCH, "Công đoàn Bệnh viện Đa khoa tỉnh", "to-1");
  }

  private static Http.Response admit(Map<String, String> headers) {
    Map<String, Object> member = new HashMap<>();
    member.put("memberId", "pl-1");
    member.put("fullName", " ");
    member.put("gender", "FEMALE");
    // next month: within the dates a request may carry at all, but not a birth date yet
    member.put("dateOfBirth", LocalDate.now().plusMonths(1).toString());
    member.put("groupId", "to-1");
    member.put("joinedOn", "2020-01-01");
    member.put("phone", "gọi tôi");
    return Http.send(
        "POST",
        platform.url(MEMBERSHIP, "/api/branches/" + BRANCH + "/members"),
        Platform.token("BRANCH_OFFICER", BRANCH),
        Http.json(member),
        headers);
  }

  private static Map<String, String> messages(Http.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.json().get("type").asText())
        .isEqualTo("https://congdoan.vn/problems/invalid-request");
    Map<String, String> byField = new HashMap<>();
    for (JsonNode error : response.json().get("errors")) {
      byField.put(error.get("field").asText(), error.get("message").asText());
    }
    return byField;
  }

  @Test
  void theTitleIsInVietnameseUnlessEnglishIsAskedForAndTheTypeStaysTheSame() {
    assertThat(admit(Map.of()).json().get("title").asText()).isEqualTo("Yêu cầu không hợp lệ");
    assertThat(admit(Map.of("Accept-Language", "en")).json().get("title").asText())
        .isEqualTo("Invalid request");
    var unsigned = Http.get(platform.url(MEMBERSHIP, "/api/branches/" + BRANCH + "/members"), null);
    assertThat(unsigned.status()).isEqualTo(401);
    assertThat(unsigned.json().get("title").asText())
        .isEqualTo("Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn");
  }

  @Test
  void fieldErrorsAreInVietnameseUnlessEnglishIsAskedFor() {

    Map<String, String> vietnamese = messages(admit(Map.of()));
    Map<String, String> english = messages(admit(Map.of("Accept-Language", "en-US,en;q=0.9")));

    assertThat(vietnamese)
        .containsEntry("fullName", "không được để trống")
        .containsEntry("dateOfBirth", "phải là một ngày trong quá khứ")
        .containsEntry("phone", "phải là số điện thoại");
    assertThat(english)
        .containsEntry("fullName", "must not be blank")
        .containsEntry("dateOfBirth", "must be a past date")
        .containsEntry("phone", "must be a phone number");
    assertThat(messages(admit(Map.of("Accept-Language", "vi-VN,vi;q=0.9")))).isEqualTo(vietnamese);
  }

  @Test
  void aRefusalTheBranchAggregateRaisesIsInVietnameseUnlessEnglishIsAskedFor() {
    platform.admit(BRANCH, "pl-an", "Trịnh Văn An", "MALE", "to-1");
    String departure =
        platform.url(MEMBERSHIP, "/api/branches/" + BRANCH + "/members/pl-an/departure");
    String officer = Platform.token("BRANCH_OFFICER", BRANCH);
    String retired = Http.json(Map.of("reason", "RETIRED", "effectiveOn", "2024-06-30"));
    assertThat(Http.send("POST", departure, officer, retired, Map.of()).status()).isEqualTo(200);

    var vietnamese = Http.send("POST", departure, officer, retired, Map.of());
    var english = Http.send("POST", departure, officer, retired, Map.of("Accept-Language", "en"));

    assertThat(vietnamese.status()).as(vietnamese.body()).isEqualTo(422);
    assertThat(vietnamese.json().get("title").asText()).isEqualTo("Bị từ chối theo quy định");
    assertThat(vietnamese.json().get("detail").asText())
        .isEqualTo("Đoàn viên pl-an đã rời công đoàn cơ sở từ ngày 30/06/2024");
    assertThat(english.status()).isEqualTo(422);
    assertThat(english.json().get("detail").asText())
        .isEqualTo("Member pl-an already left on 2024-06-30");
  }
}
