package vn.congdoan.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WordingTest {
  @Test
  void moneyIsWrittenWithDotsBetweenThousands() {
    assertThat(Wording.money(136_225_000)).isEqualTo("136.225.000 đồng");
    assertThat(Wording.money(0)).isEqualTo("0 đồng");
    assertThat(Wording.money(999)).isEqualTo("999 đồng");
    assertThat(Wording.money(1_000)).isEqualTo("1.000 đồng");
    assertThat(Wording.money(-2_500_000)).isEqualTo("-2.500.000 đồng");
  }

  @Test
  void countsBelowTenTakeALeadingZeroAsInTheModel() {
    assertThat(Wording.count(1)).isEqualTo("01");
    assertThat(Wording.count(0)).isEqualTo("00");
    assertThat(Wording.count(16)).isEqualTo("16");
    assertThat(Wording.count(1_200)).isEqualTo("1.200");
  }

  @Test
  void theDateLineFollowsTheOfficialForm() {
    assertThat(Wording.placeAndDate("Thanh Hóa", LocalDate.of(2025, 1, 5)))
        .isEqualTo("Thanh Hóa, ngày 05 tháng 01 năm 2025");
    assertThat(Wording.placeAndDate("Thanh Hóa", LocalDate.of(2024, 12, 20)))
        .isEqualTo("Thanh Hóa, ngày 20 tháng 12 năm 2024");
    assertThat(Wording.date(LocalDate.of(2025, 6, 1))).isEqualTo("01/06/2025");
  }

  @Test
  void upperCaseKeepsTheDiacritics() {
    assertThat(Wording.upper("Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh"))
        .isEqualTo("CÔNG ĐOÀN VĂN PHÒNG ĐOÀN ĐBQH VÀ HĐND TỈNH");
  }
}
