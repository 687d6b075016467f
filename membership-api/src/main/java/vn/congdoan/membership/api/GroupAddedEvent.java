package vn.congdoan.membership.api;

import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.WireName;

/** A union group (tổ công đoàn) was added to a branch. */
@WireName("membership.GroupAdded")
@Revision("1")
public record GroupAddedEvent(BranchId branchId, GroupId groupId, String name) {}
