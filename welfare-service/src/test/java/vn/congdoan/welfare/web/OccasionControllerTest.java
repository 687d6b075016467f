package vn.congdoan.welfare.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.ServiceUnavailableException;
import vn.congdoan.platform.infra.input.RequestJson;
import vn.congdoan.platform.infra.security.AccessInterceptor;
import vn.congdoan.platform.infra.security.BranchAccess;
import vn.congdoan.platform.infra.testing.Callers;
import vn.congdoan.platform.infra.web.CommandSender;
import vn.congdoan.platform.infra.web.ProblemHandler;
import vn.congdoan.welfare.api.Recipient;
import vn.congdoan.welfare.api.RecordWelfareGrantCommand;
import vn.congdoan.welfare.api.Relation;
import vn.congdoan.welfare.web.OccasionRecipients.Occasion;

class OccasionControllerTest {
  private static final String BRANCH = "vp-doan-dbqh";
  private static final String TOKEN = "Bearer officer";
  private static final LocalDate MAR_8 = LocalDate.of(2024, 3, 8);

  private final CommandSender commands = mock(CommandSender.class);
  private final OccasionRecipients recipients = mock(OccasionRecipients.class);
  private MockMvc mvc;

  @BeforeEach
  void setUp() {
    Callers.signIn("BRANCH_OFFICER", BRANCH);
    mvc =
        MockMvcBuilders.standaloneSetup(new OccasionController(commands, recipients))
            .setControllerAdvice(new ProblemHandler())
            .addInterceptors(new AccessInterceptor(new BranchAccess()))
            .setMessageConverters(RequestJson.converter())
            .build();
  }

  @AfterEach
  void signOut() {
    Callers.signOut();
  }

  private ResultActions give(String body) throws Exception {
    return mvc.perform(
        post("/api/branches/" + BRANCH + "/welfare/occasions")
            .header("Authorization", TOKEN)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  private static String body(String kind, String grantedOn, String month) {
    return """
        {"grantId": "qua-8-3-2024", "kind": "%s", "grantedOn": "%s", %s
         "amountVndEach": 500000, "fund": "DUES", "note": "Quà 8/3"}"""
        .formatted(kind, grantedOn, month == null ? "" : "\"month\": " + month + ",");
  }

  @Test
  void womensDayGoesToEveryWomanOfTheBranchInOneGrant() throws Exception {
    when(recipients.choose(BRANCH, Occasion.WOMENS_DAY_MAR8, MAR_8, null, TOKEN))
        .thenReturn(List.of("le-thi-an", "nguyen-thi-hong"));

    give(body("WOMENS_DAY_MAR8", "2024-03-08", null))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.grantId").value("qua-8-3-2024"))
        .andExpect(jsonPath("$.kind").value("WOMENS_DAY_MAR8"))
        .andExpect(jsonPath("$.recipients[1]").value("nguyen-thi-hong"))
        .andExpect(jsonPath("$.count").value(2))
        .andExpect(jsonPath("$.amountVnd").value(1_000_000));

    var sent = ArgumentCaptor.forClass(RecordWelfareGrantCommand.class);
    verify(commands).send(sent.capture(), eq(BRANCH));
    assertThat(sent.getValue().recipients())
        .containsExactly(
            new Recipient(new MemberId("le-thi-an"), Relation.SELF),
            new Recipient(new MemberId("nguyen-thi-hong"), Relation.SELF));
  }

  @Test
  void anotherKindIsRefusedListingTheOccasionsAllowed() throws Exception {
    give(body("TET", "2024-02-01", null))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.detail", containsString("WOMENS_DAY_MAR8, WOMENS_DAY_OCT20, BIRTHDAY")));
  }

  @Test
  void aBirthdayNeedsItsMonth() throws Exception {
    give(body("BIRTHDAY", "2024-05-02", null)).andExpect(status().isBadRequest());
    give(body("BIRTHDAY", "2024-05-02", "13")).andExpect(status().isBadRequest());
  }

  @Test
  void aDateOutsideTheCalendarIsInvalidInput() throws Exception {
    give(body("WOMENS_DAY_MAR8", "+999999999-03-08", null))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("grantedOn"));
  }

  @Test
  void nobodyToGiveItToIsRefused() throws Exception {
    when(recipients.choose(any(), any(), any(), any(), any())).thenReturn(List.of());

    give(body("WOMENS_DAY_OCT20", "2024-10-20", null))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.detail", containsString("Không có ai để tặng")));
  }

  @Test
  void membershipBeingAwayIsServiceUnavailable() throws Exception {
    when(recipients.choose(any(), any(), any(), any(), any()))
        .thenThrow(new ServiceUnavailableException("membership-service could not be read", null));

    give(body("BIRTHDAY", "2024-05-02", "5"))
        .andExpect(status().isServiceUnavailable())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value("membership-service could not be read"));
  }
}
