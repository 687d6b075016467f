package vn.congdoan.gateway;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Local only: the web app's sign-in page asks its own origin for a dev token, which membership
 * issues on its local profile. Production has no such route: tokens come from the OIDC provider. (A
 * route in Java, because a profile's YAML would replace the whole route list, not add to it.)
 */
@Configuration
@Profile("local")
class DevTokenRoute {

  @Bean
  RouteLocator devTokens(
      RouteLocatorBuilder routes, @Value("${gateway.membership-url}") String membership) {
    return routes.routes().route("dev-tokens", r -> r.path("/dev/tokens").uri(membership)).build();
  }
}
