package vn.congdoan.membership.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.WireName;

/**
 * A member was admitted (kết nạp) into a group, effective {@code joinedOn}. Name, birth date and
 * contact data are sealed with the member's own key ({@link SealedPersonalData}); what reports
 * count by stays readable.
 */
@WireName("membership.MemberAdmitted")
@Revision("1")
public record MemberAdmittedEvent(
    MemberId memberId,
    BranchId branchId,
    GroupId groupId,
    SealedPersonalData personal,
    Gender gender,
    Integer birthYear,
    LocalDate joinedOn,
    Position position,
    boolean honorary) {}
