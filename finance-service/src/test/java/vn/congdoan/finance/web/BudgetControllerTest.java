package vn.congdoan.finance.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.congdoan.finance.api.ApproveBudgetCommand;
import vn.congdoan.finance.api.EstimateBudgetCommand;
import vn.congdoan.finance.api.ExpenseCategory;
import vn.congdoan.finance.api.RecordExpenseCommand;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.infra.testing.Callers;
import vn.congdoan.platform.infra.web.CommandSender;

class BudgetControllerTest {
  private static final String BRANCH = "vp-doan-dbqh";
  private static final String BUDGETS = "/api/branches/" + BRANCH + "/finance/budgets/2024";

  /** 1 February 2024, 6:30 in Hanoi, while it is still 31 January in UTC. */
  private static final Clock TODAY =
      Clock.fixed(Instant.parse("2024-01-31T23:30:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

  private final CommandSender commands = mock(CommandSender.class);
  private MockMvc mvc;

  @BeforeEach
  void setUp() {
    mvc = Callers.mvc(new BudgetController(commands, TODAY), new SpendingController(commands));
  }

  @AfterEach
  void signOut() {
    Callers.signOut();
  }

  private ResultActions estimate(String body) throws Exception {
    return mvc.perform(put(BUDGETS).contentType(MediaType.APPLICATION_JSON).content(body));
  }

  private ResultActions approve(String body) throws Exception {
    return mvc.perform(
        post(BUDGETS + "/approval").contentType(MediaType.APPLICATION_JSON).content(body));
  }

  @Test
  void anOfficerEstimatesTheirBranchsBudget() throws Exception {
    Callers.signIn("BRANCH_OFFICER", BRANCH);
    estimate("{\"lines\":[{\"category\":\"MEMBER_CARE\",\"amountVnd\":10000000}]}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.year").value(2024));
    verify(commands).send(any(EstimateBudgetCommand.class), eq(BRANCH));
  }

  @Test
  void federationStaffApproveAsTheCaller() throws Exception {
    Callers.signIn("FEDERATION_STAFF", null);
    approve("{\"approvedOn\":\"2024-01-15\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.approvedBy").value("tester"));
    verify(commands)
        .send(
            eq(
                new ApproveBudgetCommand(
                    new BranchId(BRANCH), 2024, LocalDate.of(2024, 1, 15), "tester")),
            eq(BRANCH));
  }

  @Test
  void anOfficerMayNotApproveTheirOwnBudget() throws Exception {
    Callers.signIn("BRANCH_OFFICER", BRANCH);
    approve("{\"approvedOn\":\"2024-01-15\"}").andExpect(status().isForbidden());
    verifyNoInteractions(commands);
  }

  @Test
  void anApprovalWithoutABodyIsMadeAsOfTodayInVietnam() throws Exception {
    Callers.signIn("FEDERATION_STAFF", null);
    mvc.perform(post(BUDGETS + "/approval")).andExpect(status().isOk());
    verify(commands)
        .send(
            eq(
                new ApproveBudgetCommand(
                    new BranchId(BRANCH), 2024, LocalDate.of(2024, 2, 1), "tester")),
            eq(BRANCH));
  }

  @Test
  void anApprovalWithAnEmptyBodyIsMadeAsOfToday() throws Exception {
    Callers.signIn("ADMIN", null);
    approve("{}").andExpect(status().isOk());
  }

  @Test
  void anApprovalOnAnImpossibleDateIsABadRequest() throws Exception {
    Callers.signIn("ADMIN", null);
    approve("{\"approvedOn\":\"2024-02-30\"}").andExpect(status().isBadRequest());
    verifyNoInteractions(commands);
  }

  @Test
  void aNegativeLineIsABadRequest() throws Exception {
    Callers.signIn("BRANCH_OFFICER", BRANCH);
    estimate("{\"lines\":[{\"category\":\"MEMBER_CARE\",\"amountVnd\":-1}]}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("lines[0].amountVnd"));
  }

  @Test
  void aCategoryGivenTwiceIsABadRequest() throws Exception {
    Callers.signIn("BRANCH_OFFICER", BRANCH);
    estimate(
            "{\"lines\":[{\"category\":\"OTHER\",\"amountVnd\":1},"
                + "{\"category\":\"OTHER\",\"amountVnd\":2}]}")
        .andExpect(status().isBadRequest());
    verifyNoInteractions(commands);
  }

  @Test
  void anEstimateWithoutLinesOrWithAnUnknownCategoryIsABadRequest() throws Exception {
    Callers.signIn("BRANCH_OFFICER", BRANCH);
    estimate("{\"lines\":[]}").andExpect(status().isBadRequest());
    estimate("{\"lines\":[{\"category\":\"PARTY\",\"amountVnd\":1}]}")
        .andExpect(status().isBadRequest());
  }

  @Test
  void anExpenseCarriesItsOverrunAuthorisation() throws Exception {
    Callers.signIn("BRANCH_OFFICER", BRANCH);
    mvc.perform(
            post("/api/branches/" + BRANCH + "/finance/expenses")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"expenseId\":\"tham-om\",\"category\":\"MEMBER_CARE\",\"amountVnd\":500000,"
                        + "\"spentOn\":\"2024-03-08\",\"authorisedOverrun\":true}"))
        .andExpect(status().isCreated());
    verify(commands)
        .send(
            eq(
                new RecordExpenseCommand(
                    new BranchId(BRANCH),
                    "tham-om",
                    ExpenseCategory.MEMBER_CARE,
                    500_000,
                    LocalDate.of(2024, 3, 8),
                    null,
                    true)),
            eq(BRANCH));
  }
}
