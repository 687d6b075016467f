package vn.congdoan.platform.infra.security;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.infra.problem.Problems;

/**
 * Every service is an OAuth2 resource server: {@code /api/**} needs a bearer JWT whose {@code
 * roles} claim becomes the caller's roles. Which tokens are believed: {@link TokenDecoders}.
 */
@AutoConfiguration(before = OAuth2ResourceServerAutoConfiguration.class)
public class SecurityAutoConfiguration {

  @Bean
  SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
    http.csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(
            a -> a.requestMatchers("/api/**").authenticated().anyRequest().permitAll())
        .oauth2ResourceServer(
            o ->
                o.jwt(j -> j.jwtAuthenticationConverter(rolesConverter()))
                    .authenticationEntryPoint(
                        (req, res, e) ->
                            Problems.write(
                                res,
                                HttpStatus.UNAUTHORIZED,
                                "Unauthorized",
                                Refusal.of("platform.token.required")))
                    .accessDeniedHandler(
                        (req, res, e) ->
                            Problems.write(res, HttpStatus.FORBIDDEN, "Forbidden", e.getMessage())))
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                    (req, res, ex) ->
                        Problems.write(
                            res,
                            HttpStatus.UNAUTHORIZED,
                            "Unauthorized",
                            Refusal.of("platform.token.required"))));
    return http.build();
  }

  /**
   * Wraps whichever decoder is in use (dev secret or OIDC issuer) with {@link CachingJwtDecoder}.
   */
  @Bean
  static BeanPostProcessor cachingJwtDecoders() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        return bean instanceof JwtDecoder decoder && !(bean instanceof CachingJwtDecoder)
            ? new CachingJwtDecoder(decoder, Clock.systemUTC(), 10_000)
            : bean;
      }
    };
  }

  /** An address the firewall refuses (an encoded slash, a NUL, "..") is a 400 problem too. */
  @Bean
  RequestRejectedHandler requestRejected() {
    return (request, response, e) ->
        Problems.write(
            response,
            HttpStatus.BAD_REQUEST,
            "Invalid request",
            Refusal.of("platform.address.refused"));
  }

  @Bean
  BranchAccess branchAccess() {
    return new BranchAccess();
  }

  @Bean
  AccessInterceptor accessInterceptor(BranchAccess access) {
    return new AccessInterceptor(access);
  }

  static JwtAuthenticationConverter rolesConverter() {
    var converter = new JwtAuthenticationConverter();
    converter.setJwtGrantedAuthoritiesConverter(
        jwt -> {
          List<String> roles = jwt.getClaimAsStringList("roles");
          Collection<GrantedAuthority> authorities =
              roles == null
                  ? List.of()
                  : roles.stream()
                      .map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r))
                      .toList();
          return authorities;
        });
    return converter;
  }
}
