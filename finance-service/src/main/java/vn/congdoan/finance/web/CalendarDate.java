package vn.congdoan.finance.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A day the unions' books can hold. JSON accepts years like +999999999, and deadlines counted from
 * such a day would overflow the calendar on a later read; refusing them here keeps that a 400.
 */
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
@Constraint(validatedBy = CalendarDate.Check.class)
public @interface CalendarDate {
  String message() default "must be between 1900-01-01 and 2999-12-31";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Null is left to {@code @NotNull}, as every other constraint does. */
  class Check implements ConstraintValidator<CalendarDate, LocalDate> {
    private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2999, 12, 31);

    @Override
    public boolean isValid(LocalDate day, ConstraintValidatorContext context) {
      return day == null || (!day.isBefore(FIRST) && !day.isAfter(LAST));
    }
  }
}
