package vn.congdoan.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.congdoan.membership.api.AchievementKind;
import vn.congdoan.membership.api.ActivityKind;

/** The lists on a branch's records screen: one branch, one year, in the order things happened. */
class RecordListTest extends ReadModelTestBase {
  private static final String BRANCH = "vp-doan-dbqh";
  private final BranchRecordMother records = events.records();

  @Test
  void listsTheYearsRecordsOfTheBranchOnly() {
    model.apply(
        records.activity(BRANCH, "hoi-thao", ActivityKind.CONFERENCE, LocalDate.of(2024, 5, 2), 40),
        records.activity(BRANCH, "the-thao", ActivityKind.SPORTS, LocalDate.of(2024, 3, 1), 25),
        records.activity(BRANCH, "nam-truoc", ActivityKind.SPORTS, LocalDate.of(2023, 3, 1), 9),
        records.activity("so-khac", "khac", ActivityKind.SPORTS, LocalDate.of(2024, 3, 1), 9),
        records.award(BRANCH, "bang-khen", 2024, null),
        records.achievement(BRANCH, "thac-si", "m-1", 2024, AchievementKind.MASTER),
        records.complaintReceived(BRANCH, "don-cu", LocalDate.of(2023, 12, 20)),
        records.complaintReceived(BRANCH, "don-da-xong", LocalDate.of(2023, 6, 1)),
        records.complaintResolved(BRANCH, "don-da-xong", LocalDate.of(2023, 7, 1)),
        records.complaintReceived(BRANCH, "don-moi", LocalDate.of(2024, 2, 1)),
        records.complaintResolved(BRANCH, "don-moi", LocalDate.of(2024, 2, 10)),
        records.inspection(BRANCH, "kiem-tra", LocalDate.of(2024, 9, 9), 2),
        records.ratings(BRANCH, 2024, "STRONG", Map.of(), Map.of("m-1", "GOOD")),
        records.narrative(BRANCH, 2024, "Phát triển đoàn viên"));

    var year = new RecordList(model.store).of(BRANCH, new ReportYear(2024));

    assertThat(year.activities())
        .extracting(r -> r.get("id"))
        .containsExactly("the-thao", "hoi-thao");
    assertThat(year.activities().get(0))
        .containsEntry("kind", "SPORTS")
        .containsEntry("heldOn", "2024-03-01")
        .containsEntry("participants", 25)
        .doesNotContainKeys("branchId", "_id", "seq");
    assertThat(year.awards()).extracting(r -> r.get("collective")).containsExactly(true);
    assertThat(year.achievements()).extracting(r -> r.get("memberId")).containsExactly("m-1");
    // Open since last year, and received and resolved this year; one resolved last year is not.
    assertThat(year.complaints()).extracting(r -> r.get("id")).containsExactly("don-cu", "don-moi");
    assertThat(year.complaints().get(0)).containsEntry("resolvedOn", null);
    assertThat(year.complaints().get(0)).doesNotContainKey("subject");
    assertThat(year.inspections()).extracting(r -> r.get("violationsFound")).containsExactly(2);
    assertThat(year.ratings())
        .extracting(r -> r.get("subject") + ":" + r.get("rating"))
        .containsExactlyInAnyOrder("BRANCH:STRONG", "MEMBER:GOOD");
    assertThat(year.narrative()).containsEntry("priorities", "Phát triển đoàn viên");
    assertThat(new RecordList(model.store).of(BRANCH, new ReportYear(2025)).narrative()).isNull();
  }
}
