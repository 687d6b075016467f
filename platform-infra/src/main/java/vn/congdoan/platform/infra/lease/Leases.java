package vn.congdoan.platform.infra.lease;

import com.mongodb.client.MongoCollection;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.UUID;
import org.bson.Document;

/**
 * The leases of one service instance, all in the service's {@code leases} collection, under one
 * holder name that says which instance holds what (host, process, and a random part for several
 * instances in one process).
 */
public final class Leases {
  private final MongoCollection<Document> collection;
  private final Duration term;
  private final String holder;

  public Leases(MongoCollection<Document> collection, Duration term) {
    this.collection = collection;
    this.term = term;
    this.holder =
        host()
            + "/"
            + ProcessHandle.current().pid()
            + "/"
            + UUID.randomUUID().toString().substring(0, 8);
  }

  public Lease named(String name) {
    return new Lease(collection, name, holder, term);
  }

  public String holder() {
    return holder;
  }

  /** How long a dead holder keeps a lease from the others. */
  public Duration term() {
    return term;
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return ManagementFactory.getRuntimeMXBean().getName();
    }
  }
}
