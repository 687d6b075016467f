package vn.congdoan.welfare.command;

import java.time.LocalDate;
import java.util.Optional;
import vn.congdoan.platform.api.Refusal;

/**
 * What welfare-service has heard from finance-service of a branch's books (finance's events on
 * Kafka, so eventually consistent): the years settled and whether the books closed with a
 * dissolution. Welfare refuses up front what finance could never book.
 */
public interface BranchBooks {
  /**
   * Why money of the branch dated {@code on} can no longer be booked — its year settled, or the
   * books closed — or empty while it can.
   */
  Optional<Refusal> closedFor(String branchId, LocalDate on);

  /** Why the branch records nothing new at all (its books closed), or empty while it does. */
  Optional<Refusal> closed(String branchId);
}
