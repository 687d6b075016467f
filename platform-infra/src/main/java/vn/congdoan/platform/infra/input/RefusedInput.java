package vn.congdoan.platform.infra.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A value in a request body the platform will not keep, and why (never the value itself). */
public class RefusedInput extends JsonMappingException {
  private final String reason;

  public RefusedInput(JsonParser parser, String reason) {
    super(parser, reason);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }
}
