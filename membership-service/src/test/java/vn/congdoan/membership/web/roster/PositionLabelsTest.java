package vn.congdoan.membership.web.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import vn.congdoan.membership.api.Position;

class PositionLabelsTest {
  @Test
  void everyPositionHasALabelThatReadsBack() {
    for (Position position : Position.values()) {
      assertThat(PositionLabels.parse(PositionLabels.label(position))).contains(position);
      assertThat(PositionLabels.parse(position.name().toLowerCase())).contains(position);
    }
  }

  @Test
  void spellingVariantsCaseAndDecompositionAreAccepted() {
    assertThat(PositionLabels.parse("uỷ viên ban chấp hành"))
        .contains(Position.EXECUTIVE_COMMITTEE);
    assertThat(PositionLabels.parse("  PHÓ   CHỦ TỊCH ")).contains(Position.VICE_CHAIR);
    assertThat(PositionLabels.parse(Normalizer.normalize("Tổ trưởng", Normalizer.Form.NFD)))
        .contains(Position.GROUP_LEADER);
    assertThat(PositionLabels.parse("Giám đốc")).isEmpty();
  }
}
