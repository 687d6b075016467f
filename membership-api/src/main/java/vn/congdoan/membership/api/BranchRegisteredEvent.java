package vn.congdoan.membership.api;

import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.WireName;

@WireName("membership.BranchRegistered")
@Revision("1")
public record BranchRegisteredEvent(
    BranchId branchId, String name, String parentUnion, Sector sector) {}
