package vn.congdoan.finance;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

@SpringBootApplication
public class FinanceApplication {

  /**
   * The service's own config file name: all four services can then run in one JVM (the integration
   * tests) without their settings shadowing each other.
   */
  public static SpringApplicationBuilder app() {
    return new SpringApplicationBuilder(FinanceApplication.class)
        .properties("spring.config.name=finance");
  }

  public static void main(String[] args) {
    app().run(args);
  }
}
