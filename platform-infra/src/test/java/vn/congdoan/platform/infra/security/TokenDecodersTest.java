package vn.congdoan.platform.infra.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** Which tokens a service believes, by profile, and what a production token must carry. */
class TokenDecodersTest {
  private static final String SECRET = "a-dev-secret-of-at-least-thirty-two-bytes-long-0123";
  private static final String ISSUER = "https://id.congdoan.example/realms/congdoan";

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(TokenDecoders.class))
          .withPropertyValues("platform.security.dev-secret=" + SECRET);

  @Test
  void theDevSecretOpensNothingOutsideTheLocalProfile() {
    runner.run(context -> assertThat(context).hasFailed());
    runner
        .withPropertyValues(
            "spring.security.oauth2.resourceserver.jwt.issuer-uri=http://127.0.0.1:9/none",
            "platform.security.audience=congdoan-platform")
        .run(
            context -> {
              String devToken = sign(c -> c.expirationTime(in(Duration.ofHours(1))));
              JwtDecoder decoder = context.getBean(JwtDecoder.class);
              assertThatThrownBy(() -> decoder.decode(devToken))
                  .isInstanceOf(RuntimeException.class);
            });
  }

  @Test
  void theLocalProfileBelievesDevTokensThatExpire() {
    runner
        .withPropertyValues("spring.profiles.active=local")
        .run(
            context -> {
              JwtDecoder decoder = context.getBean(JwtDecoder.class);
              String expiring = sign(c -> c.expirationTime(in(Duration.ofHours(1))));
              assertThat(decoder.decode(expiring).getSubject()).isEqualTo("someone");
              String forever = sign(c -> {});
              assertThatThrownBy(() -> decoder.decode(forever)).isInstanceOf(JwtException.class);
            });
  }

  @Test
  void aProductionTokenNamesTheIssuerThePlatformAndAnEnd() {
    NimbusJwtDecoder decoder = hmacDecoder();
    decoder.setJwtValidator(
        TokenRules.production(ISSUER, "congdoan-platform", Duration.ofSeconds(60)));
    Consumer<JWTClaimsSet.Builder> good =
        c ->
            c.issuer(ISSUER)
                .audience(List.of("congdoan-platform"))
                .expirationTime(in(Duration.ofMinutes(5)));
    assertThat(decoder.decode(sign(good)).getSubject()).isEqualTo("someone");
    assertThatThrownBy(() -> decoder.decode(sign(good.andThen(c -> c.audience("another-app")))))
        .isInstanceOf(JwtException.class);
    assertThatThrownBy(() -> decoder.decode(sign(good.andThen(c -> c.audience((String) null)))))
        .isInstanceOf(JwtException.class);
    assertThatThrownBy(() -> decoder.decode(sign(good.andThen(c -> c.expirationTime(null)))))
        .isInstanceOf(JwtException.class);
    assertThatThrownBy(
            () ->
                decoder.decode(
                    sign(good.andThen(c -> c.expirationTime(in(Duration.ofMinutes(-5)))))))
        .isInstanceOf(JwtException.class);
    assertThatThrownBy(() -> decoder.decode(sign(good.andThen(c -> c.issuer("https://elsewhere")))))
        .isInstanceOf(JwtException.class);
  }

  @Test
  void aTokenJustExpiredPassesOnlyWithinTheAllowedClockSkew() {
    NimbusJwtDecoder decoder = hmacDecoder();
    String endedTenSecondsAgo =
        sign(
            c ->
                c.issuer(ISSUER)
                    .audience(List.of("congdoan-platform"))
                    .expirationTime(in(Duration.ofSeconds(-10))));

    decoder.setJwtValidator(
        TokenRules.production(ISSUER, "congdoan-platform", Duration.ofSeconds(60)));
    assertThat(decoder.decode(endedTenSecondsAgo).getSubject()).isEqualTo("someone");
    decoder.setJwtValidator(
        TokenRules.production(ISSUER, "congdoan-platform", Duration.ofSeconds(5)));
    assertThatThrownBy(() -> decoder.decode(endedTenSecondsAgo)).isInstanceOf(JwtException.class);
  }

  /** A decoder of this test's HMAC-signed tokens, to try the production rules on. */
  private static NimbusJwtDecoder hmacDecoder() {
    return NimbusJwtDecoder.withSecretKey(
            new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"))
        .macAlgorithm(MacAlgorithm.HS256)
        .build();
  }

  private static Date in(Duration duration) {
    return Date.from(Instant.now().plus(duration));
  }

  private static String sign(Consumer<JWTClaimsSet.Builder> claims) {
    try {
      var builder = new JWTClaimsSet.Builder().subject("someone").claim("roles", List.of("ADMIN"));
      claims.accept(builder);
      var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), builder.build());
      jwt.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
      return jwt.serialize();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
