package vn.congdoan.welfare.command;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Branch books for aggregate tests: which years are settled, which books closed. */
public final class FakeBranchBooks implements BranchBooks {
  private final Map<String, Integer> settledUpTo = new HashMap<>();
  private final Map<String, LocalDate> closedOn = new HashMap<>();

  public FakeBranchBooks settled(String branchId, int year) {
    settledUpTo.merge(branchId, year, Math::max);
    return this;
  }

  public FakeBranchBooks closed(String branchId, LocalDate on) {
    closedOn.put(branchId, on);
    return this;
  }

  @Override
  public Optional<String> closedFor(String branchId, LocalDate on) {
    Optional<String> closed = closed(branchId);
    if (closed.isPresent()) {
      return closed;
    }
    Integer last = settledUpTo.get(branchId);
    return last != null && on.getYear() <= last
        ? Optional.of("Year " + on.getYear() + " of branch " + branchId + " is settled")
        : Optional.empty();
  }

  @Override
  public Optional<String> closed(String branchId) {
    LocalDate on = closedOn.get(branchId);
    return on == null
        ? Optional.empty()
        : Optional.of("The books of branch " + branchId + " closed on " + on);
  }
}
