package vn.congdoan.welfare.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.platform.api.EventEnvelope;

/** A corrected gender changes who the directory finds for the women's days, as of always. */
class MemberCorrectionTest extends DirectoryCase {
  private static final String SO_Y_TE = "so-y-te";
  private static final LocalDate JOINED = LocalDate.of(2020, 3, 2);
  private static final LocalDate MARCH_8 = LocalDate.of(2025, 3, 8);

  @Test
  void aMemberCorrectedToFemaleIsAmongTheWomenAndOneCorrectedToMaleIsNot() {
    model.apply(
        events.admitted(SO_Y_TE, "lan", Gender.MALE, JOINED),
        events.admitted(SO_Y_TE, "tuan", Gender.FEMALE, JOINED),
        events.corrected(SO_Y_TE, "lan", Gender.FEMALE),
        events.corrected(SO_Y_TE, "tuan", Gender.MALE));

    assertThat(model.directory.activeWomen(SO_Y_TE, MARCH_8)).containsExactly("lan");
    assertThat(model.directory.activeWomen(SO_Y_TE, JOINED)).containsExactly("lan");
  }

  @Test
  void anEarlierCorrectionDeliveredAgainDoesNotUndoALaterOne() {
    EventEnvelope admitted = events.admitted(SO_Y_TE, "lan", Gender.MALE, JOINED);
    EventEnvelope first = events.corrected(SO_Y_TE, "lan", Gender.FEMALE);
    EventEnvelope second = events.corrected(SO_Y_TE, "lan", Gender.MALE);
    model.apply(admitted, first, second);
    var once = model.contents();

    model.apply(first);

    assertThat(model.contents()).isEqualTo(once);
    assertThat(model.directory.activeWomen(SO_Y_TE, MARCH_8)).isEmpty();
    assertThat(model.count("duplicate")).isEqualTo(1);
  }

  @Test
  void aCorrectionKeepsTheMembersPeriods() {
    model.apply(
        events.admitted(SO_Y_TE, "lan", Gender.MALE, JOINED),
        events.departed(SO_Y_TE, "lan", MARCH_8),
        events.corrected(SO_Y_TE, "lan", Gender.FEMALE));

    assertThat(model.directory.activeWomen(SO_Y_TE, MARCH_8.minusDays(1))).containsExactly("lan");
    assertThat(model.directory.activeWomen(SO_Y_TE, MARCH_8)).isEmpty();
  }
}
