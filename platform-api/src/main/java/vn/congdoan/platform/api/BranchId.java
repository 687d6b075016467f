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

  /** The branch of {@code value}; null for none (a province-wide campaign names no branch). */
  public static BranchId ofNullable(String value) {
    return value == null ? null : new BranchId(value);
  }

  /** The plain id of {@code id}; null for none. */
  public static String valueOf(BranchId id) {
    return id == null ? null : id.value();
  }

  @Override
  public String toString() {
    return value;
  }
}
