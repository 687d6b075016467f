package vn.congdoan.welfare.api;

import java.util.List;
import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.GrantId;
import vn.congdoan.platform.api.WireName;

/**
 * One part of the recipients of a grant too large for one event (an occasion gift to every woman of
 * a large branch): at most {@link #MAX_RECIPIENTS}, so that no event comes near Kafka's record
 * limit. The parts of a grant come before its {@link WelfareGrantRecordedInPartsEvent}, which says
 * how many there are; a part alone gives nobody anything and counts in no total.
 *
 * @param part 0 for the first part, in the order the recipients were listed
 */
@WireName("welfare.WelfareGrantRecipientsListed")
@Revision("1")
public record WelfareGrantRecipientsListedEvent(
    GrantId grantId, BranchId branchId, int part, List<Recipient> recipients) {
  /**
   * Recipients per event: 70 KB of JSON with generated (36-character) member ids, 98 KB with the
   * longest ids allowed (64), a tenth of Kafka's default 1 MB record limit.
   */
  public static final int MAX_RECIPIENTS = 1000;
}
