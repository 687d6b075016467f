package vn.congdoan.finance.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.congdoan.platform.api.PayloadUpcast;

/**
 * Revision 1 booked every reversal on the day it was made and did not name the grant's year: it
 * becomes a revision 2 booked on {@code reversedOn}, correcting a year unknown ({@code null}).
 */
public final class GrantExpenseReversedEvent1_to_2Upcaster extends PayloadUpcast {
  public GrantExpenseReversedEvent1_to_2Upcaster() {
    super(GrantExpenseReversedEvent.class, "1", "2");
  }

  @Override
  public void upcast(ObjectNode payload) {
    payload.set("bookedOn", payload.get("reversedOn"));
    payload.putNull("correctsYear");
  }
}
