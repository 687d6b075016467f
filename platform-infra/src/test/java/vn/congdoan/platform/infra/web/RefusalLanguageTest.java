package vn.congdoan.platform.infra.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.congdoan.platform.api.BadRequestException;
import vn.congdoan.platform.api.NotFoundException;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.api.RuleViolationException;
import vn.congdoan.platform.infra.problem.RefusalText;

/**
 * A refusal raised with a key is answered in the caller's language: Vietnamese unless the request
 * asks for English, whose text is the exception's message as it always was; one raised with a plain
 * message is answered with that message in every language. A refusal an aggregate raises inside
 * Axon's command handling arrives just the same.
 */
class RefusalLanguageTest {
  private static final String LEFT_EN = "Member m-1 already left on 2024-06-30";
  private static final String LEFT_VI = "Đoàn viên m-1 đã rời công đoàn từ ngày 30/06/2024";

  private final Configuration axon =
      DefaultConfigurer.defaultConfiguration()
          .configureSerializer(c -> JacksonSerializer.defaultSerializer())
          .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
          .configureAggregate(Member.class)
          .buildConfiguration();
  private final MockMvc mvc;

  RefusalLanguageTest() {
    axon.start();
    mvc =
        MockMvcBuilders.standaloneSetup(new Refusing(axon))
            .setControllerAdvice(new ProblemHandler())
            .build();
  }

  @AfterEach
  void stop() {
    axon.shutdown();
  }

  private ResultActions ask(String path, String language) throws Exception {
    var request = post(path);
    if (language != null) {
      request.header("Accept-Language", language);
    }
    return mvc.perform(request);
  }

  @Test
  void aKeyedRefusalIsInVietnameseUnlessEnglishIsAskedFor() throws Exception {
    ask("/left", null).andExpect(status().is(422)).andExpect(jsonPath("$.detail").value(LEFT_VI));
    ask("/left", "vi-VN,vi;q=0.9").andExpect(jsonPath("$.detail").value(LEFT_VI));
    ask("/left", "en-US,en;q=0.9")
        .andExpect(status().is(422))
        .andExpect(jsonPath("$.title").value("Refused by a business rule"))
        .andExpect(jsonPath("$.detail").value(LEFT_EN));
  }

  @Test
  void amountsAndDaysAreWrittenAsEachLanguageWritesThem() throws Exception {
    ask("/dues", null)
        .andExpect(
            jsonPath("$.detail")
                .value("Đoàn phí của đoàn viên m-1: 1.500 đồng, thấp hơn mức chuẩn 234.000 đồng"));
    ask("/dues", "en")
        .andExpect(
            jsonPath("$.detail")
                .value("Dues of member m-1: 1500 VND is below the standard 234000 VND"));
  }

  @Test
  void aKeyedBadRequestAndNotFoundAreInTheCallersLanguageToo() throws Exception {
    ask("/bad", null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("memberId trong đường dẫn phải có dạng [a-z]+"));
    ask("/bad", "en")
        .andExpect(jsonPath("$.detail").value("memberId in the path must match [a-z]+"));
    ask("/missing", null)
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value("Không tìm thấy công đoàn cơ sở cd-1"));
    ask("/missing", "en").andExpect(jsonPath("$.detail").value("Branch cd-1 not found"));
  }

  @Test
  void anUnkeyedRefusalSaysItsMessageInEveryLanguage() throws Exception {
    ask("/plain", null).andExpect(jsonPath("$.detail").value("Said in English only"));
    ask("/plain", "en").andExpect(jsonPath("$.detail").value("Said in English only"));
  }

  @Test
  void aRefusalRaisedInsideAnAggregateReachesTheCallerInVietnamese() throws Exception {
    ask("/members/m-1/admission", null).andExpect(status().isOk());
    ask("/members/m-1/departure", null).andExpect(status().isOk());

    ask("/members/m-1/departure", null)
        .andExpect(status().is(422))
        .andExpect(jsonPath("$.title").value("Bị từ chối theo quy định"))
        .andExpect(jsonPath("$.detail").value(LEFT_VI));
    ask("/members/m-1/departure", "en").andExpect(jsonPath("$.detail").value(LEFT_EN));
  }

  @Test
  void aRefusalAxonWrapsOnTheWayIsStillToldInTheCallersLanguage() throws Exception {
    ask("/wrapped", null)
        .andExpect(status().is(422))
        .andExpect(jsonPath("$.detail").value(LEFT_VI));
    ask("/wrapped", "en").andExpect(jsonPath("$.detail").value(LEFT_EN));
  }

  @Test
  void refusalsKeptInAnAnswerAreWrittenInTheCallersLanguage() throws Exception {
    mvc.perform(get("/findings"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.broken[0]").value(LEFT_VI));
    mvc.perform(get("/findings").header("Accept-Language", "en"))
        .andExpect(jsonPath("$.broken[0]").value(LEFT_EN));
  }

  record Findings(@JsonSerialize(contentUsing = RefusalText.class) List<Refusal> broken) {}

  private static RuleViolationException alreadyLeft() {
    return new RuleViolationException(
        Refusal.of("test.member.already-left", "m-1", LocalDate.of(2024, 6, 30)));
  }

  @RestController
  static class Refusing {
    private final Configuration axon;

    Refusing(Configuration axon) {
      this.axon = axon;
    }

    @GetMapping("/findings")
    Findings findings() {
      return new Findings(List.of(alreadyLeft().refusal().orElseThrow()));
    }

    @PostMapping("/left")
    void left() {
      throw alreadyLeft();
    }

    @PostMapping("/dues")
    void dues() {
      throw new RuleViolationException(
          Refusal.of("test.dues.below-standard", "m-1", Refusal.vnd(1_500), Refusal.vnd(234_000)));
    }

    @PostMapping("/bad")
    void bad() {
      throw new BadRequestException(Refusal.of("platform.path-id", "memberId", "[a-z]+"));
    }

    @PostMapping("/missing")
    void missing() {
      throw new NotFoundException(Refusal.of("platform.branch.not-found", "cd-1"));
    }

    @PostMapping("/plain")
    void plain() {
      throw new RuleViolationException("Said in English only");
    }

    @PostMapping("/wrapped")
    void wrapped() {
      throw new CommandExecutionException("wrapped", alreadyLeft());
    }

    @PostMapping("/members/{id}/admission")
    void admit(@PathVariable String id) {
      axon.commandGateway().sendAndWait(new Admit(id));
    }

    @PostMapping("/members/{id}/departure")
    void leave(@PathVariable String id) {
      axon.commandGateway().sendAndWait(new Leave(id, LocalDate.of(2024, 6, 30)));
    }
  }

  record Admit(String id) {}

  record Leave(@TargetAggregateIdentifier String id, LocalDate on) {}

  record Admitted(String id) {}

  record Left(String id, LocalDate on) {}

  static class Member {
    @AggregateIdentifier private String id;
    private LocalDate leftOn;

    Member() {}

    @CommandHandler
    Member(Admit command) {
      AggregateLifecycle.apply(new Admitted(command.id()));
    }

    @CommandHandler
    void handle(Leave command) {
      if (leftOn != null) {
        throw new RuleViolationException(Refusal.of("test.member.already-left", id, leftOn));
      }
      AggregateLifecycle.apply(new Left(id, command.on()));
    }

    @EventSourcingHandler
    void on(Admitted event) {
      id = event.id();
    }

    @EventSourcingHandler
    void on(Left event) {
      leftOn = event.on();
    }
  }
}
