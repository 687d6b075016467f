package vn.congdoan.demo;

import java.time.LocalDate;
import java.util.List;
import vn.congdoan.demo.Grants.Grant;

/** Everything one generated branch records in 2024 and 2025, decided before anything is sent. */
record ProvinceBranch(
    String id,
    String name,
    String parentUnion,
    String sector,
    List<String> groups,
    List<Member> members,
    List<Occasion> occasions,
    List<Grant> grants,
    List<Gift> gifts,
    List<Activity> activities,
    List<Award> awards,
    List<Achievement> achievements,
    int inspectionViolations,
    List<Entry> finance,
    Departure departure) {

  record Member(
      String id,
      String name,
      boolean man,
      LocalDate bornOn,
      String groupId,
      LocalDate joinedOn,
      String position,
      long salaryVnd,
      String rating) {
    String csvLine() {
      return String.join(
          ",",
          id,
          name,
          man ? "MALE" : "FEMALE",
          bornOn.toString(),
          groupId,
          joinedOn.toString(),
          position == null ? "" : position);
    }

    boolean memberOn(LocalDate day) {
      return !joinedOn.isAfter(day);
    }
  }

  /** A gift welfare-service gives to every woman of the branch on the day. */
  record Occasion(String id, String kind, String grantedOn, long amountVndEach) {}

  /** A contribution of the branch to a province campaign. */
  record Gift(String campaignId, long amountVnd, String receivedOn) {}

  record Activity(String id, String kind, String title, String heldOn, int participants) {}

  /** {@code memberId} null: a collective award. */
  record Award(String id, int year, String memberId, String title, String issuer, String on) {}

  record Achievement(String memberId, int year, String kind, String title) {}

  /**
   * A finance entry: {@code kind} is INCOME (with a source), EXPENSE (with a category),
   * UNION_FUNDING (amount is the payroll) or DUES (for the members of the month).
   */
  record Entry(String kind, String id, String what, long amountVnd, String on) {}

  record Departure(String memberId, String reason, String effectiveOn) {}

  int size() {
    return members.size();
  }

  String rosterCsv() {
    var lines = new StringBuilder(ModelRoster.HEADER).append('\n');
    members.forEach(m -> lines.append(m.csvLine()).append('\n'));
    return lines.toString();
  }

  List<Member> membersOn(LocalDate day) {
    return members.stream().filter(m -> m.memberOn(day)).toList();
  }
}
