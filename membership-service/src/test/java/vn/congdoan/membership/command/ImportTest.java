package vn.congdoan.membership.command;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.membership.command.BranchMother.BRANCH;
import static vn.congdoan.membership.command.BranchMother.GROUP_1;
import static vn.congdoan.membership.command.BranchMother.HONG;
import static vn.congdoan.membership.command.BranchMother.HONG_DATA;
import static vn.congdoan.membership.command.BranchMother.JOINED;
import static vn.congdoan.membership.command.BranchMother.REGISTERED;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.membership.api.GroupAddedEvent;
import vn.congdoan.membership.api.GroupId;
import vn.congdoan.membership.api.ImportLine;
import vn.congdoan.membership.api.ImportMembersCommand;
import vn.congdoan.membership.api.ImportResult;
import vn.congdoan.membership.api.ImportResult.Rejection;
import vn.congdoan.membership.api.MemberAdmittedEvent;
import vn.congdoan.membership.api.PersonalData;
import vn.congdoan.membership.api.Position;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.Refusal;

class ImportTest {
  private static final MemberId BINH = new MemberId("le-van-binh");
  private static final PersonalData BINH_DATA =
      new PersonalData("Lê Văn Bình", LocalDate.of(1979, 1, 2), null, null);
  private static final MemberId TAKEN = new MemberId("da-dung");

  private FakeClaims claims;
  private AggregateTestFixture<Branch> fixture;

  @BeforeEach
  void setUp() {
    claims = new FakeClaims();
    fixture = BranchMother.fixture(new FakeKeys(), claims);
  }

  private static ImportLine line(int n, MemberId id, PersonalData data, String group) {
    return new ImportLine(n, id, group, data, Gender.MALE, JOINED, Position.CHAIR, false);
  }

  /** Bình as {@link #line} admits him, in {@code group}. */
  private static MemberAdmittedEvent binhAdmitted(String group) {
    return new MemberAdmittedEvent(
        BINH,
        BRANCH,
        new GroupId(group),
        FakeKeys.sealed(BINH_DATA),
        Gender.MALE,
        1979,
        JOINED,
        Position.CHAIR,
        false);
  }

  @Test
  void validLinesAreAdmittedAndEachBadLineIsReportedWithItsNumber() {
    claims.claims.put(TAKEN, new BranchId("another-branch"));
    fixture
        .given(REGISTERED, GROUP_1, BranchMother.hongAdmitted())
        .when(
            new ImportMembersCommand(
                BRANCH,
                List.of(
                    line(2, BINH, BINH_DATA, "to-1"),
                    line(3, HONG, HONG_DATA, "to-1"),
                    line(4, new MemberId("x-1"), BINH_DATA, "to-7"),
                    line(5, TAKEN, BINH_DATA, "to-1"))))
        .expectEvents(binhAdmitted("to-1"))
        .expectResultMessagePayload(
            new ImportResult(
                1,
                List.of(
                    new Rejection(3, "Member nguyen-thi-hong is already in branch vp-doan-dbqh"),
                    new Rejection(4, "Branch vp-doan-dbqh has no group to-7"),
                    new Rejection(5, "Member id da-dung is already in use"))));
  }

  @Test
  void aLineMayNameItsGroupAsOfficersKnowIt() {
    var office = new GroupAddedEvent(BRANCH, new GroupId("to-van-phong"), "Tổ Văn phòng");
    var twin = new GroupAddedEvent(BRANCH, new GroupId("to-van-phong-2"), "Tổ  văn phòng 2");
    fixture
        .given(REGISTERED, office, twin)
        .when(
            new ImportMembersCommand(
                BRANCH,
                List.of(
                    line(2, BINH, BINH_DATA, " tổ VĂN  phòng "),
                    line(3, HONG, HONG_DATA, "Tổ Kho"))))
        .expectEvents(binhAdmitted("to-van-phong"))
        .expectResultMessagePayload(
            new ImportResult(
                1, List.of(new Rejection(3, "Branch vp-doan-dbqh has no group Tổ Kho"))));
  }

  @Test
  void aFileOfOnlyBadLinesRecordsNothing() {
    fixture
        .given(REGISTERED, GROUP_1)
        .when(new ImportMembersCommand(BRANCH, List.of(line(2, BINH, BINH_DATA, "to-9"))))
        .expectNoEvents()
        .expectResultMessagePayload(
            new ImportResult(
                0, List.of(new Rejection(2, "Branch vp-doan-dbqh has no group to-9"))));
  }

  @Test
  void aRefusedLineIsToldInTheCallersLanguage() {
    var taken = Rejection.of(5, Refusal.of("membership.member.id-taken", "da-dung"));
    assertThat(taken.problem()).isEqualTo("Member id da-dung is already in use");
    assertThat(taken.in(Locale.forLanguageTag("vi")).problem())
        .isEqualTo("Mã đoàn viên da-dung đã được sử dụng");
  }
}
