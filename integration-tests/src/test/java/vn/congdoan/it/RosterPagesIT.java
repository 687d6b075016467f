package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.it.Platform.Service.MEMBERSHIP;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The roster as the officer's screen reads it: a page at a time, searched by name or id. */
class RosterPagesIT {
  private static final String BRANCH = "roster-pages";
  private static final List<String> NAMES =
      List.of(
          "Nguyễn Thị Ánh",
          "Nguyễn Văn Bình",
          "Trần Thị Lan",
          "Đỗ Văn Đức",
          "Lê Thị Hồng",
          "Phạm Minh Châu",
          "Hoàng Văn Nam",
          "Vũ Thị Mai",
          "Đặng Quốc Dũng",
          "Bùi Thị Thu",
          "Ngô Văn Hải",
          "Dương Thị Yến");
  private static final Platform platform = Platform.shared();

  @BeforeAll
  static void aBranchOfTwelve() {
    platform.registerBranch(BRANCH, "Công đoàn Trường THPT Chuyên", "to-1", "to-2");
    for (int i = 0; i < NAMES.size(); i++) {
      String gender = NAMES.get(i).contains(" Thị ") ? "FEMALE" : "MALE";
      platform.admit(
          BRANCH, String.format("rp-%02d", i), NAMES.get(i), gender, "to-" + (i % 2 + 1));
    }
  }

  private static Http.Response roster(String query) {
    return Http.get(
        platform.url(MEMBERSHIP, "/api/branches/" + BRANCH + "/members" + query),
        Platform.token("BRANCH_OFFICER", BRANCH));
  }

  private static List<String> names(JsonNode page) {
    List<String> names = new ArrayList<>();
    page.get("members").forEach(m -> names.add(m.get("fullName").asText()));
    return names;
  }

  @Test
  void pagesTogetherListEveryMemberOnceAndCountThemAll() {
    List<String> seen = new ArrayList<>();
    for (int page = 0; page < 3; page++) {
      JsonNode read = roster("?size=5&page=" + page).json();
      assertThat(read.get("count").asInt()).isEqualTo(12);
      assertThat(read.get("page").asInt()).isEqualTo(page);
      seen.addAll(names(read));
    }
    assertThat(seen).hasSize(12).containsExactlyInAnyOrderElementsOf(NAMES);
    assertThat(roster("?size=5&page=3").json().get("members")).isEmpty();
    assertThat(roster("").json().get("members")).hasSize(12);
  }

  @Test
  void aSearchFindsNamesWithOrWithoutMarksAndPagesItsFinds() {
    assertThat(names(roster("?q=nguyen").json()))
        .containsExactlyInAnyOrder("Nguyễn Thị Ánh", "Nguyễn Văn Bình");
    assertThat(names(roster("?q=%C4%91%E1%BB%A9c").json())).containsExactly("Đỗ Văn Đức");
    assertThat(names(roster("?q=RP-03").json())).containsExactly("Đỗ Văn Đức");
    JsonNode women = roster("?q=thi&size=2&groupId=to-1").json();
    assertThat(women.get("count").asInt()).isEqualTo(3);
    assertThat(women.get("members")).hasSize(2);
  }

  @Test
  void aPageOutsideTheRulesIsAClearProblem() {
    for (String query : List.of("?size=0", "?size=501", "?page=-1&size=5", "?page=abc")) {
      var refused = roster(query);
      assertThat(refused.status()).as(query + ": " + refused.body()).isEqualTo(400);
      assertThat(refused.contentType()).startsWith("application/problem+json");
    }
  }
}
