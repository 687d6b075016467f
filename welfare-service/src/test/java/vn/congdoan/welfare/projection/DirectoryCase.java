package vn.congdoan.welfare.projection;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test of the member directory on a fresh in-memory server: its projection and answers on the
 * {@code welfare} database, and membership's events to feed it. Each test starts empty.
 */
abstract class DirectoryCase {
  final MembershipEventMother events = new MembershipEventMother();
  InMemoryMongo mongo;
  TestDirectory model;

  @BeforeEach
  void startDirectory() {
    mongo = new InMemoryMongo();
    model = new TestDirectory(mongo, "welfare");
  }

  @AfterEach
  void stopDirectory() {
    mongo.close();
  }
}
