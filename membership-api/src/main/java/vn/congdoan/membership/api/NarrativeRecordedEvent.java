package vn.congdoan.membership.api;

import java.util.List;
import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.WireName;

/**
 * The year-end report's narrative parts (sections III and IV, recipients, signatory) as the branch
 * wrote them; a later event for the same year replaces the earlier text.
 */
@WireName("membership.NarrativeRecorded")
@Revision("1")
public record NarrativeRecordedEvent(
    BranchId branchId,
    int year,
    String shortcomings,
    String causes,
    String priorities,
    List<String> recipients,
    Signatory signatory) {}
