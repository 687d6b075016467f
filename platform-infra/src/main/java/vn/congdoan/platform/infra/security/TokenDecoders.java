package vn.congdoan.platform.infra.security;

import com.nimbusds.jose.JWSAlgorithm;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * Which tokens a service believes. Under the {@code local} profile only, the dev tokens signed with
 * the shared HMAC secret ({@code platform.security.dev-secret}); everywhere else, the OIDC issuer's
 * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}) for the platform's audience
 * ({@code platform.security.audience}). A dev secret set by mistake in production opens nothing.
 */
@AutoConfiguration(before = OAuth2ResourceServerAutoConfiguration.class)
public class TokenDecoders {

  @Bean
  @Profile("local")
  @ConditionalOnProperty(prefix = "platform.security", name = "dev-secret")
  JwtDecoder devJwtDecoder(@Value("${platform.security.dev-secret}") String secret) {
    byte[] key = secret.getBytes(StandardCharsets.UTF_8);
    NimbusJwtDecoder decoder =
        NimbusJwtDecoder.withSecretKey(new SecretKeySpec(key, JWSAlgorithm.HS256.getName()))
            .macAlgorithm(MacAlgorithm.HS256)
            .build();
    decoder.setJwtValidator(TokenRules.local());
    return decoder;
  }

  /** Resolved on first use, so a service starts while its identity provider is still starting. */
  @Bean
  @Profile("!local")
  @ConditionalOnMissingBean(JwtDecoder.class)
  JwtDecoder oidcJwtDecoder(
      @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri:}") String issuer,
      @Value("${platform.security.audience:}") String audience,
      @Value("${platform.security.clock-skew:60s}") String clockSkew) {
    if (issuer.isBlank() || audience.isBlank()) {
      throw new IllegalStateException(
          "Set OIDC_ISSUER_URI (the identity provider) and PLATFORM_SECURITY_AUDIENCE (the"
              + " audience its tokens carry for this platform), or run with the local profile");
    }
    // how far the provider's clock may be off ours ("60s", "PT1M")
    Duration skew = DurationStyle.detectAndParse(clockSkew);
    return new SupplierJwtDecoder(
        () -> {
          var decoder = (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(issuer);
          decoder.setJwtValidator(TokenRules.production(issuer, audience, skew));
          return decoder;
        });
  }
}
