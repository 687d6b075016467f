package vn.congdoan.reporting.config;

import com.mongodb.client.MongoClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;
import vn.congdoan.platform.api.Topics;
import vn.congdoan.platform.infra.concurrent.DaemonThreads;
import vn.congdoan.reporting.audit.AuditTrail;
import vn.congdoan.reporting.ingest.EnvelopeDecoder;
import vn.congdoan.reporting.ingest.ProjectionApplier;
import vn.congdoan.reporting.ingest.ProjectionConsumer;
import vn.congdoan.reporting.ingest.ProjectionMetrics;
import vn.congdoan.reporting.live.ChangeNotices;
import vn.congdoan.reporting.live.LiveSettings;
import vn.congdoan.reporting.live.LiveUpdates;
import vn.congdoan.reporting.projection.ReportingProjections;
import vn.congdoan.reporting.projection.ReportingStore;
import vn.congdoan.reporting.query.CampaignProgress;
import vn.congdoan.reporting.query.GrantList;
import vn.congdoan.reporting.query.ProvinceAttention;
import vn.congdoan.reporting.query.ProvinceSummaries;
import vn.congdoan.reporting.query.ProvinceWarmUp;
import vn.congdoan.reporting.query.RecordList;
import vn.congdoan.reporting.query.WindUpPreview;
import vn.congdoan.reporting.query.YearSummaryQuery;

/** The read model in the service's database, and the Kafka consumer that keeps it current. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({
  ConsumerSettings.class,
  DisclosureSettings.class,
  LiveSettings.class,
  ProvinceSummarySettings.class
})
public class ProjectionConfig {
  /** Where "today" is for a report of the running year: the unions' own calendar day. */
  private static final ZoneId UNION_TIME = ZoneId.of("Asia/Ho_Chi_Minh");

  @Bean
  Clock clock() {
    return Clock.system(UNION_TIME);
  }

  @Bean
  ReportingStore reportingStore(MongoClient client, MongoProperties mongo) {
    var store = new ReportingStore(client.getDatabase(mongo.getMongoClientDatabase()));
    store.createIndexes();
    return store;
  }

  @Bean
  GrantList grantList(ReportingStore store) {
    return new GrantList(store);
  }

  @Bean
  RecordList recordList(ReportingStore store) {
    return new RecordList(store);
  }

  @Bean
  EnvelopeDecoder envelopeDecoder() {
    return EnvelopeDecoder.forPlatform();
  }

  @Bean
  ProjectionMetrics projectionMetrics(MeterRegistry registry, Clock clock) {
    return new ProjectionMetrics(
        registry, clock, List.of(Topics.MEMBERSHIP, Topics.WELFARE, Topics.FINANCE));
  }

  @Bean
  ProjectionApplier projectionApplier(
      EnvelopeDecoder decoder, ProjectionMetrics metrics, ReportingStore store) {
    // The audit trail first: every envelope, including those no projection reads. A batch's
    // projections are written side by side, one wait for the journal instead of one each; the
    // pool is not a bean, which would turn Spring's own task executor off.
    return new ProjectionApplier(
            decoder,
            metrics,
            ReportingProjections.all(store),
            List.of(new AuditTrail(store.auditEvents())))
        .flushingOn(Executors.newFixedThreadPool(3, DaemonThreads.named("projection-flush")));
  }

  @Bean
  ProjectionConsumer projectionConsumer(
      EnvelopeDecoder decoder,
      ProjectionApplier applier,
      ProjectionMetrics metrics,
      ChangeNotices notices) {
    return new ProjectionConsumer(decoder, applier, metrics, notices);
  }

  @Bean
  ChangeNotices changeNotices(
      KafkaTemplate<String, String> kafka, ProvinceSummaries province, LiveUpdates live) {
    return new ChangeNotices(kafka, province, live);
  }

  /** One partition: every instance reads every notice, in the order they were sent. */
  @Bean
  NewTopic changeNoticeTopic(
      @Value("${platform.events.replicas:1}") short replicas,
      @Value("${platform.events.min-insync-replicas:1}") int minInsyncReplicas) {
    return TopicBuilder.name(ChangeNotices.TOPIC)
        .partitions(1)
        .replicas(replicas)
        .config("min.insync.replicas", String.valueOf(minInsyncReplicas))
        // a notice is only news: an instance starting reads from the end
        .config("retention.ms", String.valueOf(Duration.ofHours(1).toMillis()))
        .build();
  }

  @Bean
  ProvinceSummaries provinceSummaries(
      YearSummaryQuery query, Clock clock, ProvinceSummarySettings settings) {
    return new ProvinceSummaries(query, clock, settings.maxKept());
  }

  @Bean(destroyMethod = "close")
  ProvinceWarmUp provinceWarmUp(
      ProvinceSummaries summaries, Clock clock, ProvinceSummarySettings settings) {
    return new ProvinceWarmUp(summaries, clock, settings.readAheadYears());
  }

  /** Started once the service is ready: the read competes with nothing at start-up. */
  @Bean
  ApplicationListener<ApplicationReadyEvent> readProvinceAhead(ProvinceWarmUp warmUp) {
    return ready -> warmUp.start();
  }

  @Bean
  LiveUpdates liveUpdates(LiveSettings settings, MeterRegistry registry) {
    var live = new LiveUpdates(settings);
    registry.gauge("reporting.live.subscribers", live, LiveUpdates::subscribers);
    return live;
  }

  @Bean
  CampaignProgress campaignProgress(ReportingStore store) {
    return new CampaignProgress(store);
  }

  @Bean
  ProvinceAttention provinceAttention(
      ReportingStore store, DisclosureSettings settings, Clock clock) {
    return new ProvinceAttention(
        store,
        new ProvinceAttention.DisclosurePeriods(
            settings.receiptsWithinDays(), settings.distributionWithinDays()),
        clock);
  }

  @Bean
  WindUpPreview windUpPreview(ReportingStore store) {
    return new WindUpPreview(store);
  }

  /**
   * Spring Kafka's default gives up on a failed batch after ten tries and skips it; here a failure
   * is the store being away, never the batch (poison records are skipped before writing), so the
   * batch is tried until it succeeds. The lag gauge shows the wait.
   */
  @Bean
  CommonErrorHandler projectionErrorHandler(ConsumerSettings settings) {
    var backOff = new ExponentialBackOff(settings.retryInitial().toMillis(), 2.0);
    backOff.setMaxInterval(settings.retryMax().toMillis());
    backOff.setMaxElapsedTime(Long.MAX_VALUE);
    return new DefaultErrorHandler(backOff);
  }

  @Bean
  YearSummaryQuery yearSummaryQuery(ReportingStore store, Clock clock) {
    return new YearSummaryQuery(store, clock);
  }
}
