package vn.congdoan.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import vn.congdoan.finance.api.ExpenseCategory;
import vn.congdoan.finance.api.Share;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.platform.api.NotFoundException;

/**
 * What a dissolution on a day would do, as the read model knows it: the memberships it ends, those
 * already decided otherwise, the books' balance handed to the upper union, the branch's campaigns
 * still open or holding money.
 */
class WindUpPreviewTest extends ReadModelTestBase {
  private static final String BRANCH = "so-du-lich";
  private static final LocalDate JUNE_1 = LocalDate.of(2025, 6, 1);
  private static final LocalDate JOINED = LocalDate.of(2020, 1, 1);
  private final WelfareEventMother welfare = events.welfare();
  private final FinanceEventMother finance = events.finance();

  private WindUpPreview.WindUp preview() {
    return new WindUpPreview(model.store).of(BRANCH, JUNE_1);
  }

  @Test
  void theMembersOnTheRollThatDayAreTheOnesItEnds() {
    model.apply(
        events.branchRegistered(BRANCH, "Công đoàn Sở Du lịch", "Công đoàn Viên chức tỉnh"),
        events.memberAdmitted(BRANCH, "an", "Lê Văn An", Gender.MALE, "to-1", JOINED),
        events.memberAdmitted(BRANCH, "binh", "Trần Thị Bình", Gender.FEMALE, "to-1", JOINED),
        events.memberMoved(BRANCH, "binh", "to-1", "to-2", LocalDate.of(2025, 3, 1)),
        // gone before the day, or on it: not the dissolution's to end
        events.memberAdmitted(BRANCH, "chi", "Phạm Thị Chi", Gender.FEMALE, "to-1", JOINED),
        events.memberDeparted(BRANCH, "chi", LocalDate.of(2025, 3, 1)),
        events.memberAdmitted(BRANCH, "dung", "Vũ Thị Dung", Gender.FEMALE, "to-1", JOINED),
        events.transferredOut(BRANCH, "dung", "so-van-hoa", JUNE_1),
        // decided otherwise: leaving after the day, or joining after it
        events.memberAdmitted(BRANCH, "dat", "Ngô Văn Đạt", Gender.MALE, "to-1", JOINED),
        events.memberDeparted(BRANCH, "dat", LocalDate.of(2025, 7, 1)),
        events.memberAdmitted(
            BRANCH, "moi", "Lò Văn Mới", Gender.MALE, "to-1", LocalDate.of(2025, 6, 2)));

    var windUp = preview();

    assertThat(windUp.name()).isEqualTo("Công đoàn Sở Du lịch");
    assertThat(windUp.parentUnion()).isEqualTo("Công đoàn Viên chức tỉnh");
    assertThat(windUp.members()).isEqualTo(2);
    assertThat(windUp.leavingLater()).isEqualTo(1);
    assertThat(windUp.joiningLater()).isEqualTo(1);
    assertThat(windUp.effectiveOn()).isEqualTo(JUNE_1);
    assertThat(windUp.booksClosedOn()).isEqualTo(LocalDate.of(2025, 5, 31));
    assertThat(windUp.dissolvedOn()).isNull();
  }

  @Test
  void everythingTheBooksHoldIsHandedOverAndNothingWhenTheyAreShort() {
    model.apply(
        events.branchRegistered(BRANCH, "Công đoàn Sở Du lịch"),
        events.income(BRANCH, 3_000_000, LocalDate.of(2024, 2, 10)),
        finance.dues(BRANCH, YearMonth.of(2025, 1), 50_000, 40_000),
        finance.expense(BRANCH, "chi-1", ExpenseCategory.MEMBER_CARE, 1_000_000, JUNE_1),
        finance.remitted(BRANCH, "nop-1", Share.DUES, 54_000, JUNE_1));

    assertThat(preview().balanceVnd()).isEqualTo(2_036_000);
    assertThat(preview().handedOverVnd()).isEqualTo(2_036_000);

    model.apply(finance.expense(BRANCH, "chi-2", ExpenseCategory.OTHER, 3_000_000, JUNE_1));

    assertThat(preview().balanceVnd()).isEqualTo(-964_000);
    assertThat(preview().handedOverVnd()).isZero();
  }

  @Test
  void onceDissolvedTheBooksHoldNothingMore() {
    model.apply(
        events.branchRegistered(BRANCH, "Công đoàn Sở Du lịch"),
        events.income(BRANCH, 3_000_000, LocalDate.of(2025, 2, 10)),
        events.branchDissolved(BRANCH, JUNE_1),
        finance.booksClosed(BRANCH, JUNE_1.minusDays(1), 3_000_000));

    assertThat(preview().dissolvedOn()).isEqualTo(JUNE_1);
    assertThat(preview().balanceVnd()).isZero();
  }

  @Test
  void itsCampaignsStillOpenOrHoldingMoneyAreNamed() {
    LocalDate opens = LocalDate.of(2025, 3, 1);
    model.apply(
        events.branchRegistered(BRANCH, "Công đoàn Sở Du lịch"),
        welfare.campaignLaunched("dang-mo", "Đang vận động", BRANCH, opens),
        welfare.contribution("dang-mo", "g-1", BRANCH, 700_000, opens.plusDays(1)),
        welfare.fundsRemitted("dang-mo", "ck-1", 200_000, opens.plusDays(2)),
        welfare.campaignLaunched("con-giu", "Còn giữ tiền", BRANCH, opens),
        welfare.contribution("con-giu", "g-2", BRANCH, 300_000, opens.plusDays(1)),
        welfare.campaignClosed("con-giu", opens.plusDays(5)),
        welfare.campaignLaunched("xong", "Đã xong", BRANCH, opens),
        welfare.campaignClosed("xong", opens.plusDays(5)),
        welfare.campaignLaunched("bao-so-3", "Của tỉnh", null, opens));

    assertThat(preview().campaigns())
        .containsExactly( // opened the same day: by id
            new WindUpPreview.Campaign(
                "con-giu", "Còn giữ tiền", opens.plusDays(5), 300_000, 0, 300_000),
            new WindUpPreview.Campaign(
                "dang-mo", "Đang vận động", null, 700_000, 200_000, 500_000));
  }

  @Test
  void anUnknownBranchIsNotFound() {
    assertThatThrownBy(() -> new WindUpPreview(model.store).of("khong-co", JUNE_1))
        .isInstanceOf(NotFoundException.class);
  }
}
