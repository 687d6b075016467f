package vn.congdoan.platform.infra.input;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congdoan.platform.api.Refusal;

/**
 * An amount of đồng one request may name: more than zero (or zero, where {@link #zero} says so) and
 * at most {@code platform.limits.max-vnd}, so no sum of real entries can overflow.
 */
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = Vnd.Check.class)
public @interface Vnd {
  String message() default "{vn.congdoan.validation.vnd}";

  /** Whether zero is an amount here (a budget line left empty). */
  boolean zero() default false;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Null is left to {@code @NotNull}, as every other constraint does. */
  class Check implements ConstraintValidator<Vnd, Long> {
    private InputLimits limits = InputLimits.DEFAULTS;
    private long min;

    /** Spring gives the configured limits; a plain validator keeps the defaults. */
    @Autowired(required = false)
    public void setLimits(InputLimits limits) {
      this.limits = limits;
    }

    @Override
    public void initialize(Vnd vnd) {
      min = vnd.zero() ? 0 : 1;
    }

    @Override
    public boolean isValid(Long amount, ConstraintValidatorContext context) {
      if (amount == null || (amount >= min && amount <= limits.maxVnd())) {
        return true;
      }
      // the bounds go in as parameters so that the message stays in the caller's language
      var hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
      hibernate.disableDefaultConstraintViolation();
      hibernate
          .addMessageParameter("min", min)
          .addMessageParameter("max", limits.maxVnd())
          .addMessageParameter("maxShown", Refusal.vietnameseVnd(limits.maxVnd()))
          .buildConstraintViolationWithTemplate("{vn.congdoan.validation.vnd-range}")
          .addConstraintViolation();
      return false;
    }
  }
}
