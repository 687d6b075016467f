package vn.congdoan.platform.infra.testing;

import java.time.Duration;
import vn.congdoan.platform.infra.lease.Lease;
import vn.congdoan.platform.infra.lease.Leases;

/** A lease nobody else wants: the relay and the digester under test hold it at once. */
public final class TestLeases {
  private TestLeases() {}

  public static Lease of(InMemoryMongo mongo) {
    return new Leases(mongo.database().getCollection("leases"), Duration.ofSeconds(10))
        .named("test");
  }
}
