package vn.congdoan.welfare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.congdoan.membership.api.MemberStatus;
import vn.congdoan.membership.api.RosterEntry;
import vn.congdoan.platform.api.MemberId;

class OccasionRecipientsTest {
  private static RosterEntry born(String id, LocalDate dateOfBirth) {
    return line(id, dateOfBirth, false);
  }

  /** A roster line with what birthdays go by; the rest is not read. */
  private static RosterEntry line(String id, LocalDate dateOfBirth, boolean erased) {
    return new RosterEntry(
        new MemberId(id),
        null,
        dateOfBirth,
        null,
        null,
        erased,
        null,
        null,
        null,
        null,
        null,
        false,
        MemberStatus.ACTIVE,
        null,
        null,
        null,
        null,
        null);
  }

  @Test
  void birthdaysGoToMembersBornInTheMonthWhoBelongOnTheDay() {
    var roster =
        List.of(
            born("nguyen-thi-hong", LocalDate.of(1985, 5, 8)),
            born("le-van-binh", LocalDate.of(1979, 5, 31)),
            born("tran-van-cuong", LocalDate.of(1990, 6, 1)),
            born("joined-later", LocalDate.of(1995, 5, 2)));
    var activeOnTheDay = List.of("le-van-binh", "nguyen-thi-hong", "tran-van-cuong");

    assertThat(OccasionRecipients.bornIn(5, roster, activeOnTheDay))
        .containsExactly("le-van-binh", "nguyen-thi-hong");
  }

  @Test
  void erasedMembersHaveNoBirthDateToGoBy() {
    var roster =
        List.of(
            line("erased-member", null, true), born("nguyen-thi-hong", LocalDate.of(1985, 5, 8)));

    assertThat(OccasionRecipients.bornIn(5, roster, List.of("erased-member", "nguyen-thi-hong")))
        .containsExactly("nguyen-thi-hong");
  }
}
