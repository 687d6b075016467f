package vn.congdoan.finance.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import vn.congdoan.finance.api.AddFinanceRuleCommand;
import vn.congdoan.finance.api.FinanceRule;
import vn.congdoan.finance.api.FinanceRule.RuleKind;
import vn.congdoan.finance.command.RuleTable;
import vn.congdoan.platform.infra.security.AccessInterceptor;
import vn.congdoan.platform.infra.security.BranchAccess;
import vn.congdoan.platform.infra.testing.Callers;
import vn.congdoan.platform.infra.web.CommandSender;
import vn.congdoan.platform.infra.web.ProblemHandler;

class RuleControllerTest {
  private static final String BASE_2026 =
      """
      {"ruleId": "base-salary-2026", "kind": "BASE_SALARY", "validFrom": "2026-01-01",
       "amountVnd": 2500000, "decision": "Nghị định mới"}
      """;

  private final CommandSender commands = mock(CommandSender.class);
  private MockMvc mvc;

  @BeforeEach
  void setUp() {
    var table =
        RuleTable.EMPTY.with(
            "dues-61-2025",
            new FinanceRule(
                RuleKind.DUES,
                LocalDate.of(2025, 7, 1),
                null,
                List.of(),
                50,
                1000,
                null,
                null,
                null,
                "61/QĐ-TLĐ",
                null));
    mvc =
        MockMvcBuilders.standaloneSetup(new RuleController(commands, () -> table))
            .setControllerAdvice(new ProblemHandler())
            .addInterceptors(new AccessInterceptor(new BranchAccess()))
            // As Spring Boot configures Jackson: dates as yyyy-MM-dd.
            .setMessageConverters(
                new MappingJackson2HttpMessageConverter(
                    Jackson2ObjectMapperBuilder.json()
                        .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                        .build()))
            .build();
  }

  @AfterEach
  void signOut() {
    Callers.signOut();
  }

  private ResultActions add(String body) throws Exception {
    return mvc.perform(
        post("/api/finance/rules").contentType(MediaType.APPLICATION_JSON).content(body));
  }

  @Test
  void anAdministratorAddsARule() throws Exception {
    Callers.signIn("ADMIN", null);
    add(BASE_2026)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.ruleId").value("base-salary-2026"));
    verify(commands).send(any(AddFinanceRuleCommand.class), isNull());
  }

  @Test
  void federationStaffMayNotAddRules() throws Exception {
    Callers.signIn("FEDERATION_STAFF", null);
    add(BASE_2026).andExpect(status().isForbidden());
  }

  @Test
  void aRateAboveAHundredPercentIsABadRequest() throws Exception {
    Callers.signIn("ADMIN", null);
    add("""
        {"kind": "DUES", "validFrom": "2026-01-01", "rateBp": 10001, "decision": "x"}
        """)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("rateBp"));
  }

  @Test
  void anUnknownSectorIsABadRequest() throws Exception {
    Callers.signIn("ADMIN", null);
    add("""
        {"kind": "DUES", "validFrom": "2026-01-01", "rateBp": 50, "sectors": ["MARS"],
         "decision": "x"}
        """)
        .andExpect(status().isBadRequest());
  }

  @Test
  void anyoneSignedInReadsTheTable() throws Exception {
    Callers.signIn("BRANCH_OFFICER", "vp-doan-dbqh");
    mvc.perform(get("/api/finance/rules"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].ruleId").value("dues-61-2025"))
        .andExpect(jsonPath("$[0].rateBp").value(50))
        .andExpect(jsonPath("$[0].validFrom").value("2025-07-01"));
  }
}
