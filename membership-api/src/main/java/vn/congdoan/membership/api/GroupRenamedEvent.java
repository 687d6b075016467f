package vn.congdoan.membership.api;

import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.WireName;

/** A union group of a branch got a new name; its id and members stay. */
@WireName("membership.GroupRenamed")
@Revision("1")
public record GroupRenamedEvent(BranchId branchId, GroupId groupId, String name) {}
