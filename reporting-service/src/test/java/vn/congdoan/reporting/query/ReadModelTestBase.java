package vn.congdoan.reporting.query;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh in-memory read model for every test: the projections of this service on the "reporting"
 * database of a new in-memory server, closed after the test.
 */
public abstract class ReadModelTestBase {
  protected final EventMother events = new EventMother();
  protected InMemoryMongo mongo;
  protected TestReadModel model;

  @BeforeEach
  protected void startReadModel() {
    mongo = new InMemoryMongo();
    model = new TestReadModel(mongo, "reporting");
  }

  @AfterEach
  protected void stopReadModel() {
    mongo.close();
  }
}
