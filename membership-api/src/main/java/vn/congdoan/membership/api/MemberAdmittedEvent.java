package vn.congdoan.membership.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.WireName;

/** A member was admitted (kết nạp) into a group of a branch, effective {@code joinedOn}. */
@WireName("membership.MemberAdmitted")
@Revision("1")
public record MemberAdmittedEvent(
    MemberId memberId,
    BranchId branchId,
    String groupId,
    String fullName,
    Gender gender,
    LocalDate dateOfBirth,
    LocalDate joinedOn,
    String position) {}
