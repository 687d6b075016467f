package vn.congdoan.finance.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.congdoan.platform.api.PayloadUpcast;

/** Revision 1 rows had no {@code rounding}: none of them was a ROUNDING row, so it is null. */
public final class FinanceRuleAddedEvent1_to_2Upcaster extends PayloadUpcast {
  public FinanceRuleAddedEvent1_to_2Upcaster() {
    super(FinanceRuleAddedEvent.class, "1", "2");
  }

  @Override
  public void upcast(ObjectNode payload) {
    if (payload.get("rule") instanceof ObjectNode rule) {
      rule.putNull("rounding");
    }
  }
}
