package vn.congdoan.platform.infra.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import vn.congdoan.platform.api.Refusal;

/** A value in a request body the platform will not keep, and why (never the value itself). */
public class RefusedInput extends JsonMappingException {
  private final Refusal reason;

  public RefusedInput(JsonParser parser, Refusal reason) {
    super(parser, reason.english());
    this.reason = reason;
  }

  /** Why, to be told in the caller's language. */
  public Refusal reason() {
    return reason;
  }
}
