package vn.congdoan.finance.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;
import vn.congdoan.finance.command.SpendingRatios;

/**
 * The spending ratios of 4290/QĐ-TLĐ in whole percent ({@code finance.spending-ratios} in
 * finance.yml): a later decision changes the file, not the code.
 */
@Validated
@ConfigurationProperties("finance.spending-ratios")
public record SpendingRatioSettings(
    @NotNull @Min(0) @Max(100) Integer allowancesMaxPct,
    @NotNull @Min(0) @Max(100) Integer careMinPct,
    @NotNull @Min(0) @Max(100) Integer otherMaxPct) {

  public SpendingRatios.Limits limits() {
    return new SpendingRatios.Limits(allowancesMaxPct, careMinPct, otherMaxPct);
  }
}
