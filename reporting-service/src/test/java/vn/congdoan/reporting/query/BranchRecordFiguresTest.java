package vn.congdoan.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import vn.congdoan.membership.api.AchievementKind;
import vn.congdoan.membership.api.ActivityKind;
import vn.congdoan.reporting.query.YearSummary.ActivityCount;

/** Activities, awards, achievements, complaints and inspections, and a branch's dissolution. */
class BranchRecordFiguresTest extends TwoBranchesTestBase {
  @Test
  void activitiesAreCountedByKindWithTheirParticipantsWithinTheYear() {
    model.apply(
        records.activity(VP, "hn-1", ActivityKind.PROPAGANDA, LocalDate.of(2024, 1, 1), 46),
        records.activity(VP, "hn-2", ActivityKind.PROPAGANDA, LocalDate.of(2024, 12, 31), 40),
        records.activity(VP, "tq-1", ActivityKind.STUDY_TOUR, LocalDate.of(2024, 7, 15), 30),
        records.activity(VP, "hn-3", ActivityKind.PROPAGANDA, LocalDate.of(2025, 1, 1), 45),
        // Ids are the branch's own: another branch's "hn-1" is another activity.
        records.activity(TC, "hn-1", ActivityKind.MEETING, LocalDate.of(2024, 3, 3), 20));

    YearSummary.Activities activities = model.year(VP, 2024).activities();

    assertThat(activities.total()).isEqualTo(3);
    assertThat(activities.participants()).isEqualTo(116);
    assertThat(activities.byKind())
        .containsExactly(
            Map.entry("PROPAGANDA", new ActivityCount(2, 86)),
            Map.entry("STUDY_TOUR", new ActivityCount(1, 30)));
    assertThat(model.year(TC, 2024).activities().byKind()).containsOnlyKeys("MEETING");
  }

  @Test
  void awardsAreCollectiveOrIndividualAndCountedForTheYearTheyAreFor() {
    model.apply(
        records.award(VP, "khen-1", 2024, null),
        records.award(VP, "khen-2", 2024, "nguyen-van-duc"),
        records.award(VP, "khen-3", 2024, "tran-thi-hoa"),
        records.award(VP, "khen-4", 2023, null));

    assertThat(model.year(VP, 2024).awards()).isEqualTo(new YearSummary.Awards(3, 1, 2));
    assertThat(model.year(VP, 2023).awards()).isEqualTo(new YearSummary.Awards(1, 1, 0));
  }

  @Test
  void achievementsAreCountedByKindForTheirYear() {
    model.apply(
        records.achievement(VP, "ts-1", "le-van-binh", 2024, AchievementKind.DOCTORATE),
        records.achievement(
            VP, "cc-1", "vu-thi-thu", 2024, AchievementKind.SENIOR_SPECIALIST_COURSE),
        records.achievement(
            VP, "cc-2", "ha-thi-my", 2024, AchievementKind.SENIOR_SPECIALIST_COURSE),
        records.achievement(
            VP, "tc-1", "ha-thi-my", 2023, AchievementKind.POLITICAL_THEORY_INTERMEDIATE));

    YearSummary.Achievements achievements = model.year(VP, 2024).achievements();

    assertThat(achievements.total()).isEqualTo(3);
    assertThat(achievements.byKind())
        .containsExactly(Map.entry("DOCTORATE", 1L), Map.entry("SENIOR_SPECIALIST_COURSE", 2L));
  }

  @Test
  void complaintsAreCountedByTheDayTheyWereReceivedAndTheDayTheyWereResolved() {
    model.apply(
        records.complaintReceived(VP, "don-1", LocalDate.of(2024, 11, 1)),
        records.complaintReceived(VP, "don-2", LocalDate.of(2023, 12, 20)),
        records.complaintResolved(VP, "don-2", LocalDate.of(2024, 1, 5)),
        records.complaintReceived(VP, "don-3", LocalDate.of(2024, 2, 2)),
        records.complaintResolved(VP, "don-3", LocalDate.of(2024, 2, 20)));
    var resolvedNextYear = records.complaintResolved(VP, "don-1", LocalDate.of(2025, 1, 15));
    model.apply(resolvedNextYear, resolvedNextYear);

    assertThat(model.year(VP, 2024).inspection()).isEqualTo(new YearSummary.Inspection(2, 2, 0, 0));
    assertThat(model.year(VP, 2025).inspection()).isEqualTo(new YearSummary.Inspection(0, 1, 0, 0));
    assertThat(model.year(VP, 2023).inspection()).isEqualTo(new YearSummary.Inspection(1, 0, 0, 0));
  }

  @Test
  void inspectionsAndTheViolationsTheyFoundAreSummedAndANoneYearSaysZero() {
    model.apply(
        records.inspection(VP, "kt-1", LocalDate.of(2024, 6, 1), 0),
        records.inspection(VP, "kt-2", LocalDate.of(2024, 11, 30), 2),
        records.inspection(TC, "kt-1", LocalDate.of(2024, 6, 1), 5));

    assertThat(model.year(VP, 2024).inspection()).isEqualTo(new YearSummary.Inspection(0, 0, 2, 2));
    assertThat(model.year(VP, 2022).inspection()).isEqualTo(new YearSummary.Inspection(0, 0, 0, 0));
  }

  @Test
  void aDissolvedBranchSaysSinceWhenAndKeepsItsHistory() {
    model.apply(
        records.activity(VP, "hn-1", ActivityKind.MEETING, LocalDate.of(2024, 5, 5), 46),
        events.branchDissolved(VP, LocalDate.of(2025, 6, 1)));

    YearSummary summary = model.year(VP, 2024);

    assertThat(summary.dissolvedOn()).isEqualTo(LocalDate.of(2025, 6, 1));
    assertThat(summary.activities().total()).isEqualTo(1);
    assertThat(model.year(TC, 2024).dissolvedOn()).isNull();
    assertThat(model.store.branches().find().first().getString("dissolutionReason"))
        .isEqualTo("Công văn 4133/TLĐ-ToC");
  }

  @Test
  void theLatestNarrativeOfAYearIsKept() {
    var first = records.narrative(VP, 2024, "Tiếp tục đổi mới nội dung sinh hoạt.");
    var second = records.narrative(VP, 2024, "Nâng cao chất lượng hoạt động.");
    model.apply(first, second, records.narrative(VP, 2025, "Hoàn thành giải thể."));
    model.apply(first);

    var narrative = model.store.narratives().find(new Document("_id", VP + ":2024")).first();

    assertThat(narrative.getString("priorities")).isEqualTo("Nâng cao chất lượng hoạt động.");
    assertThat(narrative.get("signatory", Document.class).getString("title")).isEqualTo("CHỦ TỊCH");
    assertThat(model.store.narratives().countDocuments()).isEqualTo(2);
  }
}
