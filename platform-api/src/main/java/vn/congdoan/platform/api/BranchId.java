package vn.congdoan.platform.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/** A branch (grassroots union, CĐCS); written as its plain id in JSON. */
public record BranchId(@JsonValue String value) {
  @JsonCreator
  public BranchId {
    Objects.requireNonNull(value, "branch id");
  }

  @Override
  public String toString() {
    return value;
  }
}
