package vn.congdoan.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import vn.congdoan.membership.api.AchievementKind;
import vn.congdoan.membership.api.ActivityKind;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.reporting.ingest.Delivery;
import vn.congdoan.reporting.query.ProvinceSummary.BranchFigures;
import vn.congdoan.welfare.api.GrantKind;

class ProvinceFiguresTest extends ReadModelTestBase {
  private static final String TAI_CHINH = "so-tai-chinh";
  private static final String Y_TE = "so-y-te";
  private static final String VIEN_CHUC = "Công đoàn Viên chức tỉnh";
  private final WelfareEventMother welfare = events.welfare();

  @Test
  void theProvinceSumsEveryBranchAndListsEachBranchsMembers() {
    model.apply(
        events.branchRegistered(TAI_CHINH, "Công đoàn cơ sở Sở Tài chính"),
        events.groupAdded(TAI_CHINH, "to-1", "Tổ Ngân sách"),
        events.branchRegistered("vp-doan-dbqh", "Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh"),
        events.groupAdded("vp-doan-dbqh", "to-1", "Tổ Văn phòng"),
        events.groupAdded("vp-doan-dbqh", "to-2", "Tổ Dân nguyện"),
        events.branchRegistered(Y_TE, "Công đoàn cơ sở Sở Y tế"),
        thuyAdmitted(),
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
        welfare.grant(
            TAI_CHINH, "om-dau", GrantKind.SICKNESS_VISIT, LocalDate.of(2024, 7, 7), 1, 1_000_000),
        welfare.grant(
            "vp-doan-dbqh",
            "qua-20-10",
            GrantKind.WOMENS_DAY_OCT20,
            LocalDate.of(2024, 10, 20),
            16,
            300_000),
        events.income(TAI_CHINH, 3_000_000, LocalDate.of(2024, 3, 3)),
        welfare.campaignLaunched(
            "bao-so-3", "Ủng hộ đồng bào bão số 3", null, LocalDate.of(2024, 9, 9)),
        welfare.contribution(
            "bao-so-3", "ct-1", "vp-doan-dbqh", 4_600_000, LocalDate.of(2024, 9, 12)),
        welfare.contribution("bao-so-3", "ct-2", Y_TE, 1_000_000, LocalDate.of(2024, 9, 13)),
        events.income("vp-doan-dbqh", 2_000_000, LocalDate.of(2024, 4, 4)));

    ProvinceSummary province = model.province(2024);

    assertThat(province.members().total()).isEqualTo(3);
    assertThat(province.members().male()).isEqualTo(1);
    assertThat(province.members().female()).isEqualTo(2);
    assertThat(province.members().groups()).isEqualTo(3);
    assertThat(province.members().joined()).isEqualTo(1);
    assertThat(province.welfare().amountVnd()).isEqualTo(5_800_000);
    assertThat(province.welfare().byKind()).containsOnlyKeys("SICKNESS_VISIT", "WOMENS_DAY_OCT20");
    assertThat(province.finance().incomeVnd()).isEqualTo(5_000_000);
    assertThat(namedRows(province))
        .containsExactly(
            tuple(TAI_CHINH, "Công đoàn cơ sở Sở Tài chính", VIEN_CHUC, 1L, null),
            tuple(Y_TE, "Công đoàn cơ sở Sở Y tế", VIEN_CHUC, 0L, null),
            tuple(
                "vp-doan-dbqh", "Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh", VIEN_CHUC, 2L, null));
    for (BranchFigures row : province.branches()) {
      assertThat(row).as(row.branchId()).isEqualTo(ownFigures(row.branchId()));
    }
  }

  /** The member both tests keep in the first group of Sở Tài chính's branch. */
  private Delivery thuyAdmitted() {
    return events.memberAdmitted(
        TAI_CHINH, "le-thi-thuy", "Lê Thị Thủy", Gender.FEMALE, "to-1", LocalDate.of(2010, 1, 4));
  }

  /** Each row of the province's table by who the branch is and how many members it counts. */
  private static List<Tuple> namedRows(ProvinceSummary province) {
    return province.branches().stream()
        .map(b -> tuple(b.branchId(), b.name(), b.parentUnion(), b.members(), b.dissolvedOn()))
        .toList();
  }

