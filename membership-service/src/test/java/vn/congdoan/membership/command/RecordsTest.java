package vn.congdoan.membership.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.congdoan.membership.command.BranchMother.BRANCH;
import static vn.congdoan.membership.command.BranchMother.GROUP_1;
import static vn.congdoan.membership.command.BranchMother.HONG;
import static vn.congdoan.membership.command.BranchMother.REGISTERED;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.membership.api.AchievementKind;
import vn.congdoan.membership.api.AwardGrantedEvent;
import vn.congdoan.membership.api.ComplaintReceivedEvent;
import vn.congdoan.membership.api.ComplaintResolvedEvent;
import vn.congdoan.membership.api.GrantAwardCommand;
import vn.congdoan.membership.api.GroupId;
import vn.congdoan.membership.api.GroupRating;
import vn.congdoan.membership.api.MemberRating;
import vn.congdoan.membership.api.RatingsRecordedEvent;
import vn.congdoan.membership.api.RecordAchievementCommand;
import vn.congdoan.membership.api.RecordRatingsCommand;
import vn.congdoan.membership.api.ResolveComplaintCommand;
import vn.congdoan.platform.api.ConflictException;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.NotFoundException;
import vn.congdoan.platform.api.RuleViolationException;

class RecordsTest {
  private static final LocalDate DAY = LocalDate.of(2024, 9, 20);
  private static final ComplaintReceivedEvent RECEIVED =
      new ComplaintReceivedEvent("k1", BRANCH, DAY, "Đơn kiến nghị về chế độ");
  private static final AwardGrantedEvent TENNIS =
      new AwardGrantedEvent(
          "a1", BRANCH, 2024, HONG, "Giải Nhất đôi nam quần vợt", "Ban tổ chức Hội thao", DAY);

  private AggregateTestFixture<Branch> fixture;

  @BeforeEach
  void setUp() {
    fixture = BranchMother.fixture(new FakeKeys(), new FakeClaims());
  }

  @Test
  void ratingsOfTheBranchItsGroupsAndMembersAreRecorded() {
    var ratings =
        new RecordRatingsCommand(
            BRANCH,
            2024,
            "STRONG",
            List.of(new GroupRating(new GroupId("to-1"), "STRONG_EXCELLENT")),
            List.of(new MemberRating(HONG, "EXCELLENT")));
    fixture
        .given(REGISTERED, GROUP_1, BranchMother.hongAdmitted())
        .when(ratings)
        .expectEvents(
            new RatingsRecordedEvent(
                BRANCH, 2024, "STRONG", ratings.groupRatings(), ratings.memberRatings()));
  }

  @Test
  void aDepartedMemberCannotBeRated() {
    fixture
        .given(REGISTERED, GROUP_1, BranchMother.hongAdmitted(), BranchMother.departed(HONG, DAY))
        .when(
            new RecordRatingsCommand(
                BRANCH, 2024, null, List.of(), List.of(new MemberRating(HONG, "GOOD"))))
        .expectException(RuleViolationException.class)
        .expectExceptionMessage(
            "Member nguyen-thi-hong left branch vp-doan-dbqh on 2024-09-20 and cannot be rated any"
                + " more")
        .expectNoEvents();
  }

  @Test
  void ratingAGroupTheBranchDoesNotHaveIsRefused() {
    fixture
        .given(REGISTERED, GROUP_1)
        .when(
            new RecordRatingsCommand(
                BRANCH,
                2024,
                null,
                List.of(new GroupRating(new GroupId("to-5"), "STRONG")),
                List.of()))
        .expectException(RuleViolationException.class)
        .expectNoEvents();
  }

  @Test
  void anAwardToAMemberIsRecordedOnce() {
    var award =
        new GrantAwardCommand(BRANCH, "a1", 2024, HONG, TENNIS.title(), TENNIS.issuer(), DAY);
    fixture
        .given(REGISTERED, GROUP_1, BranchMother.hongAdmitted())
        .when(award)
        .expectEvents(TENNIS);
    fixture
        .given(REGISTERED, GROUP_1, BranchMother.hongAdmitted(), TENNIS)
        .when(award)
        .expectException(ConflictException.class)
        .expectNoEvents();
  }

  @Test
  void anAwardOrAchievementForSomeoneNotInTheBranchIsRefused() {
    fixture
        .given(REGISTERED, GROUP_1)
        .when(
            new GrantAwardCommand(
                BRANCH, "a2", 2024, new MemberId("nobody"), "Bằng khen", "LĐLĐ tỉnh", DAY))
        .expectException(RuleViolationException.class);
    fixture
        .given(REGISTERED, GROUP_1)
        .when(
            new RecordAchievementCommand(
                BRANCH, "s1", new MemberId("nobody"), 2024, AchievementKind.DOCTORATE, "Tiến sĩ"))
        .expectException(RuleViolationException.class)
        .expectNoEvents();
  }

  @Test
  void aComplaintIsResolvedOnceAndNotBeforeItArrived() {
    fixture
        .given(REGISTERED, RECEIVED)
        .when(new ResolveComplaintCommand(BRANCH, "k1", DAY.plusDays(10), "Đã giải quyết"))
        .expectEvents(new ComplaintResolvedEvent("k1", BRANCH, DAY.plusDays(10), "Đã giải quyết"));
    fixture
        .given(REGISTERED, RECEIVED, new ComplaintResolvedEvent("k1", BRANCH, DAY, "Đã giải quyết"))
        .when(new ResolveComplaintCommand(BRANCH, "k1", DAY.plusDays(10), "Lại"))
        .expectException(RuleViolationException.class);
    fixture
        .given(REGISTERED, RECEIVED)
        .when(new ResolveComplaintCommand(BRANCH, "k1", DAY.minusDays(1), "Sớm"))
        .expectException(RuleViolationException.class);
    fixture
        .given(REGISTERED)
        .when(new ResolveComplaintCommand(BRANCH, "k9", DAY, "?"))
        .expectException(NotFoundException.class);
  }

  @Test
  void theComplaintsStillOpenAreListedOldestFirstWithTheirSubjects() {
    var earlier = new ComplaintReceivedEvent("k0", BRANCH, DAY.minusDays(5), "Đơn về giờ làm thêm");
    var later = new ComplaintReceivedEvent("k2", BRANCH, DAY.plusDays(1), "Đơn về nhà ăn");
    fixture
        .given(REGISTERED, later, RECEIVED, earlier)
        .when(new ResolveComplaintCommand(BRANCH, "k1", DAY.plusDays(2), "Đã giải quyết"))
        .expectState(
            branch ->
                assertThat(branch.records().openComplaints())
                    .extracting(
                        ComplaintReceivedEvent::complaintId, ComplaintReceivedEvent::subject)
                    .containsExactly(
                        tuple("k0", "Đơn về giờ làm thêm"), tuple("k2", "Đơn về nhà ăn")));
  }
}
