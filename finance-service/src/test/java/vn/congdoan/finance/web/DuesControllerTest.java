package vn.congdoan.finance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.congdoan.finance.api.DuesPayment;
import vn.congdoan.finance.api.DuesPaymentRequest;
import vn.congdoan.finance.api.DuesRecordedEvent;
import vn.congdoan.finance.api.DuesWaiver;
import vn.congdoan.finance.api.RecordDuesCommand;
import vn.congdoan.finance.query.FinanceYearQuery;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.ServiceUnavailableException;
import vn.congdoan.platform.infra.testing.Callers;
import vn.congdoan.platform.infra.web.CommandSender;

class DuesControllerTest {
  private static final String BRANCH = "vp-doan-dbqh";

  private final CommandSender commands = mock(CommandSender.class);
  private MockMvc mvc;

  @BeforeEach
  void setUp() {
    Callers.signIn("BRANCH_OFFICER", BRANCH);
    mvc =
        Callers.mvc(
            new DuesController(commands, Clock.systemUTC()),
            new YearController(mock(FinanceYearQuery.class)));
  }

  @AfterEach
  void signOut() {
    Callers.signOut();
  }

  private ResultActions pay(String branch, String body) throws Exception {
    return mvc.perform(
        post("/api/branches/" + branch + "/finance/dues")
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  @Test
  void recordedDuesAnswerEachPaymentsStandardAndTheRule() throws Exception {
    when(commands.send(any(RecordDuesCommand.class), eq(BRANCH)))
        .thenReturn(
            new DuesRecordedEvent(
                new BranchId(BRANCH),
                YearMonth.of(2025, 8),
                List.of(new DuesPayment(new MemberId("le-van-binh"), 10_000_000, 50_000, 50_000)),
                "dues-61-2025",
                LocalDate.of(2025, 9, 1)));
    pay(
            BRANCH,
            "{\"period\":\"2025-08\",\"payments\":[{\"memberId\":\"le-van-binh\",\"salaryVnd\":10000000}]}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.ruleId").value("dues-61-2025"))
        .andExpect(jsonPath("$.period").value("2025-08"))
        .andExpect(jsonPath("$.payments[0].standardVnd").value(50_000));
  }

  @Test
  void aWaivedMonthIsSentWithItsReasonAndAnsweredAtZero() throws Exception {
    var sent = org.mockito.ArgumentCaptor.forClass(RecordDuesCommand.class);
    when(commands.send(sent.capture(), eq(BRANCH)))
        .thenReturn(
            new DuesRecordedEvent(
                new BranchId(BRANCH),
                YearMonth.of(2025, 8),
                List.of(
                    DuesPayment.waived(new MemberId("le-van-binh"), 0, DuesWaiver.UNPAID_MONTH)),
                "dues-61-2025",
                LocalDate.of(2025, 9, 1)));
    pay(
            BRANCH,
            "{\"period\":\"2025-08\",\"payments\":[{\"memberId\":\"le-van-binh\",\"salaryVnd\":0,\"waiver\":\"UNPAID_MONTH\"}]}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.payments[0].amountVnd").value(0))
        .andExpect(jsonPath("$.payments[0].waiver").value("UNPAID_MONTH"));
    assertThat(sent.getValue().payments())
        .containsExactly(
            new DuesPaymentRequest(new MemberId("le-van-binh"), 0, null, DuesWaiver.UNPAID_MONTH));
  }

  @Test
  void aWaiverWithAnAmountIsABadRequest() throws Exception {
    pay(
            BRANCH,
            "{\"period\":\"2025-08\",\"payments\":[{\"memberId\":\"a1\",\"salaryVnd\":1,\"amountVnd\":5000,\"waiver\":\"SOCIAL_INSURANCE_BENEFITS\"}]}")
        .andExpect(status().isBadRequest());
    org.mockito.Mockito.verifyNoInteractions(commands);
  }

  @Test
  void anUnknownWaiverIsABadRequest() throws Exception {
    pay(
            BRANCH,
            "{\"period\":\"2025-08\",\"payments\":[{\"memberId\":\"a1\",\"salaryVnd\":1,\"waiver\":\"HOLIDAY\"}]}")
        .andExpect(status().isBadRequest());
  }

  @Test
  void aMonthThatIsNoMonthIsABadRequest() throws Exception {
    pay(BRANCH, "{\"period\":\"2025-13\",\"payments\":[{\"memberId\":\"a1\",\"salaryVnd\":1}]}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("period"));
  }

  @Test
  void aNegativeSalaryIsABadRequest() throws Exception {
    pay(BRANCH, "{\"period\":\"2025-08\",\"payments\":[{\"memberId\":\"a1\",\"salaryVnd\":-5}]}")
        .andExpect(status().isBadRequest());
  }

  @Test
  void noPaymentsIsABadRequest() throws Exception {
    pay(BRANCH, "{\"period\":\"2025-08\",\"payments\":[]}").andExpect(status().isBadRequest());
  }

  @Test
  void anOfficerOfAnotherBranchIsAnsweredNotFound() throws Exception {
    pay("other", "{\"period\":\"2025-08\",\"payments\":[{\"memberId\":\"a1\",\"salaryVnd\":1}]}")
        .andExpect(status().isNotFound());
  }

  @Test
  void anAuditorMayNotRecordDues() throws Exception {
    Callers.signIn("AUDITOR", null);
    pay(BRANCH, "{\"period\":\"2025-08\",\"payments\":[{\"memberId\":\"a1\",\"salaryVnd\":1}]}")
        .andExpect(status().isForbidden());
  }

  @Test
  void membershipBeingAwayIsServiceUnavailable() throws Exception {
    when(commands.send(any(RecordDuesCommand.class), eq(BRANCH)))
        .thenThrow(new ServiceUnavailableException("membership-service answered 502", null));
    pay(BRANCH, "{\"period\":\"2025-08\",\"payments\":[{\"memberId\":\"a1\",\"salaryVnd\":1}]}")
        .andExpect(status().isServiceUnavailable())
        .andExpect(jsonPath("$.detail", containsString("502")));
  }

  @Test
  void aYearOutsideTheCalendarIsABadRequest() throws Exception {
    mvc.perform(get("/api/branches/" + BRANCH + "/finance/years/3000"))
        .andExpect(status().isBadRequest());
  }
}
