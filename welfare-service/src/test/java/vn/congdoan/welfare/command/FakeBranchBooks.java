package vn.congdoan.welfare.command;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.congdoan.platform.api.Refusal;

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
  public Optional<Refusal> closedFor(String branchId, LocalDate on) {
    Optional<Refusal> closed = closed(branchId);
    if (closed.isPresent()) {
      return closed;
    }
    Integer last = settledUpTo.get(branchId);
    return last != null && on.getYear() <= last
        ? Optional.of(Refusal.of("test.books.settled", on.getYear(), branchId))
        : Optional.empty();
  }

  @Override
  public Optional<Refusal> closed(String branchId) {
    LocalDate on = closedOn.get(branchId);
    return on == null
        ? Optional.empty()
        : Optional.of(Refusal.of("test.books.closed", branchId, on));
  }
}
