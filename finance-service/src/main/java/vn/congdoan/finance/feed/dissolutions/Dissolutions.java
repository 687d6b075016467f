package vn.congdoan.finance.feed.dissolutions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import vn.congdoan.finance.api.CloseBooksCommand;
import vn.congdoan.finance.feed.CommandFeed;
import vn.congdoan.membership.api.BranchDissolvedEvent;
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.platform.api.EventJson;
import vn.congdoan.platform.api.WireName;

/**
 * Reads {@code membership.events} record values into the closing of a dissolved branch's books. Per
 * 4181/TLĐ-TC the books close the day before the dissolution takes effect (dissolved 1/6/2025,
 * books closed 31/5/2025). Every other membership event is none of finance's business.
 */
final class Dissolutions {
  private static final String DISSOLVED =
      BranchDissolvedEvent.class.getAnnotation(WireName.class).value();

  private final ObjectMapper json = EventJson.mapper();

  /** The closing a dissolution asks for; empty for every other event type. */
  Optional<CloseBooksCommand> command(EventEnvelope envelope) throws CommandFeed.Unreadable {
    if (!DISSOLVED.equals(envelope.type())) {
      return Optional.empty();
    }
    try {
      var d = json.treeToValue(envelope.payload(), BranchDissolvedEvent.class);
      if (d.branchId() == null || d.effectiveOn() == null) {
        throw new CommandFeed.Unreadable("dissolution without branch or date");
      }
      return Optional.of(
          new CloseBooksCommand(d.branchId(), d.effectiveOn().minusDays(1), d.reason()));
    } catch (JsonProcessingException | RuntimeException e) {
      throw new CommandFeed.Unreadable(e.getClass().getSimpleName());
    }
  }
}
