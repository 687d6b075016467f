package vn.congdoan.membership.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class RosterSearchTest {

  @Test
  void aNameIsFoundWithOrWithoutItsMarks() {
    var search = new RosterSearch("nguyen thi anh");

    assertThat(search.matches("m-1", "Nguyễn Thị Ánh")).isTrue();
    assertThat(new RosterSearch("Thị Ánh").matches("m-1", "Nguyễn Thị Ánh")).isTrue();
    assertThat(search.matches("m-2", "Nguyễn Thị Ngọc Ánh")).isFalse();
  }

  @Test
  void dWithAStrokeIsD() {
    assertThat(new RosterSearch("do van duc").matches("m-3", "Đỗ Văn Đức")).isTrue();
    assertThat(new RosterSearch("ĐỨC").matches("m-3", "Đỗ Văn Đức")).isTrue();
  }

  @Test
  void decomposedInputFindsComposedNames() {
    String decomposed = Normalizer.normalize("Hoàng", Normalizer.Form.NFD);

    assertThat(new RosterSearch(decomposed).matches("m-4", "Hoàng Văn Nam")).isTrue();
  }

  @Test
  void aMemberIdMatchesInAnyCaseAndSpacesDoNotCount() {
    assertThat(new RosterSearch("VP-0").matches("vp-007", null)).isTrue();
    assertThat(new RosterSearch("  thị lan  ").matches("x", "Trần   Thị Lan")).isTrue();
  }

  @Test
  void blanksSearchForNothing() {
    assertThat(new RosterSearch("   ").isEmpty()).isTrue();
    assertThat(new RosterSearch(null).isEmpty()).isTrue();
  }
}
