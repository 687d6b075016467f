package vn.congdoan.reporting.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.congdoan.membership.api.AchievementKind;
import vn.congdoan.membership.api.AchievementRecordedEvent;
import vn.congdoan.membership.api.ActivityHeldEvent;
import vn.congdoan.membership.api.ActivityKind;
import vn.congdoan.membership.api.AwardGrantedEvent;
import vn.congdoan.membership.api.ComplaintReceivedEvent;
import vn.congdoan.membership.api.ComplaintResolvedEvent;
import vn.congdoan.membership.api.GroupId;
import vn.congdoan.membership.api.GroupRating;
import vn.congdoan.membership.api.InspectionHeldEvent;
import vn.congdoan.membership.api.InspectionScope;
import vn.congdoan.membership.api.MemberRating;
import vn.congdoan.membership.api.NarrativeRecordedEvent;
import vn.congdoan.membership.api.RatingsRecordedEvent;
import vn.congdoan.membership.api.Signatory;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.reporting.ingest.Delivery;

/** What a branch records besides its members, numbered in the branch's stream. */
public final class BranchRecordMother {
  private final EventMother events;

  BranchRecordMother(EventMother events) {
    this.events = events;
  }

  /** {@code groups} and {@code members}: id to rating code; a null branch rating names none. */
  public Delivery ratings(
      String branchId,
      int year,
      String branchRating,
      Map<String, String> groups,
      Map<String, String> members) {
    List<GroupRating> groupRatings =
        groups.entrySet().stream()
            .map(e -> new GroupRating(new GroupId(e.getKey()), e.getValue()))
            .toList();
    List<MemberRating> memberRatings =
        members.entrySet().stream()
            .map(e -> new MemberRating(new MemberId(e.getKey()), e.getValue()))
            .toList();
    return events.branch(
        new RatingsRecordedEvent(
            new BranchId(branchId), year, branchRating, groupRatings, memberRatings));
  }

  /** A null member: a collective award. */
  public Delivery award(String branchId, String awardId, int year, String memberId) {
    return award(
        branchId, awardId, year, memberId, "Giải nhất đôi nam quần vợt", "Liên đoàn Lao động tỉnh");
  }

  public Delivery achievement(
      String branchId, String achievementId, String memberId, int year, AchievementKind kind) {
    return achievement(
        branchId, achievementId, memberId, year, kind, "Bảo vệ thành công luận án tiến sĩ");
  }

  public Delivery activity(
      String branchId, String activityId, ActivityKind kind, LocalDate heldOn, int participants) {
    return activity(branchId, activityId, kind, "Hội nghị học tập chuyên đề", heldOn, participants);
  }

  public Delivery complaintReceived(String branchId, String complaintId, LocalDate on) {
    return events.branch(
        new ComplaintReceivedEvent(complaintId, new BranchId(branchId), on, "Đơn kiến nghị"));
  }

  public Delivery complaintResolved(String branchId, String complaintId, LocalDate on) {
    return events.branch(
        new ComplaintResolvedEvent(complaintId, new BranchId(branchId), on, "Đã giải quyết"));
  }

  public Delivery inspection(
      String branchId, String inspectionId, LocalDate heldOn, int violationsFound) {
    return events.branch(
        new InspectionHeldEvent(
            inspectionId,
            new BranchId(branchId),
            heldOn,
            InspectionScope.FINANCE,
            violationsFound));
  }

  public Delivery narrative(String branchId, int year, String priorities) {
    return narrative(
        branchId,
        year,
        "Một số hoạt động chưa thu hút đông đảo đoàn viên tham gia.",
        "Công việc chuyên môn nhiều.",
        priorities,
        List.of("Công đoàn Viên chức tỉnh", "Lưu: VT"),
        new Signatory("CHỦ TỊCH", "Nguyễn Văn A"));
  }

  /** An award with its own title and issuer; a null member: a collective award. */
  public Delivery award(
      String branchId, String awardId, int year, String memberId, String title, String issuer) {
    return events.branch(
        new AwardGrantedEvent(
            awardId,
            new BranchId(branchId),
            year,
            memberId == null ? null : new MemberId(memberId),
            title,
            issuer,
            LocalDate.of(year, 11, 20)));
  }

  public Delivery achievement(
      String branchId,
      String achievementId,
      String memberId,
      int year,
      AchievementKind kind,
      String title) {
    return events.branch(
        new AchievementRecordedEvent(
            achievementId, new BranchId(branchId), new MemberId(memberId), year, kind, title));
  }

  public Delivery activity(
      String branchId,
      String activityId,
      ActivityKind kind,
      String title,
      LocalDate heldOn,
      int participants) {
    return events.branch(
        new ActivityHeldEvent(
            activityId, new BranchId(branchId), kind, title, heldOn, participants));
  }

  /** The whole narrative as the branch writes it; texts may hold several lines. */
  public Delivery narrative(
      String branchId,
      int year,
      String shortcomings,
      String causes,
      String priorities,
      List<String> recipients,
      Signatory signatory) {
    return events.branch(
        new NarrativeRecordedEvent(
            new BranchId(branchId), year, shortcomings, causes, priorities, recipients, signatory));
  }
}
