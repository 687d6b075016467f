package vn.congdoan.reporting.document;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.congdoan.reporting.projection.ReportingStore;
import vn.congdoan.reporting.query.YearSummaryQuery;

/** The printed documents: the year-end report and the province roll-up. */
@Configuration(proxyBeanMethods = false)
public class DocumentConfig {

  @Bean
  YearReportQuery yearReportQuery(YearSummaryQuery summaries, ReportingStore store, Clock clock) {
    return new YearReportQuery(summaries, store, clock);
  }

  /** {@code place}: the province named in the report's date line ("Thanh Hóa, ngày ..."). */
  @Bean
  YearReportWriter yearReportWriter(@Value("${reporting.document.place:Thanh Hóa}") String place) {
    return new YearReportWriter(place);
  }

  @Bean
  DocxRenderer docxRenderer() {
    return new DocxRenderer();
  }

  @Bean
  PdfRenderer pdfRenderer() {
    return new PdfRenderer();
  }

  @Bean
  ProvinceWorkbook provinceWorkbook() {
    return new ProvinceWorkbook();
  }
}
