package vn.congdoan.it;

import java.util.ArrayList;
import org.springframework.context.ConfigurableApplicationContext;
import vn.congdoan.reporting.ReportingApplication;

/**
 * A second reporting-service that rebuilds every projection from the start of the Kafka topics into
 * its own database: what a replay produces. The caller closes it.
 */
final class ReportingReplica {
  private ReportingReplica() {}

  static ConfigurableApplicationContext start(Platform platform, String name) {
    var args = new ArrayList<>(platform.wiring());
    args.add("--spring.data.mongodb.database=reporting-" + name);
    args.add("--spring.kafka.consumer.group-id=reporting-" + name);
    return ReportingApplication.app().run(args.toArray(String[]::new));
  }
}
