package vn.congdoan.membership.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/** A union group (tổ công đoàn) within a branch; written as its plain id in JSON. */
public record GroupId(@JsonValue String value) {
  @JsonCreator
  public GroupId {
    Objects.requireNonNull(value, "group id");
  }

  /** The group of {@code value}; null for none (a member outside any group). */
  public static GroupId ofNullable(String value) {
    return value == null ? null : new GroupId(value);
  }

  /** The plain id of {@code id}; null for none. */
  public static String valueOf(GroupId id) {
    return id == null ? null : id.value();
  }

  @Override
  public String toString() {
    return value;
  }
}
