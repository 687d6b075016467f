package vn.congdoan.platform.infra.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MongoTimeoutsTest {
  private final MongoTimeouts timeouts =
      new MongoTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofSeconds(30));

  private MongoClientSettings settings(String uri) {
    var builder = MongoClientSettings.builder();
    timeouts.customizer().customize(builder);
    // What Spring Boot's own customizer does next.
    builder.applyConnectionString(new ConnectionString(uri));
    return builder.build();
  }

  @Test
  void aStoreThatStopsAnsweringIsGivenUpOnInsteadOfAwaitedForever() {
    var settings = settings("mongodb://db:27017/members");

    assertThat(settings.getSocketSettings().getReadTimeout(TimeUnit.SECONDS)).isEqualTo(30);
    assertThat(settings.getSocketSettings().getConnectTimeout(TimeUnit.SECONDS)).isEqualTo(5);
    assertThat(settings.getClusterSettings().getServerSelectionTimeout(TimeUnit.SECONDS))
        .isEqualTo(10);
  }

  @Test
  void theConnectionStringStillDecides() {
    var settings = settings("mongodb://db:27017/members?socketTimeoutMS=120000");

    assertThat(settings.getSocketSettings().getReadTimeout(TimeUnit.SECONDS)).isEqualTo(120);
    assertThat(settings.getClusterSettings().getServerSelectionTimeout(TimeUnit.SECONDS))
        .isEqualTo(10);
  }

  @Test
  void aWriteCountsOnceJournaledOnAMajorityUnlessTheConnectionStringSaysOtherwise() {
    assertThat(settings("mongodb://db:27017/members").getWriteConcern())
        .isEqualTo(WriteConcern.MAJORITY.withJournal(true));
    assertThat(settings("mongodb://db:27017/members?w=1").getWriteConcern().getWObject())
        .isEqualTo(1);
  }
}
