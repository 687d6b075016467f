package vn.congdoan.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.congdoan.membership.api.Gender;

class UnionsAndAgeBandsTest extends ReadModelTestBase {
  private static final String VIEN_CHUC = "Công đoàn Viên chức tỉnh";
  private static final String GIAO_DUC = "Công đoàn Giáo dục tỉnh";
  private static final LocalDate JOINED = LocalDate.of(2020, 1, 6);

  private void twoUnions() {
    model.apply(
        events.branchRegistered("so-tai-chinh", "Công đoàn cơ sở Sở Tài chính", VIEN_CHUC),
        events.groupAdded("so-tai-chinh", "to-1", "Tổ Ngân sách"),
        events.branchRegistered("thpt-dao-duy-tu", "Công đoàn Trường THPT Đào Duy Từ", GIAO_DUC),
        events.groupAdded("thpt-dao-duy-tu", "to-1", "Tổ Toán"),
        events.memberBorn(
            "so-tai-chinh", "a", "Lê Văn An", Gender.MALE, "to-1", JOINED, false, 1996),
        events.memberBorn(
            "so-tai-chinh", "b", "Trần Thị Bình", Gender.FEMALE, "to-1", JOINED, false, 1994),
        events.memberBorn(
            "thpt-dao-duy-tu", "c", "Phạm Thị Cúc", Gender.FEMALE, "to-1", JOINED, false, 1964),
        events.memberBorn(
            "thpt-dao-duy-tu", "d", "Đỗ Văn Dũng", Gender.MALE, "to-1", JOINED, true, 1950));
  }

  @Test
  void anUpperUnionsFiguresCountOnlyItsBranchesAndEveryUnionIsListed() {
    twoUnions();

    ProvinceSummary education = model.province(2024, GIAO_DUC);

    assertThat(education.parentUnion()).isEqualTo(GIAO_DUC);
    assertThat(education.parentUnions()).containsExactly(GIAO_DUC, VIEN_CHUC);
    assertThat(education.members().total()).isEqualTo(1);
    assertThat(education.members().honorary()).isEqualTo(1);
    assertThat(education.branches())
        .extracting(ProvinceSummary.BranchFigures::branchId)
        .containsExactly("thpt-dao-duy-tu");
    assertThat(model.province(2024, " ").members().total()).isEqualTo(3);
  }

  @Test
  void membersFallIntoAgeBandsByTheirAgeThatYearAndHonoraryMembersInNone() {
    twoUnions();

    assertThat(model.province(2024).members().ageBands())
        .containsExactly(
            Map.entry("under30", 1L),
            Map.entry("30-39", 1L),
            Map.entry("40-49", 0L),
            Map.entry("50-59", 0L),
            Map.entry("60+", 1L));
    assertThat(model.year("so-tai-chinh", 2024).members().ageBands())
        .containsEntry("under30", 1L)
        .containsEntry("30-39", 1L)
        .containsEntry("60+", 0L);
  }

  @Test
  void aBranchSummaryNamesTheBranchAndItsUpperUnion() {
    twoUnions();

    YearSummary summary = model.year("thpt-dao-duy-tu", 2024);

    assertThat(summary.name()).isEqualTo("Công đoàn Trường THPT Đào Duy Từ");
    assertThat(summary.parentUnion()).isEqualTo(GIAO_DUC);
  }
}
