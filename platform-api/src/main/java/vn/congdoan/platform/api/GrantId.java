package vn.congdoan.platform.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * A welfare grant (trợ cấp, quà), which finance books as the branch's expense; written as its plain
 * id in JSON.
 */
public record GrantId(@JsonValue String value) {
  @JsonCreator
  public GrantId {
    Objects.requireNonNull(value, "grant id");
  }

  @Override
  public String toString() {
    return value;
  }
}
