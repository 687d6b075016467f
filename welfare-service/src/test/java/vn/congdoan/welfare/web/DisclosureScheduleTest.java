package vn.congdoan.welfare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.congdoan.welfare.api.CampaignScope;
import vn.congdoan.welfare.api.DisclosureDeadline.Disclosure;
import vn.congdoan.welfare.api.DisclosureDeadline.Status;
import vn.congdoan.welfare.command.CampaignView;
import vn.congdoan.welfare.config.DisclosureSettings;

class DisclosureScheduleTest {
  private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final LocalDate CLOSED = LocalDate.of(2024, 9, 30);
  private static final LocalDate REMITTED = LocalDate.of(2024, 10, 2);
  private static final DisclosureSettings GUIDANCE_42 = new DisclosureSettings(15, 30);

  private static DisclosureSchedule on(LocalDate today, DisclosureSettings settings) {
    Clock clock = Clock.fixed(today.atTime(9, 0).atZone(HANOI).toInstant(), HANOI);
    return new DisclosureSchedule(settings, clock);
  }

  private static CampaignView campaign(
      LocalDate closedOn,
      LocalDate lastRemittedOn,
      List<LocalDate> receipts,
      List<LocalDate> distributions) {
    return new CampaignView(
        "bao-so-3-2024",
        "Bão số 3",
        CampaignScope.PROVINCE,
        null,
        "Bão Yagi",
        LocalDate.of(2024, 9, 9),
        null,
        closedOn,
        46_000_000,
        lastRemittedOn == null ? 0 : 46_000_000,
        23,
        List.of(),
        lastRemittedOn,
        receipts,
        distributions);
  }

  @Test
  void nothingIsDueWhileTheCampaignCollectsAndHasRemittedNothing() {
    var d = on(CLOSED, GUIDANCE_42).of(campaign(null, null, List.of(), List.of()));
    assertThat(d.receipts()).isEqualTo(new Disclosure(Status.NOT_DUE, null, null));
    assertThat(d.distribution()).isEqualTo(new Disclosure(Status.NOT_DUE, null, null));
  }

  @Test
  void receiptsAreDueForFifteenDaysAfterClosingThenOverdue() {
    var closed = campaign(CLOSED, null, List.of(), List.of());
    LocalDate dueBy = LocalDate.of(2024, 10, 15);
    assertThat(on(dueBy, GUIDANCE_42).of(closed).receipts())
        .isEqualTo(new Disclosure(Status.DUE, dueBy, null));
    assertThat(on(dueBy.plusDays(1), GUIDANCE_42).of(closed).receipts())
        .isEqualTo(new Disclosure(Status.OVERDUE, dueBy, null));
  }

  @Test
  void publishedReceiptsAreDoneEvenWhenLate() {
    LocalDate late = LocalDate.of(2024, 10, 20);
    var d = on(late.plusDays(30), GUIDANCE_42).of(campaign(CLOSED, null, List.of(late), List.of()));
    assertThat(d.receipts()).isEqualTo(new Disclosure(Status.DONE, CLOSED.plusDays(15), late));
  }

  @Test
  void theDistributionIsDueForThirtyDaysAfterTheLastRemittance() {
    var d =
        on(REMITTED.plusDays(31), GUIDANCE_42).of(campaign(CLOSED, REMITTED, List.of(), List.of()));
    assertThat(d.distribution())
        .isEqualTo(new Disclosure(Status.OVERDUE, LocalDate.of(2024, 11, 1), null));
  }

  @Test
  void aLaterRemittanceMovesTheDeadlineAndUndoesAnEarlierDistribution() {
    LocalDate published = REMITTED.plusDays(5);
    LocalDate later = REMITTED.plusDays(10);
    var d =
        on(later.plusDays(1), GUIDANCE_42)
            .of(campaign(CLOSED, later, List.of(), List.of(published)));
    assertThat(d.distribution()).isEqualTo(new Disclosure(Status.DUE, later.plusDays(30), null));
  }

  @Test
  void aDistributionPublishedOnTheDayOfTheLastRemittanceCounts() {
    var d = on(REMITTED, GUIDANCE_42).of(campaign(CLOSED, REMITTED, List.of(), List.of(REMITTED)));
    assertThat(d.distribution().status()).isEqualTo(Status.DONE);
    assertThat(d.distribution().publishedOn()).isEqualTo(REMITTED);
  }

  @Test
  void thePeriodsComeFromTheSettings() {
    var d =
        on(CLOSED, new DisclosureSettings(7, 10))
            .of(campaign(CLOSED, REMITTED, List.of(), List.of()));
    assertThat(d.receipts().dueBy()).isEqualTo(CLOSED.plusDays(7));
    assertThat(d.distribution().dueBy()).isEqualTo(REMITTED.plusDays(10));
  }
}
