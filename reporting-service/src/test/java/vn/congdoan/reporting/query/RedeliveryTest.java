package vn.congdoan.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.welfare.api.GrantKind;

/** At-least-once delivery must still count every event exactly once. */
class RedeliveryTest extends ReadModelTestBase {
  private static final String BRANCH = "vp-doan-dbqh";

  /** A year of a branch's life across all three topics: one of every kind of event, and more. */
  private List<Delivery> aYear() {
    List<Delivery> batch = new ArrayList<>();
    batch.add(events.branchRegistered(BRANCH, "Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh"));
    for (int g = 1; g <= 4; g++) {
      batch.add(events.groupAdded(BRANCH, "to-" + g, "Tổ công đoàn số " + g));
    }
    for (int i = 0; i < 20; i++) {
      Gender gender = i % 3 == 0 ? Gender.FEMALE : Gender.MALE;
      batch.add(
          events.memberAdmitted(
              BRANCH,
              "doan-vien-" + i,
              "Nguyễn Thị Ngọc Ánh " + i,
              gender,
              "to-" + (i % 4 + 1),
              LocalDate.of(2024, 1, 1 + i)));
      if (i % 5 == 0) {
        batch.add(
            events.welfareGrant(
                BRANCH, "qua-" + i, GrantKind.MID_AUTUMN, LocalDate.of(2024, 9, 17), 3, 200_000));
        batch.add(events.income(BRANCH, 1_000_000 + i, LocalDate.of(2024, 5, 2)));
      }
    }
    return batch;
  }

  @Test
  void theSameEnvelopeAppliedTwiceChangesNothing() {
    List<Delivery> year = aYear();
    model.apply(year);
    List<?> once = model.contents();
    YearSummary summary = model.year(BRANCH, 2024);

    for (Delivery delivery : year) {
      model.apply(delivery);
    }

    assertThat(model.contents()).isEqualTo(once);
    assertThat(model.year(BRANCH, 2024)).isEqualTo(summary);
    assertThat(model.count(ProjectionMetrics.APPLIED, "members")).isEqualTo(20);
    assertThat(model.count(ProjectionMetrics.DUPLICATE, "members")).isEqualTo(20);
    assertThat(model.count(ProjectionMetrics.DUPLICATE, "finance_entries")).isEqualTo(4);
  }

  @Test
  void aBatchReappliedAfterACrashHalfwayEndsAsIfAppliedOnce() {
    List<Delivery> year = aYear();
    var onceOnly = new TestReadModel(mongo, "applied-once");
    onceOnly.apply(year);

    model.apply(year.subList(0, year.size() / 2));
    model.apply(year);

    assertThat(model.contents()).isEqualTo(onceOnly.contents());
    assertThat(model.year(BRANCH, 2024)).isEqualTo(onceOnly.year(BRANCH, 2024));
    assertThat(model.year(BRANCH, 2024).members().total()).isEqualTo(20);
  }

  @Test
  void anEventTwiceInOneBatchIsAppliedOnce() {
    Delivery registered = events.branchRegistered(BRANCH, "Công đoàn cơ sở Sở Tài chính");
    Delivery group = events.groupAdded(BRANCH, "to-1", "Tổ công đoàn Kế toán");
    Delivery member =
        events.memberAdmitted(
            BRANCH, "do-thi-lan", "Đỗ Thị Lan", Gender.FEMALE, "to-1", LocalDate.of(2022, 2, 2));
    Delivery income = events.income(BRANCH, 5_000_000, LocalDate.of(2024, 10, 10));

    model.apply(List.of(registered, group, group, member, member, income, income, registered));

    YearSummary summary = model.year(BRANCH, 2024);
    assertThat(summary.members().total()).isEqualTo(1);
    assertThat(summary.members().groups()).isEqualTo(1);
    assertThat(summary.finance().incomeVnd()).isEqualTo(5_000_000);
    assertThat(model.count(ProjectionMetrics.DUPLICATE, "branches")).isEqualTo(2);
  }

  @Test
  void anOldGroupEventDeliveredAfterLaterOnesDoesNotAddTheGroupAgain() {
    Delivery registered = events.branchRegistered(BRANCH, "Công đoàn cơ sở Sở Y tế");
    Delivery first = events.groupAdded(BRANCH, "to-1", "Tổ Điều dưỡng");
    Delivery second = events.groupAdded(BRANCH, "to-2", "Tổ Dược");
    model.apply(registered, first, second);

    model.apply(first);
    model.apply(registered, first);

    assertThat(model.year(BRANCH, 2024).members().byGroup())
        .extracting(YearSummary.GroupMembers::name)
        .containsExactly("Tổ Điều dưỡng", "Tổ Dược");
  }
}
