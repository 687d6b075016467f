package vn.congdoan.platform.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/** A union member; written as its plain id in JSON. */
public record MemberId(@JsonValue String value) {
  @JsonCreator
  public MemberId {
    Objects.requireNonNull(value, "member id");
  }

  @Override
  public String toString() {
    return value;
  }
}
