package vn.congdoan.platform.infra.input;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

/**
 * An amount out of range is refused with its bounds, in the language the caller reads: the
 * Vietnamese message writes the limit as amounts are written in Vietnam.
 */
class VndTest {
  record Grant(@Vnd Long each, @Vnd(zero = true) Long budget) {}

  private static Set<String> refusals(Grant grant, String language) {
    try (var factory =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .defaultLocale(Locale.forLanguageTag(language))
            .buildValidatorFactory()) {
      return factory.getValidator().validate(grant).stream()
          .map(ConstraintViolation::getMessage)
          .collect(Collectors.toSet());
    }
  }

  @Test
  void anAmountBeyondTheLimitIsRefusedInVietnamese() {
    assertThat(refusals(new Grant(2_000_000_000_000L, 0L), "vi"))
        .containsExactly("phải từ 1 đến 1.000.000.000.000 đồng");
  }

  @Test
  void englishIsAnsweredWhenAskedFor() {
    assertThat(refusals(new Grant(0L, -1L), "en"))
        .containsExactlyInAnyOrder(
            "must be between 1 and 1000000000000 đồng", "must be between 0 and 1000000000000 đồng");
  }

  @Test
  void amountsWithinTheLimitAndMissingOnesPass() {
    assertThat(refusals(new Grant(1L, null), "vi")).isEmpty();
    assertThat(refusals(new Grant(null, 0L), "vi")).isEmpty();
  }
}
