package vn.congdoan.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.platform.api.NotFoundException;
import vn.congdoan.reporting.ingest.Delivery;
import vn.congdoan.reporting.query.YearSummary.GroupMembers;

class MemberFiguresTest extends ReadModelTestBase {
  private static final String BRANCH = "vp-doan-dbqh";
  private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng"};

  @BeforeEach
  void registerBranch() {
    model.apply(
        events.branchRegistered(BRANCH, "Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh"),
        events.groupAdded(BRANCH, "to-1", "Tổ công đoàn Văn phòng"),
        events.groupAdded(BRANCH, "to-2", "Tổ công đoàn Công tác đại biểu"),
        events.groupAdded(BRANCH, "to-3", "Tổ công đoàn Hành chính – Tổ chức"),
        events.groupAdded(BRANCH, "to-4", "Tổ công đoàn Thông tin – Dân nguyện"));
  }

  private Delivery admit(
      String memberId, String name, Gender gender, String groupId, LocalDate joinedOn) {
    return events.memberAdmitted(BRANCH, memberId, name, gender, groupId, joinedOn);
  }

  @Test
  void theModelBranchHasFortySixMembersThirtyMenAndSixteenWomenInFourGroups() {
    List<Delivery> admissions = new ArrayList<>();
    for (int i = 0; i < 46; i++) {
      Gender gender = i < 30 ? Gender.MALE : Gender.FEMALE;
      String name =
          FAMILY[i % FAMILY.length] + (gender == Gender.MALE ? " Văn Đức " : " Thị Hoà ") + i;
      admissions.add(
          admit("doan-vien-" + i, name, gender, "to-" + (i % 4 + 1), LocalDate.of(2015, 3, 2)));
    }
    model.apply(admissions);

    YearSummary.Members members = model.year(BRANCH, 2024).members();

    assertThat(members.total()).isEqualTo(46);
    assertThat(members.male()).isEqualTo(30);
    assertThat(members.female()).isEqualTo(16);
    assertThat(members.groups()).isEqualTo(4);
    assertThat(members.byGroup())
        .containsExactly(
            new GroupMembers("to-1", "Tổ công đoàn Văn phòng", 12),
            new GroupMembers("to-2", "Tổ công đoàn Công tác đại biểu", 12),
            new GroupMembers("to-3", "Tổ công đoàn Hành chính – Tổ chức", 11),
            new GroupMembers("to-4", "Tổ công đoàn Thông tin – Dân nguyện", 11));
  }

  @Test
  void membersAdmittedAfterTheYearsEndAreNotCountedInThatYear() {
    model.apply(
        admit("le-van-binh", "Lê Văn Bình", Gender.MALE, "to-1", LocalDate.of(2024, 12, 31)),
        admit("tran-thi-mai", "Trần Thị Mai", Gender.FEMALE, "to-1", LocalDate.of(2025, 1, 1)));

    assertThat(model.year(BRANCH, 2024).members().total()).isEqualTo(1);
    assertThat(model.year(BRANCH, 2025).members().total()).isEqualTo(2);
    assertThat(model.year(BRANCH, 2023).members().total()).isZero();
  }

  @Test
  void joinedCountsOnlyTheAdmissionsWithinTheYear() {
    model.apply(
        admit("pham-quoc-dung", "Phạm Quốc Dũng", Gender.MALE, "to-2", LocalDate.of(2019, 5, 20)),
        admit("vu-thi-thu", "Vũ Thị Thu", Gender.FEMALE, "to-2", LocalDate.of(2024, 1, 1)));

    YearSummary.Members members = model.year(BRANCH, 2024).members();

    assertThat(members.total()).isEqualTo(2);
    assertThat(members.joined()).isEqualTo(1);
    assertThat(members.left()).isZero();
  }

  @Test
  void groupsWithoutMembersAreListedWithNone() {
    model.apply(
        admit("dang-minh-chau", "Đặng Minh Châu", Gender.FEMALE, "to-3", LocalDate.of(2020, 1, 1)));

    assertThat(model.year(BRANCH, 2024).members().byGroup())
        .extracting(GroupMembers::groupId, GroupMembers::total)
        .containsExactly(
            tuple("to-1", 0L), tuple("to-2", 0L), tuple("to-3", 1L), tuple("to-4", 0L));
  }

  @Test
  void theBranchKeepsItsVietnameseNameAndAnUnknownBranchIsNotFound() {
    assertThat(model.store.branches().find().first().getString("name"))
        .isEqualTo("Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh");
    assertThatThrownBy(() -> model.year("khong-co", 2024)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void membersCarryNoNameOrBirthDateIntoTheReadModel() {
    model.apply(
        admit("hoang-van-nam", "Hoàng Văn Nam", Gender.MALE, "to-4", LocalDate.of(2021, 9, 1)));

    var stored = model.store.memberSegments().find().first();

    assertThat(stored).doesNotContainKey("personal");
    assertThat(stored.toJson())
        .doesNotContain(EventMother.sealed("Hoàng Văn Nam").data())
        .doesNotContain("AES-256-GCM");
    assertThat(stored.getInteger("birthYear")).isEqualTo(1985);
    assertThat(stored.getString("position")).isEqualTo("GROUP_LEADER");
  }

  @Test
  void aMemberWhoLeftDuringTheYearCountsAsLeftAndNoLongerInTheTotal() {
    model.apply(
        admit("ta-van-hung", "Tạ Văn Hùng", Gender.MALE, "to-1", LocalDate.of(2010, 1, 1)),
        admit("kieu-thi-oanh", "Kiều Thị Oanh", Gender.FEMALE, "to-1", LocalDate.of(2010, 1, 1)));
    var departure = events.memberDeparted(BRANCH, "ta-van-hung", LocalDate.of(2024, 5, 31));
    model.apply(departure);
    model.apply(departure);

    assertThat(model.year(BRANCH, 2024).members())
        .extracting(
            YearSummary.Members::total, YearSummary.Members::male, YearSummary.Members::left)
        .containsExactly(1L, 0L, 1L);
    assertThat(model.year(BRANCH, 2023).members())
        .extracting(YearSummary.Members::total, YearSummary.Members::left)
        .containsExactly(2L, 0L);
  }

  @Test
  void aRenamedGroupShowsItsNewNameAndARedeliveredRenameChangesNothing() {
    model.apply(admit("ha-thi-my", "Hà Thị Mỹ", Gender.FEMALE, "to-2", LocalDate.of(2020, 1, 1)));
    var rename = events.groupRenamed(BRANCH, "to-2", "Tổ công đoàn Tổng hợp");
    model.apply(rename);
    model.apply(events.groupRenamed(BRANCH, "to-4", "Tổ công đoàn Dân nguyện"));
    model.apply(rename);

    assertThat(model.year(BRANCH, 2024).members().byGroup())
        .extracting(GroupMembers::groupId, GroupMembers::name, GroupMembers::total)
        .contains(
            tuple("to-2", "Tổ công đoàn Tổng hợp", 1L),
            tuple("to-4", "Tổ công đoàn Dân nguyện", 0L),
            tuple("to-1", "Tổ công đoàn Văn phòng", 0L));
  }
}
