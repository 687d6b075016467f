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

  /** The plain id of {@code id}; null for none. */
  public static String valueOf(GrantId id) {
    return id == null ? null : id.value();
  }

  @Override
  public String toString() {
    return value;
  }
}
