package vn.congdoan.platform.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The stable name an event is stored and published under. It is part of the permanent record: a
 * class may be renamed or moved, its wire name never changes.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface WireName {
  /** For example {@code membership.MemberAdmitted}. */
  String value();
}
