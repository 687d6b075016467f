package vn.congdoan.reporting.projection;

import com.mongodb.client.model.WriteModel;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.welfare.api.Fund;
import vn.congdoan.welfare.api.GrantKind;
import vn.congdoan.welfare.api.WelfareGrantRecordedEvent;
import vn.congdoan.welfare.api.WelfareGrantRecordedInPartsEvent;
import vn.congdoan.welfare.api.WelfareGrantReversedEvent;

/**
 * {@code welfare_grants}: one document per grant, with its total worked out once. A reversed grant
 * keeps its document, marked {@code reversedOn}, and counts in no year's figures any more.
 */
public class WelfareGrantProjection extends CollectionProjection {
  public WelfareGrantProjection(ReportingStore store) {
    // a grant's reversal updates the document its recording created
    super(
        "welfare_grants",
        store.welfareGrants(),
        true,
        WelfareGrantRecordedEvent.class,
        WelfareGrantRecordedInPartsEvent.class,
        WelfareGrantReversedEvent.class);
  }

  @Override
  public List<WriteModel<Document>> write(EventEnvelope envelope, Object event) {
    if (event instanceof WelfareGrantReversedEvent e) {
      // Upserted, so that a reversal met before its grant still holds: the recording then finds
      // the document and leaves it as it is, reversed.
      return List.of(
          SequencedWrites.latest(
              e.grantId().value(),
              envelope.sequence(),
              new Document(ReportingStore.BRANCH_ID, e.branchId().value())
                  .append(GrantFields.REVERSED_ON, e.reversedOn().toString())));
    }
    if (event instanceof WelfareGrantRecordedInPartsEvent e) {
      // its parts only list who; the grant, with its count, is this one document all the same
      return grant(
              envelope,
              e.grantId().value(),
              e.branchId().value(),
              e.kind(),
              e.fund(),
              e.grantedOn())
          .append(GrantFields.RECIPIENTS, e.recipientCount())
          .append(GrantFields.AMOUNT_VND_EACH, e.amountVndEach())
          .append(
              GrantFields.AMOUNT_VND,
              Math.multiplyExact(e.amountVndEach(), (long) e.recipientCount()))
          .writes();
    }
    WelfareGrantRecordedEvent e = (WelfareGrantRecordedEvent) event;
    int recipients = e.recipients() == null ? 0 : e.recipients().size();
    return grant(
            envelope, e.grantId().value(), e.branchId().value(), e.kind(), e.fund(), e.grantedOn())
        .append(GrantFields.RECIPIENTS, recipients)
        .append(GrantFields.AMOUNT_VND_EACH, e.amountVndEach())
        .append(GrantFields.AMOUNT_VND, Math.multiplyExact(e.amountVndEach(), (long) recipients))
        .writes();
  }

  private static Grant grant(
      EventEnvelope envelope,
      String grantId,
      String branchId,
      GrantKind kind,
      Fund fund,
      LocalDate grantedOn) {
    return new Grant(
        grantId,
        envelope.sequence(),
        new Document(ReportingStore.BRANCH_ID, branchId)
            .append(GrantFields.KIND, kind.name())
            .append(GrantFields.FUND, fund == null ? null : fund.name())
            .append(GrantFields.GRANTED_ON, grantedOn.toString()));
  }

  /** One grant's document, however its recording was written. */
  private record Grant(String grantId, long sequence, Document fields) {
    Grant append(String key, Object value) {
      fields.append(key, value);
      return this;
    }

    List<WriteModel<Document>> writes() {
      return List.of(SequencedWrites.create(grantId, sequence, fields));
    }
  }
}
