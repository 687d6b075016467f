package vn.congdoan.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.reporting.ingest.Delivery;
import vn.congdoan.reporting.query.YearSummary.GroupMembers;
import vn.congdoan.reporting.query.YearSummary.Members;

/** Members who move between groups, are honorary, leave, or have their data erased. */
class MemberMovesTest extends ReadModelTestBase {
  private static final String VP = "vp-doan-dbqh";

  @BeforeEach
  void registerBranch() {
    model.apply(
        events.branchRegistered(VP, "Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh"),
        events.groupAdded(VP, "to-1", "Tổ Văn phòng"),
        events.groupAdded(VP, "to-2", "Tổ Dân nguyện"));
  }

  private Delivery admit(String branch, String member, Gender gender, String group, LocalDate on) {
    return events.memberAdmitted(branch, member, member, gender, group, on);
  }

  @Test
  void honoraryMembersAreCountedApartFromTheTotalAndItsGroups() {
    model.apply(
        admit(VP, "mai-thi-lan", Gender.FEMALE, "to-1", LocalDate.of(2020, 1, 1)),
        events.memberAdmitted(
            VP,
            "hoang-van-tu",
            "Hoàng Văn Tư",
            Gender.MALE,
            "to-2",
            LocalDate.of(2024, 3, 1),
            true));

    Members members = model.year(VP, 2024).members();

    assertThat(members)
        .extracting(Members::total, Members::male, Members::female, Members::honorary)
        .containsExactly(1L, 0L, 1L, 1L);
    assertThat(members.byGroup()).extracting(GroupMembers::total).containsExactly(1L, 0L);
    // An admission is an admission, honorary or not.
    assertThat(members.joined()).isEqualTo(1);
  }

  @Test
  void aGroupMoveChangesTheGroupsButNotTheTotalOrTheJoined() {
    model.apply(admit(VP, "vu-thi-ha", Gender.FEMALE, "to-1", LocalDate.of(2020, 1, 1)));
    model.apply(events.memberMoved(VP, "vu-thi-ha", "to-1", "to-2", LocalDate.of(2024, 5, 1)));

    Members in2024 = model.year(VP, 2024).members();
    assertThat(in2024)
        .extracting(Members::total, Members::female, Members::joined, Members::left)
        .containsExactly(1L, 1L, 0L, 0L);
    assertThat(in2024.byGroup()).extracting(GroupMembers::total).containsExactly(0L, 1L);
    assertThat(model.year(VP, 2023).members().byGroup())
        .extracting(GroupMembers::total)
        .containsExactly(1L, 0L);
    assertThat(model.segments())
        .extracting(d -> d.get("groupId"), d -> d.get("to"), d -> d.get("endKind"))
        .containsExactly(tuple("to-1", "2024-05-01", "GROUP_MOVE"), tuple("to-2", null, null));
  }

  @Test
  void aMoveCarriesTheMembersTraitsOverEvenInTheBatchThatAdmittedThem() {
    model.apply(
        events.memberAdmitted(
            VP, "ly-van-an", "Lý Văn An", Gender.MALE, "to-1", LocalDate.of(2024, 2, 1), true),
        events.memberErased(VP, "ly-van-an"),
        events.memberMoved(VP, "ly-van-an", "to-1", "to-2", LocalDate.of(2024, 3, 1)));

    assertThat(model.segments())
        .extracting(
            d -> d.get("groupId"),
            d -> d.get("gender"),
            d -> d.get("honorary"),
            d -> d.get("birthYear"),
            d -> d.get("position"),
            d -> d.get("erased"))
        .containsExactly(
            tuple("to-1", "MALE", true, EventMother.BIRTH_YEAR, "GROUP_LEADER", true),
            tuple("to-2", "MALE", true, EventMother.BIRTH_YEAR, "GROUP_LEADER", true));
    assertThat(model.year(VP, 2024).members().honorary()).isEqualTo(1);
  }

  @Test
  void aDepartureCountsByItsEffectiveDateNotWhenItWasRecorded() {
    model.apply(
        admit(VP, "cao-van-khoa", Gender.MALE, "to-1", LocalDate.of(2010, 1, 1)),
        events.memberDeparted(VP, "cao-van-khoa", LocalDate.of(2025, 1, 10)),
        admit(VP, "mai-thi-nga", Gender.FEMALE, "to-1", LocalDate.of(2025, 1, 1)));

    assertThat(model.year(VP, 2024).members())
        .extracting(Members::total, Members::male, Members::joined, Members::left)
        .containsExactly(1L, 1L, 0L, 0L);
    assertThat(model.year(VP, 2025).members())
        .extracting(Members::total, Members::female, Members::joined, Members::left)
        .containsExactly(1L, 1L, 1L, 1L);
  }

  @Test
  void whileTheYearRunsMembersAreCountedAsOfToday() {
    var march = new TestReadModel(mongo, "reporting", LocalDate.of(2025, 3, 15));
    march.apply(
        admit(VP, "phan-van-loc", Gender.MALE, "to-1", LocalDate.of(2025, 1, 2)),
        admit(VP, "dinh-thi-yen", Gender.FEMALE, "to-1", LocalDate.of(2025, 5, 1)),
        admit(VP, "bui-van-son", Gender.MALE, "to-2", LocalDate.of(2010, 1, 1)),
        events.memberDeparted(VP, "bui-van-son", LocalDate.of(2025, 6, 30)));

    assertThat(march.year(VP, 2025).members())
        .extracting(Members::total, Members::female, Members::joined, Members::left, Members::asOf)
        .containsExactly(2L, 0L, 1L, 0L, LocalDate.of(2025, 3, 15));
    assertThat(march.year(VP, 2024).members().asOf()).isEqualTo(LocalDate.of(2024, 12, 31));
  }
}
