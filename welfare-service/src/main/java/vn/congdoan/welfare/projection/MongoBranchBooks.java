package vn.congdoan.welfare.projection;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import vn.congdoan.finance.api.BooksClosedEvent;
import vn.congdoan.finance.api.YearSettledEvent;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.welfare.command.BranchBooks;

/**
 * {@code branch_books}: one document per branch whose books finance settled or closed, {@code _id}
 * = branch id, with {@code lastSettledYear}, every settled year and {@code booksClosedOn}. Every
 * write is a maximum, a set addition or a set of the same value, so it holds whatever the order and
 * however often finance's events are delivered. The rule mirrors finance's own: a year is closed
 * once it or a later year is settled, and everything once the books are closed.
 */
public class MongoBranchBooks implements BranchBooks {
  public static final String COLLECTION = "branch_books";

  private final MongoCollection<Document> books;

  public MongoBranchBooks(MongoDatabase database) {
    this.books = database.getCollection(COLLECTION);
  }

  @Override
  public Optional<Refusal> closedFor(String branchId, LocalDate on) {
    Document book = books.find(eq("_id", branchId)).first();
    if (book == null) {
      return Optional.empty();
    }
    Optional<Refusal> closed = closed(branchId, book);
    if (closed.isPresent()) {
      return closed;
    }
    Integer last = book.getInteger("lastSettledYear");
    int year = on.getYear();
    if (last == null || year > last) {
      return Optional.empty();
    }
    return Optional.of(
        year == last || book.getList("settledYears", Integer.class, List.of()).contains(year)
            ? Refusal.of("welfare.books.settled", branchId, year, on)
            : Refusal.of("welfare.books.closed-after-settled", branchId, year, last, on));
  }

  @Override
  public Optional<Refusal> closed(String branchId) {
    Document book = books.find(eq("_id", branchId)).first();
    return book == null ? Optional.empty() : closed(branchId, book);
  }

  private static Optional<Refusal> closed(String branchId, Document book) {
    String closedOn = book.getString("booksClosedOn");
    return closedOn == null
        ? Optional.empty()
        : Optional.of(Refusal.of("welfare.books.closed", branchId, LocalDate.parse(closedOn)));
  }

  /** The write a settlement or a closing asks for. */
  static WriteModel<Document> write(Object event) {
    var upsert = new UpdateOptions().upsert(true);
    if (event instanceof YearSettledEvent e) {
      return new UpdateOneModel<>(
          eq("_id", e.branchId().value()),
          Updates.combine(
              Updates.max("lastSettledYear", e.year()), Updates.addToSet("settledYears", e.year())),
          upsert);
    }
    BooksClosedEvent e = (BooksClosedEvent) event;
    return new UpdateOneModel<>(
        eq("_id", e.branchId().value()),
        Updates.set("booksClosedOn", e.closedOn().toString()),
        upsert);
  }

  MongoCollection<Document> collection() {
    return books;
  }
}
