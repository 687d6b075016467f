package vn.congdoan.finance.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.WireName;

/**
 * The branch was dissolved and its books closed on {@code closedOn} (4181/TLĐ-TC): {@code
 * balanceVnd} is what they held, {@code handedOverVnd} the part handed to the upper union (the
 * balance when positive, otherwise 0). Nothing is recorded in the ledger after this.
 */
@WireName("finance.BooksClosed")
@Revision("1")
public record BooksClosedEvent(
    BranchId branchId, LocalDate closedOn, long balanceVnd, long handedOverVnd) {}
