package vn.congdoan.reporting.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DigestTableTest {
  @Test
  void keepsTheFirstDigestOfEachIdAndMatchesEachOnce() {
    var table = new DigestTable();
    String id = "0f8b6a1e-2c3d-4e5f-8a9b-0c1d2e3f4a5b";
    table.putIfAbsent(id, () -> 7L);
    table.putIfAbsent(id, () -> 8L);
    table.putIfAbsent("not-a-uuid", () -> 9L);
    table.putIfAbsent("not-a-uuid", () -> 10L);

    assertThat(table.size()).isEqualTo(2);
    assertThat(table.match(id)).isEqualTo(7L);
    assertThat(table.match(id)).as("matched already").isNull();
    assertThat(table.match("not-a-uuid")).isEqualTo(9L);
    assertThat(table.match("0F8B6A1E-2C3D-4E5F-8A9B-0C1D2E3F4A5B"))
        .as("another spelling is another id")
        .isNull();
    assertThat(table.unmatched()).isEmpty();
  }

  @Test
  void holdsAWholeReplayAsAMapWouldThroughEveryGrowth() {
    var table = new DigestTable();
    Map<String, Long> expected = new HashMap<>();
    var random = new Random(15);
    for (int i = 0; i < 200_000; i++) {
      String id =
          i % 1_000 == 0 ? "event-" + i : new UUID(random.nextLong(), random.nextLong()).toString();
      long digest = random.nextLong();
      table.putIfAbsent(id, () -> digest);
      expected.putIfAbsent(id, digest);
    }
    assertThat(table.size()).isEqualTo(expected.size());

    Set<String> left = new HashSet<>();
    Map<String, Long> matched = new HashMap<>();
    int i = 0;
    for (var e : expected.entrySet()) {
      if (i++ % 3 == 0) {
        left.add(e.getKey());
      } else {
        matched.put(e.getKey(), table.match(e.getKey()));
      }
    }
    expected.keySet().removeAll(left);
    assertThat(matched).isEqualTo(expected);
    assertThat(table.match(new UUID(1, 2).toString())).isNull();
    List<String> unmatched = table.unmatched();
    assertThat(unmatched).hasSameSizeAs(left);
    assertThat(new HashSet<>(unmatched)).isEqualTo(left);
  }

  @Test
  void onlyTheUsualSpellingOfAUuidIsReadAsOne() {
    assertThat(DigestTable.uuidOf("0f8b6a1e-2c3d-4e5f-8a9b-0c1d2e3f4a5b")).isNotNull();
    assertThat(DigestTable.uuidOf("0F8B6A1E-2C3D-4E5F-8A9B-0C1D2E3F4A5B")).isNull();
    assertThat(DigestTable.uuidOf("0f8b6a1e2c3d-4e5f-8a9b-0c1d2e3f4a5b0")).isNull();
    assertThat(DigestTable.uuidOf("0f8b6a1e-2c3d-4e5f-8a9b-0c1d2e3f4a5")).isNull();
    assertThat(DigestTable.uuidOf(null)).isNull();
  }
}
