package vn.congdoan.finance.feed.grants;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import vn.congdoan.finance.api.RecordGrantExpenseCommand;
import vn.congdoan.finance.api.ReverseGrantExpenseCommand;
import vn.congdoan.finance.feed.CommandFeed;
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.platform.api.EventJson;
import vn.congdoan.platform.api.WireName;
import vn.congdoan.welfare.api.WelfareGrantRecordedEvent;
import vn.congdoan.welfare.api.WelfareGrantRecordedInPartsEvent;
import vn.congdoan.welfare.api.WelfareGrantReversedEvent;

/**
 * Reads {@code welfare.events} record values into the finance command each grant event asks for: a
 * recorded grant (in one event or in parts) is spent on its grant date, a reversal reverses it on
 * the reversal's date. Every other welfare event (campaigns, contributions) is none of finance's
 * business.
 */
final class WelfareGrants {
  private static final String RECORDED =
      WelfareGrantRecordedEvent.class.getAnnotation(WireName.class).value();
  private static final String RECORDED_IN_PARTS =
      WelfareGrantRecordedInPartsEvent.class.getAnnotation(WireName.class).value();
  private static final String REVERSED =
      WelfareGrantReversedEvent.class.getAnnotation(WireName.class).value();

  private final ObjectMapper json = EventJson.mapper();

  /** The command for a grant event; empty for every other event type. */
  Optional<Object> command(EventEnvelope envelope) throws CommandFeed.Unreadable {
    try {
      if (RECORDED.equals(envelope.type())) {
        var g = json.treeToValue(envelope.payload(), WelfareGrantRecordedEvent.class);
        if (g.branchId() == null || g.grantId() == null || g.recipients() == null) {
          throw new CommandFeed.Unreadable("grant without branch, id or recipients");
        }
        long amount = Math.multiplyExact(g.amountVndEach(), (long) g.recipients().size());
        return Optional.of(
            new RecordGrantExpenseCommand(g.branchId(), g.grantId(), amount, g.grantedOn()));
      }
      if (RECORDED_IN_PARTS.equals(envelope.type())) {
        // one grant, one expense, however many events listed its recipients
        var g = json.treeToValue(envelope.payload(), WelfareGrantRecordedInPartsEvent.class);
        if (g.branchId() == null || g.grantId() == null || g.recipientCount() <= 0) {
          throw new CommandFeed.Unreadable("grant without branch, id or recipients");
        }
        long amount = Math.multiplyExact(g.amountVndEach(), (long) g.recipientCount());
        return Optional.of(
            new RecordGrantExpenseCommand(g.branchId(), g.grantId(), amount, g.grantedOn()));
      }
      if (REVERSED.equals(envelope.type())) {
        var r = json.treeToValue(envelope.payload(), WelfareGrantReversedEvent.class);
        if (r.branchId() == null || r.grantId() == null) {
          throw new CommandFeed.Unreadable("reversal without branch or grant");
        }
        return Optional.of(
            new ReverseGrantExpenseCommand(r.branchId(), r.grantId(), r.reversedOn()));
      }
      return Optional.empty();
    } catch (JsonProcessingException | ArithmeticException e) {
      throw new CommandFeed.Unreadable(e.getClass().getSimpleName());
    }
  }
}
