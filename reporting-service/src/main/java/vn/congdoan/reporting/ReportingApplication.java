package vn.congdoan.reporting;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

@SpringBootApplication
public class ReportingApplication {

  /**
   * The service's own config file name: all four services can then run in one JVM (the integration
   * tests) without their settings shadowing each other.
   */
  public static SpringApplicationBuilder app() {
    return new SpringApplicationBuilder(ReportingApplication.class)
        .properties("spring.config.name=reporting");
  }

  public static void main(String[] args) {
    app().run(args);
  }
}
