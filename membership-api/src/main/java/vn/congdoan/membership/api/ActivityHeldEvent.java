package vn.congdoan.membership.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.WireName;

/** An activity the branch held, with how many took part. */
@WireName("membership.ActivityHeld")
@Revision("1")
public record ActivityHeldEvent(
    String activityId,
    BranchId branchId,
    ActivityKind kind,
    String title,
    LocalDate heldOn,
    int participants) {}
