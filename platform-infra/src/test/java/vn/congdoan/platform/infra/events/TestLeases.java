package vn.congdoan.platform.infra.events;

import java.time.Duration;
import vn.congdoan.platform.infra.lease.Lease;
import vn.congdoan.platform.infra.lease.Leases;

/** A lease nobody else wants: the relay and the digester under test hold it at once. */
final class TestLeases {
  private TestLeases() {}

  static Lease of(InMemoryMongo mongo) {
    return new Leases(mongo.database().getCollection("leases"), Duration.ofSeconds(10))
        .named("test");
  }
}
