package vn.congdoan.reporting.web;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.springframework.context.ConfigurableApplicationContext;
import vn.congdoan.reporting.ingest.Delivery;

/**
 * A test class sharing one reporting service, started once (in its {@code @BeforeAll}) with the
 * events it is fed and its settings, and stopped after the class.
 */
abstract class ReportingAppTestBase {
  static ReportingApp reporting;
  static ConfigurableApplicationContext app;
  static ApiClient api;
  static int port;

  static void startWith(List<Delivery> events, String... settings) {
    reporting = new ReportingApp(events, settings);
    app = reporting.app;
    api = reporting.api;
    port = reporting.port;
  }

  @AfterAll
  static void stop() {
    reporting.close();
  }
}
