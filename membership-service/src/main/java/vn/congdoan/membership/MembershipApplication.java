package vn.congdoan.membership;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MembershipApplication {

  /**
   * The service's own config file name: all four services can then run in one JVM (the integration
   * tests) without their settings shadowing each other.
   */
  public static SpringApplicationBuilder app() {
    return new SpringApplicationBuilder(MembershipApplication.class)
        .properties("spring.config.name=membership");
  }

  public static void main(String[] args) {
    app().run(args);
  }
}
