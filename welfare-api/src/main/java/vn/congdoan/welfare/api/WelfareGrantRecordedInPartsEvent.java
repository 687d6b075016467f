package vn.congdoan.welfare.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.GrantId;
import vn.congdoan.platform.api.WireName;

/**
 * A welfare grant was given to more recipients than one event may list: {@code amountVndEach} to
 * each of the {@code recipientCount} recipients named by its {@code parts} {@link
 * WelfareGrantRecipientsListedEvent}s, which precede it in the grant's stream. It means what {@link
 * WelfareGrantRecordedEvent} means — one grant, one expense in the books — and is recorded last, so
 * a grant whose parts were stored but not this event was never given.
 */
@WireName("welfare.WelfareGrantRecordedInParts")
@Revision("1")
public record WelfareGrantRecordedInPartsEvent(
    GrantId grantId,
    BranchId branchId,
    GrantKind kind,
    LocalDate grantedOn,
    int recipientCount,
    int parts,
    long amountVndEach,
    Fund fund,
    String note) {}
