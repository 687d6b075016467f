package vn.congdoan.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.reporting.query.ProvinceSummary.BranchMembers;
import vn.congdoan.welfare.api.GrantKind;

class ProvinceFiguresTest extends ReadModelTestBase {

  @Test
  void theProvinceSumsEveryBranchAndListsEachBranchsMembers() {
    model.apply(
        events.branchRegistered("so-tai-chinh", "Công đoàn cơ sở Sở Tài chính"),
        events.groupAdded("so-tai-chinh", "to-1", "Tổ Ngân sách"),
        events.branchRegistered("vp-doan-dbqh", "Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh"),
        events.groupAdded("vp-doan-dbqh", "to-1", "Tổ Văn phòng"),
        events.groupAdded("vp-doan-dbqh", "to-2", "Tổ Dân nguyện"),
        events.branchRegistered("so-y-te", "Công đoàn cơ sở Sở Y tế"),
        events.memberAdmitted(
            "so-tai-chinh",
            "le-thi-thuy",
            "Lê Thị Thủy",
            Gender.FEMALE,
            "to-1",
            LocalDate.of(2010, 1, 4)),
        events.memberAdmitted(
            "vp-doan-dbqh",
            "trinh-van-son",
            "Trịnh Văn Sơn",
            Gender.MALE,
            "to-1",
            LocalDate.of(2018, 8, 1)),
        events.memberAdmitted(
            "vp-doan-dbqh",
            "mai-thi-nga",
            "Mai Thị Nga",
            Gender.FEMALE,
            "to-2",
            LocalDate.of(2024, 2, 1)),
        events.memberAdmitted(
            "vp-doan-dbqh",
            "cao-van-khoa",
            "Cao Văn Khoa",
            Gender.MALE,
            "to-2",
            LocalDate.of(2025, 2, 1)),
        events.welfareGrant(
            "so-tai-chinh",
            "om-dau",
            GrantKind.SICKNESS_VISIT,
            LocalDate.of(2024, 7, 7),
            1,
            1_000_000),
        events.welfareGrant(
            "vp-doan-dbqh",
            "qua-20-10",
            GrantKind.WOMENS_DAY_OCT20,
            LocalDate.of(2024, 10, 20),
            16,
            300_000),
        events.income("so-tai-chinh", 3_000_000, LocalDate.of(2024, 3, 3)),
        events.income("vp-doan-dbqh", 2_000_000, LocalDate.of(2024, 4, 4)));

    ProvinceSummary province = model.summaries.forProvince(new ReportYear(2024));

    assertThat(province.members().total()).isEqualTo(3);
    assertThat(province.members().male()).isEqualTo(1);
    assertThat(province.members().female()).isEqualTo(2);
    assertThat(province.members().groups()).isEqualTo(3);
    assertThat(province.members().joined()).isEqualTo(1);
    assertThat(province.welfare().amountVnd()).isEqualTo(5_800_000);
    assertThat(province.welfare().byKind()).containsOnlyKeys("SICKNESS_VISIT", "WOMENS_DAY_OCT20");
    assertThat(province.finance().incomeVnd()).isEqualTo(5_000_000);
    assertThat(province.branches())
        .containsExactly(
            new BranchMembers("so-tai-chinh", "Công đoàn cơ sở Sở Tài chính", 1),
            new BranchMembers("so-y-te", "Công đoàn cơ sở Sở Y tế", 0),
            new BranchMembers("vp-doan-dbqh", "Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh", 2));
  }
}
