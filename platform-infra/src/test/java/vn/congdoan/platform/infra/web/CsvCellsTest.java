package vn.congdoan.platform.infra.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

  @Test
  void textAFormulaCouldStartWithIsMarkedAsText() {
    for (String formula :
        new String[] {"=1+1", "+1", "-1+A1", "@SUM(A1)", "\t=1", "\r=1", "\n=1"}) {
      assertThat(CsvCells.safe(formula)).isEqualTo("'" + formula);
    }
  }

  @Test
  void everythingElseIsWrittenAsItIs() {
    assertThat(CsvCells.safe("Nguyễn Thị Hoa")).isEqualTo("Nguyễn Thị Hoa");
    assertThat(CsvCells.safe("")).isEmpty();
    assertThat(CsvCells.safe((Object) 42L)).isEqualTo(42L);
    assertThat(CsvCells.safe((Object) null)).isNull();
    assertThat(CsvCells.safe((Object) "=x")).isEqualTo("'=x");
  }
}
