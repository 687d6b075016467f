package vn.congdoan.welfare.projection;

import com.mongodb.client.MongoClient;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What welfare knows of the branches' books, and the consumer of finance's events that keeps it. It
 * runs in the listener container factory of the member directory, so the consumer settings in
 * welfare.yml and its retry-forever error handler apply to it too; only its group differs.
 */
@Configuration(proxyBeanMethods = false)
public class BranchBooksConfig {
  @Bean
  MongoBranchBooks branchBooks(MongoClient client, MongoProperties mongo) {
    return new MongoBranchBooks(client.getDatabase(mongo.getMongoClientDatabase()));
  }

  @Bean
  LedgerEventConsumer ledgerEventConsumer(MongoBranchBooks books) {
    return new LedgerEventConsumer(new LedgerEvents(), books);
  }
}
