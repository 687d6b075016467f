package vn.congdoan.membership.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.WireName;

/** An inspection by the inspection committee (Ủy ban kiểm tra) and the violations it found. */
@WireName("membership.InspectionHeld")
@Revision("1")
public record InspectionHeldEvent(
    String inspectionId,
    BranchId branchId,
    LocalDate heldOn,
    InspectionScope scope,
    int violationsFound) {}