  /** What a branch's own summary says, in the shape of its row in the province's table. */
  private BranchFigures ownFigures(String branchId) {
    YearSummary own = model.year(branchId, 2024);
    return new BranchFigures(
        branchId,
        own.name(),
        own.parentUnion(),
        own.dissolvedOn(),
        own.members().groups(),
        own.members().total(),
        own.members().male(),
        own.members().female(),
        own.members().joined(),
        own.members().left(),
        own.welfare().recipients(),
        own.welfare().amountVnd(),
        own.donations().amountVnd(),
        own.finance().incomeVnd(),
        own.finance().expenseVnd(),
        own.finance().remittedVnd(),
        own.finance().balanceVnd());
  }

  @Test
  void everyOtherFigureIsSummedOverTheBranchesAndATransferMovesNoOneOutOfTheProvince() {
    BranchRecordMother records = events.records();
    model.apply(
        events.branchRegistered(TAI_CHINH, "Công đoàn cơ sở Sở Tài chính"),
        events.groupAdded(TAI_CHINH, "to-1", "Tổ Ngân sách"),
        events.branchRegistered(Y_TE, "Công đoàn cơ sở Sở Y tế"),
        events.groupAdded(Y_TE, "to-1", "Tổ Điều dưỡng"),
        thuyAdmitted(),
        events.memberAdmitted(
            Y_TE,
            "ngo-van-tam",
            "Ngô Văn Tâm",
            Gender.MALE,
            "to-1",
            LocalDate.of(2015, 1, 4),
            true),
        events.transferredOut(TAI_CHINH, "le-thi-thuy", Y_TE, LocalDate.of(2024, 9, 1)),
        events.transferredIn(
            Y_TE, "le-thi-thuy", TAI_CHINH, "to-1", Gender.FEMALE, LocalDate.of(2024, 9, 1)),
        records.ratings(TAI_CHINH, 2024, "STRONG", Map.of("to-1", "STRONG"), Map.of()),
        records.ratings(
            Y_TE,
            2024,
            "STRONG_EXCELLENT",
            Map.of("to-1", "STRONG"),
            Map.of("le-thi-thuy", "GOOD")),
        records.award(TAI_CHINH, "khen-1", 2024, null),
        records.award(Y_TE, "khen-1", 2024, "le-thi-thuy"),
        records.achievement(Y_TE, "hoc-1", "ngo-van-tam", 2024, AchievementKind.DOCTORATE),
        records.activity(TAI_CHINH, "hn-1", ActivityKind.CONFERENCE, LocalDate.of(2024, 3, 1), 40),
        records.activity(Y_TE, "hn-1", ActivityKind.CONFERENCE, LocalDate.of(2024, 3, 2), 25),
        records.complaintReceived(Y_TE, "don-1", LocalDate.of(2024, 4, 1)),
        records.inspection(TAI_CHINH, "kt-1", LocalDate.of(2024, 5, 5), 1),
        records.inspection(Y_TE, "kt-1", LocalDate.of(2024, 5, 6), 2),
        events.branchDissolved(TAI_CHINH, LocalDate.of(2025, 6, 1)));

    ProvinceSummary province = model.province(2024);

    assertThat(province.members())
        .extracting(
            YearSummary.Members::total,
            YearSummary.Members::female,
            YearSummary.Members::honorary,
            YearSummary.Members::transferredIn,
            YearSummary.Members::transferredOut)
        .containsExactly(1L, 1L, 1L, 1L, 1L);
    assertThat(namedRows(province))
        .containsExactly(
            tuple(
                TAI_CHINH, "Công đoàn cơ sở Sở Tài chính", VIEN_CHUC, 0L, LocalDate.of(2025, 6, 1)),
            tuple(Y_TE, "Công đoàn cơ sở Sở Y tế", VIEN_CHUC, 1L, null));
    assertThat(province.ratings())
        .isEqualTo(
            new ProvinceSummary.Ratings(
                null,
                Map.of("STRONG", 1L, "STRONG_EXCELLENT", 1L),
                Map.of("STRONG", 2L),
                Map.of("GOOD", 1L)));
    assertThat(province.ratings().branches()).containsKeys("STRONG", "STRONG_EXCELLENT");
    assertThat(province.awards()).isEqualTo(new YearSummary.Awards(2, 1, 1));
    assertThat(province.achievements().byKind()).containsExactly(Map.entry("DOCTORATE", 1L));
    assertThat(province.activities().byKind())
        .containsExactly(Map.entry("CONFERENCE", new YearSummary.ActivityCount(2, 65)));
    assertThat(province.inspection()).isEqualTo(new YearSummary.Inspection(1, 0, 2, 3));
  }
}
