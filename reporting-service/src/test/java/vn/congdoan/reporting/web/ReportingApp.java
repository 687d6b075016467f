package vn.congdoan.reporting.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.congdoan.reporting.ReportingApplication;
import vn.congdoan.reporting.ingest.Delivery;
import vn.congdoan.reporting.ingest.ProjectionApplier;
import vn.congdoan.reporting.query.InMemoryMongo;

/**
 * reporting-service as it starts for real, over HTTP with real tokens, its projections fed the
 * given events directly (the Kafka listener stays stopped: the cross-service tests cover the
 * broker).
 */
final class ReportingApp implements AutoCloseable {
  final InMemoryMongo mongo = new InMemoryMongo();
  final ConfigurableApplicationContext app;
  final int port;
  final ApiClient api;

  ReportingApp(List<Delivery> events, String... settings) {
    List<String> args = new ArrayList<>();
    args.add("--spring.profiles.active=local");
    args.add("--server.port=0");
    args.add("--spring.data.mongodb.uri=" + mongo.connectionString());
    args.add("--spring.kafka.bootstrap-servers=127.0.0.1:9");
    args.add("--spring.kafka.listener.auto-startup=false");
    args.add("--platform.security.dev-secret=" + ApiClient.SECRET);
    args.addAll(List.of(settings));
    app = ReportingApplication.app().run(args.toArray(String[]::new));
    port = ((WebServerApplicationContext) app).getWebServer().getPort();
    api = new ApiClient(port);
    app.getBean(ProjectionApplier.class).apply(events);
  }

  @Override
  public void close() {
    app.close();
    mongo.close();
  }
}
