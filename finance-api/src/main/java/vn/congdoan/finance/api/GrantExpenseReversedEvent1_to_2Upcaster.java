package vn.congdoan.finance.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.congdoan.platform.api.PayloadUpcast;

/**
 * Revision 1 booked every reversal on the day it was made and did not name the grant's year: it
 * becomes a revision 2 booked on {@code reversedOn}, correcting a year unknown ({@code null}).
 */
public final class GrantExpenseReversedEvent1_to_2Upcaster implements PayloadUpcast {
  @Override
  public String type() {
    return "finance.GrantExpenseReversed";
  }

  @Override
  public String fromRevision() {
    return "1";
  }

  @Override
  public String toRevision() {
    return "2";
  }

  @Override
  public void upcast(ObjectNode payload) {
    payload.set("bookedOn", payload.get("reversedOn"));
    payload.putNull("correctsYear");
  }
}
