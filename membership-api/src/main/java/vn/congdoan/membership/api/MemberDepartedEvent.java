package vn.congdoan.membership.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.WireName;

/** A member left the union, effective {@code effectiveOn}; the history keeps them. */
@WireName("membership.MemberDeparted")
@Revision("1")
public record MemberDepartedEvent(
    MemberId memberId, BranchId branchId, DepartureReason reason, LocalDate effectiveOn) {}
