package vn.congdoan.welfare.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.Refusal;

/** Members by hand: who belongs to which branch from when to when, and who is a woman. */
public class FakeMemberDirectory implements MemberDirectory {
  private record Stay(String branchId, LocalDate from, LocalDate until) {
    boolean on(LocalDate day) {
      return !day.isBefore(from) && (until == null || day.isBefore(until));
    }
  }

  private final Map<String, Stay> stays = new LinkedHashMap<>();
  private final Set<String> women = new HashSet<>();

  public FakeMemberDirectory member(String branchId, String memberId, LocalDate from) {
    stays.put(memberId, new Stay(branchId, from, null));
    return this;
  }

  public FakeMemberDirectory woman(String branchId, String memberId, LocalDate from) {
    women.add(memberId);
    return member(branchId, memberId, from);
  }

  public FakeMemberDirectory left(String memberId, LocalDate on) {
    Stay s = stays.get(memberId);
    stays.put(memberId, new Stay(s.branchId(), s.from(), on));
    return this;
  }

  @Override
  public Optional<Refusal> problem(BranchId branch, MemberId member, LocalDate on) {
    String branchId = branch.value();
    String memberId = member.value();
    Stay s = stays.get(memberId);
    if (s == null) {
      return Optional.of(Refusal.of("test.member.unknown", memberId));
    }
    if (!s.branchId().equals(branchId) || !s.on(on)) {
      return Optional.of(Refusal.of("test.member.not-in-branch", memberId, branchId, on));
    }
    return Optional.empty();
  }

  @Override
  public List<String> activeMembers(String branchId, LocalDate on) {
    List<String> ids = new ArrayList<>();
    stays.forEach(
        (id, s) -> {
          if (s.branchId().equals(branchId) && s.on(on)) {
            ids.add(id);
          }
        });
    return ids;
  }

  @Override
  public List<String> activeWomen(String branchId, LocalDate on) {
    return activeMembers(branchId, on).stream().filter(women::contains).toList();
  }
}
