package vn.congdoan.welfare.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.GrantId;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.NotFoundException;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.api.RuleViolationException;
import vn.congdoan.welfare.api.Recipient;
import vn.congdoan.welfare.api.RecordWelfareGrantCommand;
import vn.congdoan.welfare.api.Relation;
import vn.congdoan.welfare.api.ReverseWelfareGrantCommand;
import vn.congdoan.welfare.api.WelfareGrantRecipientsListedEvent;
import vn.congdoan.welfare.api.WelfareGrantRecordedEvent;
import vn.congdoan.welfare.api.WelfareGrantRecordedInPartsEvent;
import vn.congdoan.welfare.api.WelfareGrantReversedEvent;

/** One welfare grant of one branch: a sum given to each of its recipients. */
@Aggregate
public class Grant {
  /**
   * A member has one self and at most one spouse, so listing either twice is a typing mistake that
   * would pay twice. A member can have two parents and several children, each a recipient of their
   * own (1/6 gifts per child, 1/10 gifts per parent), so those relations may repeat.
   */
  private static final Set<Relation> ONCE_PER_MEMBER = EnumSet.of(Relation.SELF, Relation.SPOUSE);

  @AggregateIdentifier private GrantId grantId;
  private BranchId branchId;
  private LocalDate reversedOn;

  protected Grant() {}

  @CommandHandler
  public Grant(RecordWelfareGrantCommand c, MemberDirectory members, BranchBooks books) {
    requireRecipients(c.recipients());
    if (c.amountVndEach() <= 0) {
      throw new RuleViolationException(Refusal.of("welfare.grant.amount"));
    }
    // Finance books every grant as member care of its day: one it could not book is refused here.
    RuleViolationException.refuseIf(books.closedFor(c.branchId().value(), c.grantedOn()));
    requireMembers(members, c.branchId(), c.recipients(), c.grantedOn());
    if (c.recipients().size() <= WelfareGrantRecipientsListedEvent.MAX_RECIPIENTS) {
      apply(
          new WelfareGrantRecordedEvent(
              c.grantId(),
              c.branchId(),
              c.kind(),
              c.grantedOn(),
              List.copyOf(c.recipients()),
              c.amountVndEach(),
              c.fund(),
              c.note()));
      return;
    }
    recordInParts(c);
  }

  /** A grant to more recipients than one event may hold: its parts, then the grant itself. */
  private static void recordInParts(RecordWelfareGrantCommand c) {
    List<Recipient> all = c.recipients();
    int size = WelfareGrantRecipientsListedEvent.MAX_RECIPIENTS;
    int parts = (all.size() + size - 1) / size;
    for (int part = 0; part < parts; part++) {
      apply(
          new WelfareGrantRecipientsListedEvent(
              c.grantId(),
              c.branchId(),
              part,
              List.copyOf(all.subList(part * size, Math.min(all.size(), (part + 1) * size)))));
    }
    apply(
        new WelfareGrantRecordedInPartsEvent(
            c.grantId(),
            c.branchId(),
            c.kind(),
            c.grantedOn(),
            all.size(),
            parts,
            c.amountVndEach(),
            c.fund(),
            c.note()));
  }

  @CommandHandler
  public void handle(ReverseWelfareGrantCommand c, BranchBooks books) {
    // Another branch's grant is answered as unknown, as every other resource of another branch.
    if (!Objects.equals(branchId, c.branchId())) {
      throw new NotFoundException(Refusal.of("welfare.grant.not-found", c.grantId(), c.branchId()));
    }
    if (reversedOn != null) {
      throw new RuleViolationException(
          Refusal.of("welfare.grant.already-reversed", grantId, reversedOn));
    }
    // A settled year is no reason: its grant is taken back in the open year, as a correction.
    RuleViolationException.refuseIf(books.closed(branchId.value()));
    apply(new WelfareGrantReversedEvent(grantId, branchId, c.reason(), c.reversedOn()));
  }

  private static void requireRecipients(List<Recipient> recipients) {
    if (recipients == null || recipients.isEmpty()) {
      throw new RuleViolationException(Refusal.of("welfare.grant.no-recipient"));
    }
    var seen = new HashSet<Recipient>();
    for (Recipient r : recipients) {
      if (ONCE_PER_MEMBER.contains(r.relation()) && !seen.add(r)) {
        throw new RuleViolationException(
            Refusal.of("welfare.grant.listed-twice", r.memberId(), r.relation()));
      }
    }
  }

  /** Every member named must belong to the branch on the day; all problems are told at once. */
  private static void requireMembers(
      MemberDirectory members, BranchId branchId, List<Recipient> recipients, LocalDate on) {
    var memberIds = new LinkedHashSet<MemberId>();
    recipients.forEach(r -> memberIds.add(r.memberId()));
    List<Refusal> problems =
        memberIds.stream().flatMap(id -> members.problem(branchId, id, on).stream()).toList();
    if (!problems.isEmpty()) {
      throw new RuleViolationException(Refusal.all(problems));
    }
  }

  @EventSourcingHandler
  void on(WelfareGrantRecordedEvent event) {
    grantId = event.grantId();
    branchId = event.branchId();
  }

  @EventSourcingHandler
  void on(WelfareGrantRecipientsListedEvent event) {
    grantId = event.grantId();
    branchId = event.branchId();
  }

  @EventSourcingHandler
  void on(WelfareGrantRecordedInPartsEvent event) {
    grantId = event.grantId();
    branchId = event.branchId();
  }

  @EventSourcingHandler
  void on(WelfareGrantReversedEvent event) {
    reversedOn = event.reversedOn();
  }
}
