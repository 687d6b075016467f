package vn.congdoan.membership.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import vn.congdoan.membership.api.AchievementRecordedEvent;
import vn.congdoan.membership.api.ActivityHeldEvent;
import vn.congdoan.membership.api.AwardGrantedEvent;
import vn.congdoan.membership.api.ComplaintReceivedEvent;
import vn.congdoan.membership.api.ComplaintResolvedEvent;
import vn.congdoan.membership.api.GrantAwardCommand;
import vn.congdoan.membership.api.GroupRating;
import vn.congdoan.membership.api.InspectionHeldEvent;
import vn.congdoan.membership.api.MemberRating;
import vn.congdoan.membership.api.NarrativeRecordedEvent;
import vn.congdoan.membership.api.RatingsRecordedEvent;
import vn.congdoan.membership.api.ReceiveComplaintCommand;
import vn.congdoan.membership.api.RecordAchievementCommand;
import vn.congdoan.membership.api.RecordActivityCommand;
import vn.congdoan.membership.api.RecordInspectionCommand;
import vn.congdoan.membership.api.RecordNarrativeCommand;
import vn.congdoan.membership.api.RecordRatingsCommand;
import vn.congdoan.membership.api.ResolveComplaintCommand;
import vn.congdoan.platform.api.ConflictException;
import vn.congdoan.platform.api.NotFoundException;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.api.RuleViolationException;

/**
 * The facts of a branch's year that its report counts: ratings, awards, study achievements,
 * activities, complaints, inspections and the narrative. Each is kept once by its id.
 */
public class BranchRecords {
  private final Branch branch;
  private final Set<String> ids = new HashSet<>();
  private final Map<String, ComplaintReceivedEvent> openComplaints = new HashMap<>();

  BranchRecords(Branch branch) {
    this.branch = branch;
  }

  @CommandHandler
  public void handle(RecordRatingsCommand c) {
    branch.requireOpen();
    c.groupRatings().stream().map(GroupRating::groupId).forEach(branch::requireGroup);
    c.memberRatings().stream()
        .map(MemberRating::memberId)
        .forEach(id -> branch.roster().current(id, Refusal.of("membership.action.be-rated")));
    apply(
        new RatingsRecordedEvent(
            branch.id(), c.year(), c.branchRating(), c.groupRatings(), c.memberRatings()));
  }

  @CommandHandler
  public void handle(GrantAwardCommand c) {
    branch.requireOpen();
    claim("award", c.awardId());
    if (c.memberId() != null) {
      branch.roster().referenced(c.memberId());
    }
    apply(
        new AwardGrantedEvent(
            c.awardId(),
            branch.id(),
            c.year(),
            c.memberId(),
            c.title(),
            c.issuer(),
            c.awardedOn()));
  }

  @CommandHandler
  public void handle(RecordAchievementCommand c) {
    branch.requireOpen();
    claim("achievement", c.achievementId());
    branch.roster().referenced(c.memberId());
    apply(
        new AchievementRecordedEvent(
            c.achievementId(), branch.id(), c.memberId(), c.year(), c.kind(), c.title()));
  }

  @CommandHandler
  public void handle(RecordActivityCommand c) {
    branch.requireOpen();
    claim("activity", c.activityId());
    apply(
        new ActivityHeldEvent(
            c.activityId(), branch.id(), c.kind(), c.title(), c.heldOn(), c.participants()));
  }

  @CommandHandler
  public void handle(ReceiveComplaintCommand c) {
    branch.requireOpen();
    claim("complaint", c.complaintId());
    apply(new ComplaintReceivedEvent(c.complaintId(), branch.id(), c.receivedOn(), c.subject()));
  }

  @CommandHandler
  public void handle(ResolveComplaintCommand c) {
    branch.requireOpen();
    ComplaintReceivedEvent received = openComplaints.get(c.complaintId());
    if (received == null) {
      if (ids.contains("complaint:" + c.complaintId())) {
        throw new RuleViolationException(
            Refusal.of("membership.complaint.resolved", c.complaintId()));
      }
      throw new NotFoundException(
          Refusal.of("membership.complaint.unknown", branch.id(), c.complaintId()));
    }
    if (c.resolvedOn().isBefore(received.receivedOn())) {
      throw new RuleViolationException(
          Refusal.of(
              "membership.complaint.resolved-before-received",
              c.complaintId(),
              c.resolvedOn(),
              received.receivedOn()));
    }
    apply(new ComplaintResolvedEvent(c.complaintId(), branch.id(), c.resolvedOn(), c.outcome()));
  }

  @CommandHandler
  public void handle(RecordInspectionCommand c) {
    branch.requireOpen();
    claim("inspection", c.inspectionId());
    apply(
        new InspectionHeldEvent(
            c.inspectionId(), branch.id(), c.heldOn(), c.scope(), c.violationsFound()));
  }

  @CommandHandler
  public void handle(RecordNarrativeCommand c) {
    branch.requireOpen();
    apply(
        new NarrativeRecordedEvent(
            branch.id(),
            c.year(),
            c.shortcomings(),
            c.causes(),
            c.priorities(),
            c.recipients(),
            c.signatory()));
  }

  /** The complaints received and not yet resolved, oldest first: what an officer resolves next. */
  public List<ComplaintReceivedEvent> openComplaints() {
    return openComplaints.values().stream()
        .sorted(
            Comparator.comparing(ComplaintReceivedEvent::receivedOn)
                .thenComparing(ComplaintReceivedEvent::complaintId))
        .toList();
  }

  private void claim(String kind, String id) {
    if (ids.contains(kind + ":" + id)) {
      throw new ConflictException(
          Refusal.of("membership.record.duplicate", branch.id(), named(kind), id));
    }
  }

  /** A kind of record as refusals name it. */
  private static Refusal named(String kind) {
    return switch (kind) {
      case "award" -> Refusal.of("membership.record.award");
      case "achievement" -> Refusal.of("membership.record.achievement");
      case "activity" -> Refusal.of("membership.record.activity");
      case "complaint" -> Refusal.of("membership.record.complaint");
      default -> Refusal.of("membership.record.inspection");
    };
  }

  @EventSourcingHandler
  void on(AwardGrantedEvent e) {
    ids.add("award:" + e.awardId());
  }

  @EventSourcingHandler
  void on(AchievementRecordedEvent e) {
    ids.add("achievement:" + e.achievementId());
  }

  @EventSourcingHandler
  void on(ActivityHeldEvent e) {
    ids.add("activity:" + e.activityId());
  }

  @EventSourcingHandler
  void on(ComplaintReceivedEvent e) {
    ids.add("complaint:" + e.complaintId());
    openComplaints.put(e.complaintId(), e);
  }

  @EventSourcingHandler
  void on(ComplaintResolvedEvent e) {
    openComplaints.remove(e.complaintId());
  }

  @EventSourcingHandler
  void on(InspectionHeldEvent e) {
    ids.add("inspection:" + e.inspectionId());
  }
}
