package vn.congdoan.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.reporting.ingest.Delivery;
import vn.congdoan.welfare.api.GrantKind;

/**
 * An occasion gift to the 20,000 women of a large branch reaches reporting as 20 events listing
 * recipients and the grant after them: it is one grant in every figure, as if told in one event.
 */
class GrantInPartsTest extends ReadModelTestBase {
  private static final String BRANCH = "cdcs-khu-cong-nghiep";
  private static final LocalDate MARCH_8 = LocalDate.of(2024, 3, 8);

  private final WelfareEventMother welfare = events.welfare();
  private final List<Delivery> gift =
      welfare.grantInParts(BRANCH, "qua-8-3", GrantKind.WOMENS_DAY_MAR8, MARCH_8, 20_000, 500_000);

  @BeforeEach
  void registerBranch() {
    model.apply(events.branchRegistered(BRANCH, "Công đoàn cơ sở Khu công nghiệp"));
  }

  @Test
  void aGiftToTwentyThousandRecordedInPartsIsOneGrantWithAllItsRecipientsAndItsTotal() {
    assertThat(gift).hasSize(21);

    model.apply(gift);

    YearSummary.Welfare figures = model.year(BRANCH, 2024).welfare();
    assertThat(figures.grants()).isEqualTo(1);
    assertThat(figures.recipients()).isEqualTo(20_000);
    assertThat(figures.amountVnd()).isEqualTo(10_000_000_000L);
    assertThat(figures.byKind())
        .containsExactly(
            Map.entry("WOMENS_DAY_MAR8", new YearSummary.Grants(1, 20_000, 10_000_000_000L)));
    assertThat(model.province(2024).welfare().amountVnd()).isEqualTo(10_000_000_000L);
  }

  @Test
  void itsPartsAloneCountNowhereAndRedeliveryChangesNothing() {
    model.apply(gift.subList(0, 20));
    assertThat(model.year(BRANCH, 2024).welfare().grants()).isZero();

    List<Delivery> again = new ArrayList<>(gift);
    again.addAll(gift);
    model.apply(again);

    assertThat(model.year(BRANCH, 2024).welfare().grants()).isEqualTo(1);
    assertThat(model.year(BRANCH, 2024).welfare().recipients()).isEqualTo(20_000);
  }

  @Test
  void itsReversalTakesTheWholeGiftOut() {
    model.apply(gift);
    model.apply(welfare.grantReversed(BRANCH, "qua-8-3", LocalDate.of(2024, 3, 20)));

    assertThat(model.year(BRANCH, 2024).welfare().grants()).isZero();
    assertThat(model.year(BRANCH, 2024).welfare().amountVnd()).isZero();
  }
}
