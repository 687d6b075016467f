package vn.congdoan.reporting.document;

import java.time.LocalDate;
import java.util.List;
import vn.congdoan.reporting.query.YearSummary;

/**
 * Everything the year-end report prints: the year's figures, the titles of what was held and won,
 * and what the branch wrote about the year ({@code narrative} null while nothing was recorded).
 */
public record YearReport(
    YearSummary summary,
    Narrative narrative,
    List<Activity> activities,
    List<Award> awards,
    List<Achievement> achievements,
    LocalDate issuedOn) {

  public int year() {
    return summary.year();
  }

  /** Sections III and IV and the closing as entered; any field may be null. */
  public record Narrative(
      String shortcomings,
      String causes,
      String priorities,
      List<String> recipients,
      String signatoryTitle,
      String signatoryName) {}

  public record Activity(String kind, String title, LocalDate heldOn, long participants) {}

  public record Award(String title, String issuer, boolean collective) {}

  public record Achievement(String kind, String title) {}
}
