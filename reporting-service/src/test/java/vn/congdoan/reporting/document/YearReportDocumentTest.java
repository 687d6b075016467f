package vn.congdoan.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The model branch's 2024 report, rendered both ways and read back as a reader would see it. */
class YearReportDocumentTest {
  /** What the model report says in its own words, and what both renderings must show. */
  static final List<String> MODEL_TEXT =
      List.of(
          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc",
          "CÔNG ĐOÀN VIÊN CHỨC TỈNH",
          "CÔNG ĐOÀN VĂN PHÒNG ĐOÀN ĐBQH VÀ HĐND TỈNH",
          "Thanh Hóa, ngày 20 tháng 12 năm 2024",
          "BÁO CÁO",
          "Kết quả hoạt động Công đoàn năm 2024; nhiệm vụ trọng tâm năm 2025",
          "I. TÌNH HÌNH CHUNG",
          "Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh hiện có 46 đoàn viên sinh hoạt tại 4 Tổ"
              + " công đoàn.",
          "có 30 đoàn viên nam, 16 đoàn viên nữ.",
          "đã giải thể từ ngày 01/06/2025",
          "II. KẾT QUẢ HOẠT ĐỘNG CÔNG ĐOÀN NĂM 2024",
          "tặng quà chúc mừng ngày Quốc tế Phụ nữ 8/3 cho 16 lượt đoàn viên, số tiền 8.000.000"
              + " đồng",
          "tặng quà nhân ngày Quốc tế người cao tuổi cho 20 lượt bố, mẹ của đoàn viên",
          "“" + ModelBranchMother.STORM + "” (46.225.000 đồng)",
          "với tổng số tiền 136.225.000 đồng.",
          "2. Công tác tuyên truyền, vận động",
          ModelBranchMother.PROPAGANDA_TITLE,
          "3. Phát động, triển khai các phong trào thi đua, công tác khen thưởng",
          ModelBranchMother.AWARD,
          "có 01 đồng chí bảo vệ luận án tiến sĩ, 04 đồng chí tham gia khóa bồi dưỡng ngạch"
              + " chuyên viên cao cấp, 01 đồng chí tham gia học lớp Trung cấp lý luận chính trị.",
          "4. Công tác xây dựng tổ chức công đoàn",
          "kết nạp 02 đoàn viên mới, giảm 01 đoàn viên",
          "Công đoàn cơ sở đạt “Vững mạnh xuất sắc”",
          "5. Công tác nữ công",
          "Hiện tại, Công đoàn có 16 đồng chí đoàn viên công đoàn là nữ.",
          "6. Công tác kiểm tra, giám sát",
          "không nhận được đơn khiếu nại, tố cáo",
          "không phát hiện vi phạm",
          "7. Công tác tài chính công đoàn",
          "đoàn phí công đoàn 33.120.000 đồng; kinh phí công đoàn 60.000.000 đồng",
          "Chi chăm lo, bảo vệ đoàn viên và người lao động: 20.000.000 đồng",
          "Nộp công đoàn cấp trên: 15.000.000 đồng.",
          "III. Tồn tại, hạn chế và nguyên nhân",
          ModelBranchMother.SHORTCOMING,
          ModelBranchMother.CAUSE,
          "IV. NHIỆM VỤ TRỌNG TÂM NĂM 2025",
          ModelBranchMother.PRIORITY,
          "nhiệm vụ trọng tâm năm 2025 của Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh./.",
          "Nơi nhận:",
          "- Công đoàn Viên chức tỉnh (để báo cáo);",
          "- Lưu: VT, CĐVP.",
          "TM. BAN CHẤP HÀNH",
          "CHỦ TỊCH",
          ModelBranchMother.CHAIR);

  private static ReportFixture fixture;
  private static ReportDocument document;

  @BeforeAll
  static void recordTheModelYear() {
    fixture = new ReportFixture();
    fixture.model.apply(ModelBranchMother.events());
    document = fixture.document(ModelBranchMother.BRANCH, 2024);
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Test
  void theWordFileSaysWhatTheModelReportSaysInTimesNewRomanOnA4() throws IOException {
    byte[] bytes = new DocxRenderer().render(document);

    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes));
        XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
      String text = flattened(extractor.getText());
      assertThat(text).contains(MODEL_TEXT);
      assertThat(runs(docx))
          .isNotEmpty()
          .allSatisfy(run -> assertThat(run.getFontFamily()).isEqualTo("Times New Roman"));
      var page = docx.getDocument().getBody().getSectPr().getPgSz();
      assertThat(page.getW()).hasToString("11906");
      assertThat(page.getH()).hasToString("16838");
    }
  }

  @Test
  void thePdfSaysTheSameWithItsFontsEmbedded() throws IOException {
    byte[] bytes = new PdfRenderer().render(document);

    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      assertThat(flattened(new PDFTextStripper().getText(pdf))).contains(MODEL_TEXT);
      PDRectangle a4 = pdf.getPage(0).getMediaBox();
      assertThat(a4.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), offset(1f));
      List<PDFont> fonts = new ArrayList<>();
      for (PDPage page : pdf.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          fonts.add(resources.getFont(name));
        }
      }
      assertThat(fonts).isNotEmpty();
      assertThat(fonts).allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
      assertThat(fonts).anySatisfy(f -> assertThat(f.getName()).contains("DejaVuSerif-Bold"));
    }
  }

  /** One renderer, and so one set of fonts, serves every request at once. */
  @Test
  void pdfsRenderedAtTheSameTimeAreEachComplete() throws Exception {
    PdfRenderer renderer = new PdfRenderer();
    String alone = pdfText(renderer.render(document));
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> renders = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        renders.add(threads.submit(() -> renderer.render(document)));
      }
      for (Future<byte[]> render : renders) {
        assertThat(pdfText(render.get())).isEqualTo(alone);
      }
    } finally {
      threads.shutdown();
    }
  }

  @Test
  void sectionsComeInTheModelsOrder() {
    List<String> headings =
        document.blocks().stream()
            .filter(
                b -> b instanceof ReportDocument.Heading || b instanceof ReportDocument.Subheading)
            .map(
                b ->
                    b instanceof ReportDocument.Heading h
                        ? h.text()
                        : ((ReportDocument.Subheading) b).text())
            .map(t -> t.substring(0, t.indexOf('.') + 1))
            .toList();

    assertThat(headings)
        .containsExactly(
            "I.", "II.", "1.", "2.", "3.", "4.", "5.", "6.", "7.", "III.", "1.", "2.", "IV.");
  }

  private static String pdfText(byte[] bytes) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      return new PDFTextStripper().getText(pdf);
    }
  }

  /** Lines broken by the layout read as one text; what is asserted never spans a page. */
  static String flattened(String text) {
    return text.replaceAll("\\s*\\R\\s*", " ").replaceAll("[ \\t]+", " ");
  }

  private static List<XWPFRun> runs(XWPFDocument docx) {
    List<XWPFRun> runs = new ArrayList<>();
    docx.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
    docx.getTables()
        .forEach(
            t ->
                t.getRows()
                    .forEach(
                        r ->
                            r.getTableCells()
                                .forEach(
                                    c ->
                                        c.getParagraphs().stream()
                                            .map(XWPFParagraph::getRuns)
                                            .forEach(runs::addAll))));
    return runs;
  }
}
