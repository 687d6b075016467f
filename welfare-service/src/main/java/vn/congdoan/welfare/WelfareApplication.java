package vn.congdoan.welfare;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

@SpringBootApplication
public class WelfareApplication {

  /**
   * The service's own config file name: all four services can then run in one JVM (the integration
   * tests) without their settings shadowing each other.
   */
  public static SpringApplicationBuilder app() {
    return new SpringApplicationBuilder(WelfareApplication.class)
        .properties("spring.config.name=welfare");
  }

  public static void main(String[] args) {
    app().run(args);
  }
}
