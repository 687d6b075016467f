package vn.congdoan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ModelRosterTest {
  private final List<String[]> rows =
      ModelRoster.rosterLines("vpdb").stream().skip(1).map(l -> l.split(",", -1)).toList();

  @Test
  void theRosterHasTheReportsThirtyMenAndSixteenWomen() {
    assertThat(rows).hasSize(46);
    Map<String, Long> genders =
        rows.stream().collect(Collectors.groupingBy(r -> r[2], Collectors.counting()));
    assertThat(genders).containsEntry("MALE", 30L).containsEntry("FEMALE", 16L);
  }

  @Test
  void theFourGroupsHoldThirteenTwelveElevenAndTen() {
    Map<String, Long> groups =
        rows.stream().collect(Collectors.groupingBy(r -> r[4], Collectors.counting()));
    assertThat(groups)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("to-1", 13L, "to-2", 12L, "to-3", 11L, "to-4", 10L));
  }

  @Test
  void everyMemberHasTheirOwnVietnameseName() {
    var names = rows.stream().map(r -> r[1]).toList();
    assertThat(new HashSet<>(names)).hasSize(46);
    assertThat(names).contains("Nguyễn Văn Bình", "Nguyễn Thị Hồng Nhung", "Vũ Thị Ưng");
  }

  @Test
  void theHeaderIsTheImportEndpointsAndIdsCarryThePrefix() {
    assertThat(ModelRoster.rosterLines("x").get(0))
        .isEqualTo("memberId,fullName,gender,dateOfBirth,groupId,joinedOn,position");
    assertThat(rows.stream().map(r -> r[0]).collect(Collectors.toSet()))
        .hasSize(46)
        .allMatch(id -> id.startsWith("vpdb-m"));
    assertThat(rows.stream().map(r -> r[6]).filter(p -> !p.isEmpty()).toList())
        .containsExactly("CHAIR", "VICE_CHAIR");
    assertThat(rows.stream().collect(Collectors.groupingBy(r -> r[0], Collectors.counting())))
        .allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
    assertThat(rows.stream().map(r -> r[3]).map(Function.identity()))
        .allMatch(d -> d.matches("19[6-9]\\d-0[1-9]-1\\d"));
  }
}
