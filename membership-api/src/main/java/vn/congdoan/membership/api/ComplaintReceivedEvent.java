package vn.congdoan.membership.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.WireName;

/** A complaint or denunciation was received. */
@WireName("membership.ComplaintReceived")
@Revision("1")
public record ComplaintReceivedEvent(
    String complaintId, BranchId branchId, LocalDate receivedOn, String subject) {}
