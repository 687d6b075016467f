package vn.congdoan.platform.infra.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;

/** What a token must say besides being signed: who issued it, for whom, and until when. */
final class TokenRules {
  private TokenRules() {}

  /**
   * Production: the OIDC issuer's, meant for the platform (audience), and expiring; {@code
   * clockSkew} is how far the provider's clock may be off ours.
   */
  static OAuth2TokenValidator<Jwt> production(String issuer, String audience, Duration clockSkew) {
    return new DelegatingOAuth2TokenValidator<>(
        new JwtTimestampValidator(clockSkew),
        new JwtIssuerValidator(issuer),
        expiring(),
        meantFor(audience));
  }

  /** The local profile's dev tokens: expiring, like any other. */
  static OAuth2TokenValidator<Jwt> local() {
    return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefault(), expiring());
  }

  /** The default checks pass a token without {@code exp}: one that never expires is refused. */
  static OAuth2TokenValidator<Jwt> expiring() {
    return new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull);
  }

  /** A token the provider issued for another application is not one for us. */
  static OAuth2TokenValidator<Jwt> meantFor(String audience) {
    return new JwtClaimValidator<List<String>>(
        JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience));
  }
}
