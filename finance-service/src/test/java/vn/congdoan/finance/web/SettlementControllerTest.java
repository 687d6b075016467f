package vn.congdoan.finance.web;

import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.congdoan.finance.api.SettleYearCommand;
import vn.congdoan.finance.api.YearSettledEvent;
import vn.congdoan.finance.command.Branches;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.infra.testing.Callers;
import vn.congdoan.platform.infra.web.CommandSender;

class SettlementControllerTest {
  private static final String BRANCH = "vp-doan-dbqh";
  private static final LocalDate TODAY = LocalDate.of(2025, 1, 15);

  private final CommandSender commands = mock(CommandSender.class);
  private MockMvc mvc;

  @BeforeEach
  void setUp() {
    var clock = Clock.fixed(Instant.parse("2025-01-15T03:00:00Z"), ZoneOffset.UTC);
    mvc = Callers.mvc(new SettlementController(commands, mock(Branches.class), clock));
  }

  @AfterEach
  void signOut() {
    Callers.signOut();
  }

  @Test
  void withoutABodyTheYearIsSettledToday() throws Exception {
    Callers.signIn("BRANCH_OFFICER", BRANCH);
    when(commands.send(eq(new SettleYearCommand(new BranchId(BRANCH), 2024, TODAY)), eq(BRANCH)))
        .thenReturn(
            new YearSettledEvent(new BranchId(BRANCH), 2024, 100, 900, 300, 200, 500, TODAY));
    mvc.perform(post("/api/branches/" + BRANCH + "/finance/years/2024/settlement"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.openingBalanceVnd").value(100))
        .andExpect(jsonPath("$.closingBalanceVnd").value(500));
  }

  @Test
  void theSettlementDayMayBeGiven() throws Exception {
    Callers.signIn("BRANCH_OFFICER", BRANCH);
    var on = LocalDate.of(2025, 2, 3);
    when(commands.send(eq(new SettleYearCommand(new BranchId(BRANCH), 2024, on)), eq(BRANCH)))
        .thenReturn(new YearSettledEvent(new BranchId(BRANCH), 2024, 0, 0, 0, 0, 0, on));
    mvc.perform(
            post("/api/branches/" + BRANCH + "/finance/years/2024/settlement")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"settledOn\":\"2025-02-03\"}"))
        // The stubbed command carries the day: any other would answer no settlement.
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.year").value(2024));
  }

  @Test
  void anAuditorCannotSettle() throws Exception {
    Callers.signIn("AUDITOR", BRANCH);
    mvc.perform(post("/api/branches/" + BRANCH + "/finance/years/2024/settlement"))
        .andExpect(status().isForbidden());
  }
}
