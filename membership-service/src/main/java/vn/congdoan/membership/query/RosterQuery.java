package vn.congdoan.membership.query;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;
import vn.congdoan.membership.api.ComplaintReceivedEvent;
import vn.congdoan.membership.api.GroupId;
import vn.congdoan.membership.api.PersonalData;
import vn.congdoan.membership.api.RosterEntry;
import vn.congdoan.membership.api.SealedPersonalData;
import vn.congdoan.membership.command.Branch;
import vn.congdoan.membership.command.BranchView;
import vn.congdoan.membership.command.MemberState;
import vn.congdoan.membership.command.PersonalDataSealer;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.NotFoundException;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.infra.aggregate.AggregateReads;

/**
 * The roster, read from the branch itself rather than from a projection: an officer who has just
 * admitted, moved or erased a member sees it on the next read, and names are opened with the
 * members' keys only here, at the moment they are shown.
 */
@Component
public class RosterQuery {
  /** Which members a roster read lists. */
  public enum StatusFilter {
    ACTIVE,
    DEPARTED,
    TRANSFERRED_OUT,
    ALL
  }

  private final Repository<Branch> branches;
  private final PersonalDataSealer keys;

  public RosterQuery(Repository<Branch> branches, PersonalDataSealer keys) {
    this.branches = branches;
    this.keys = keys;
  }

  /** One page of a roster read, and how many members the read found in all. */
  public record RosterPage(int total, List<RosterEntry> members) {}

  /** Which part of the roster to list: a page of {@code size} (all when null) from {@code page}. */
  public record RosterFilter(
      GroupId groupId, StatusFilter status, String search, int page, Integer size) {}

  /**
   * {@code status} null: the current members; for a dissolved branch, who was on its roll when it
   * closed (the day before the dissolution took effect), since the dissolution ended them all.
   * Names are opened only for the page shown, unless a search has to read them all.
   */
  public RosterPage roster(String branchId, RosterFilter filter) {
    BranchView branch = load(branchId);
    StatusFilter status = filter.status();
    Predicate<MemberState> listed =
        status == null && branch.dissolvedOn() != null
            ? m -> m.onRollOn(branch.dissolvedOn().minusDays(1))
            : m -> inStatus(m, status == null ? StatusFilter.ACTIVE : status);
    List<MemberState> chosen =
        branch.members().stream()
            .filter(m -> filter.groupId() == null || filter.groupId().equals(m.groupId()))
            .filter(listed)
            .sorted(
                Comparator.comparing((MemberState m) -> m.groupId().value())
                    .thenComparing(m -> m.memberId().value()))
            .toList();
    RosterSearch search = new RosterSearch(filter.search());
    if (search.isEmpty()) {
      return new RosterPage(chosen.size(), entries(branch, page(chosen, filter)));
    }
    List<RosterEntry> found =
        entries(branch, chosen).stream()
            .filter(e -> search.matches(e.memberId().value(), e.fullName()))
            .toList();
    return new RosterPage(found.size(), page(found, filter));
  }

  private static <T> List<T> page(List<T> all, RosterFilter filter) {
    if (filter.size() == null) {
      return all;
    }
    long from = Math.min((long) filter.page() * filter.size(), all.size());
    return all.subList((int) from, (int) Math.min(from + filter.size(), all.size()));
  }

  private static boolean inStatus(MemberState m, StatusFilter status) {
    return status == StatusFilter.ALL || m.status().name().equals(status.name());
  }

  public RosterEntry member(String branchId, MemberId memberId) {
    BranchView branch = load(branchId);
    return branch.members().stream()
        .filter(m -> m.memberId().equals(memberId))
        .findFirst()
        .map(m -> entries(branch, List.of(m)).get(0))
        .orElseThrow(
            () ->
                new vn.congdoan.platform.api.NotFoundException(
                    "Member " + memberId + " not found in branch " + branchId));
  }

  /** The branch itself, with its groups: what other services need to know of it. */
  public BranchView branch(String branchId) {
    return load(branchId);
  }

  private List<RosterEntry> entries(BranchView branch, List<MemberState> members) {
    Map<MemberId, SealedPersonalData> sealed = new HashMap<>();
    members.stream()
        .filter(m -> m.personal() != null)
        .forEach(m -> sealed.put(m.memberId(), m.personal()));
    Map<MemberId, PersonalData> open = sealed.isEmpty() ? Map.of() : keys.openAll(sealed);
    return members.stream()
        .map(m -> RosterEntries.of(m, branch.groups().get(m.groupId()), open.get(m.memberId())))
        .toList();
  }

  /** The branch's complaints not yet resolved, oldest first, with their subjects. */
  public List<ComplaintReceivedEvent> openComplaints(String branchId) {
    return load(branchId, b -> b.records().openComplaints());
  }

  private BranchView load(String branchId) {
    return load(branchId, Branch::view);
  }

  private <T> T load(String branchId, Function<Branch, T> read) {
    return AggregateReads.read(branches, branchId, read)
        .orElseThrow(
            () -> new NotFoundException(Refusal.of("membership.branch.not-found", branchId)));
  }
}
