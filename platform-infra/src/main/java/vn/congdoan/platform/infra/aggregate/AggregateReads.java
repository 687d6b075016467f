package vn.congdoan.platform.infra.aggregate;

import java.util.Optional;
import java.util.function.Function;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/**
 * Reads an aggregate's state outside a command, for a query that must see a write of a moment ago
 * (a roster, a campaign's totals, a ledger's year): the aggregate loaded from the store (or the
 * cache that catches up with it) in a unit of work of its own, and {@code read} applied to it.
 */
public final class AggregateReads {
  private AggregateReads() {}

  /**
   * What {@code read} returns from aggregate {@code id}, or empty when there is no such aggregate —
   * none at all, or a stream of another kind under that id (all aggregates share one store).
   */
  public static <A, T> Optional<T> read(Repository<A> repository, String id, Function<A, T> read) {
    var unitOfWork = DefaultUnitOfWork.startAndGet(null);
    var result = unitOfWork.executeWithResult(() -> repository.load(id).invoke(read));
    if (result.isExceptional()) {
      Throwable failure = result.exceptionResult();
      if (failure instanceof AggregateNotFoundException
          || failure instanceof IncompatibleAggregateException) {
        return Optional.empty();
      }
      throw failure instanceof RuntimeException r ? r : new IllegalStateException(failure);
    }
    return Optional.ofNullable(result.getPayload());
  }
}
