package vn.congdoan.gateway;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The one origin users and clients see: it serves the web app and passes each API path to the
 * service that owns it (routes in {@code gateway.yml}). It holds no state and checks no tokens —
 * every service verifies its callers itself — so any number of gateways can stand side by side.
 */
@SpringBootApplication
public class GatewayApplication {

  /**
   * Reactive even when Spring MVC is on the classpath too (the integration tests run every service
   * in one JVM), and its own config file name so the services' settings never shadow its own.
   */
  public static SpringApplicationBuilder app() {
    return new SpringApplicationBuilder(GatewayApplication.class)
        .web(WebApplicationType.REACTIVE)
        .properties("spring.config.name=gateway");
  }

  public static void main(String[] args) {
    app().run(args);
  }
}
