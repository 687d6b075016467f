package vn.congdoan.membership.api;

import java.time.LocalDate;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.MemberId;

/**
 * One line of a branch's roster as membership-service answers it, read by the other services too.
 * {@code erased} is true when the member's key is gone; their personal fields are then null
 * everywhere, while what the reports count by remains.
 */
public record RosterEntry(
    MemberId memberId,
    String fullName,
    LocalDate dateOfBirth,
    String phone,
    String email,
    boolean erased,
    Gender gender,
    Integer birthYear,
    GroupId groupId,
    String groupName,
    Position position,
    boolean honorary,
    MemberStatus status,
    LocalDate firstJoinedOn,
    LocalDate since,
    LocalDate leftOn,
    DepartureReason departureReason,
    BranchId transferredTo) {}
