// What an auditor reads: the recorded events by their wire names, the services that record them,
// the read model's collections, and a chain verifier's findings, each in Vietnamese words. A name
// without a label is shown as recorded, so a new kind on the server never hides an event.

export const SERVICES = {
  membership: 'Đoàn viên',
  welfare: 'Chăm lo, vận động',
  finance: 'Tài chính',
};

export const EVENT_TYPES = {
  'membership.BranchRegistered': 'Đăng ký công đoàn cơ sở',
  'membership.BranchDissolved': 'Giải thể công đoàn cơ sở',
  'membership.GroupAdded': 'Thêm tổ công đoàn',
  'membership.GroupRenamed': 'Đổi tên tổ công đoàn',
  'membership.MemberAdmitted': 'Kết nạp đoàn viên',
  'membership.MemberDataCorrected': 'Đính chính thông tin đoàn viên',
  'membership.MemberMovedToGroup': 'Chuyển tổ công đoàn',
  'membership.MemberTransferredIn': 'Đoàn viên chuyển đến',
  'membership.MemberTransferredOut': 'Đoàn viên chuyển đi',
  'membership.MemberDeparted': 'Đoàn viên ra khỏi công đoàn',
  'membership.MemberErased': 'Xóa dữ liệu cá nhân',
  'membership.ActivityHeld': 'Tổ chức hoạt động',
  'membership.AwardGranted': 'Khen thưởng',
  'membership.AchievementRecorded': 'Thành tích học tập',
  'membership.RatingsRecorded': 'Xếp loại cuối năm',
  'membership.ComplaintReceived': 'Nhận đơn khiếu nại, tố cáo',
  'membership.ComplaintResolved': 'Giải quyết đơn khiếu nại, tố cáo',
  'membership.InspectionHeld': 'Kiểm tra, giám sát',
  'membership.NarrativeRecorded': 'Nội dung báo cáo năm',
  'welfare.WelfareGrantRecorded': 'Chi chăm lo đoàn viên',
  'welfare.WelfareGrantRecipientsListed': 'Danh sách người nhận chăm lo (một phần)',
  'welfare.WelfareGrantRecordedInParts': 'Chi chăm lo đoàn viên (nhiều phần)',
  'welfare.WelfareGrantReversed': 'Hủy khoản chăm lo',
  'welfare.CampaignLaunched': 'Phát động cuộc vận động',
  'welfare.ContributionReceived': 'Nhận đóng góp',
  'welfare.CampaignFundsRemitted': 'Chuyển tiền vận động',
  'welfare.CampaignClosed': 'Kết thúc cuộc vận động',
  'welfare.CampaignDisclosurePublished': 'Công khai cuộc vận động',
  'finance.DuesRecorded': 'Thu đoàn phí',
  'finance.UnionFundingRecorded': 'Thu kinh phí công đoàn',
  'finance.IncomeRecorded': 'Thu khác',
  'finance.ExpenseRecorded': 'Khoản chi',
  'finance.ShareRemitted': 'Nộp cấp trên',
  'finance.BudgetEstimated': 'Lập dự toán',
  'finance.BudgetApproved': 'Duyệt dự toán',
  'finance.YearSettled': 'Quyết toán năm',
  'finance.BooksClosed': 'Khóa sổ khi giải thể',
  'finance.FinanceRuleAdded': 'Thêm quy định tài chính',
  'finance.GrantExpenseRecorded': 'Ghi sổ khoản chăm lo',
  'finance.GrantExpenseReversed': 'Ghi sổ việc hủy khoản chăm lo',
  'finance.GrantExpenseParked': 'Khoản chăm lo chờ xử lý (chưa ghi sổ được)',
  'finance.ParkedGrantExpenseWithdrawn': 'Rút khoản chăm lo đang chờ',
  'platform.ChainDigested': 'Niêm phong chuỗi sự kiện',
};

/** The collections a replay compares (and the projections that build them, by their names). */
export const COLLECTIONS = {
  branches: 'Công đoàn cơ sở',
  members: 'Đoàn viên',
  member_segments: 'Đoàn viên',
  welfare_grants: 'Khoản chăm lo',
  campaigns: 'Cuộc vận động',
  contributions: 'Đóng góp',
  finance_entries: 'Sổ thu chi',
  budgets: 'Dự toán thu chi',
  activities: 'Hoạt động',
  awards: 'Khen thưởng',
  achievements: 'Thành tích học tập',
  ratings: 'Xếp loại',
  complaints: 'Khiếu nại, tố cáo',
  inspections: 'Kiểm tra, giám sát',
  narratives: 'Nội dung báo cáo năm',
  audit_events: 'Nhật ký kiểm toán',
};

export const named = (labels, code) => labels[code] ?? code ?? '';

/** Whose chain a link belongs to: membership and finance keep one per branch, welfare one per grant or campaign. */
function owner(service, aggregateId) {
  if (String(aggregateId).startsWith('chain:')) return `chuỗi niêm phong của dịch vụ ${named(SERVICES, service)}`;
  if (aggregateId === 'rules:province') return 'sổ quy định tài chính của tỉnh';
  if (service === 'welfare') return `hồ sơ chăm lo, vận động «${aggregateId}»`;
  return `công đoàn «${aggregateId}»`;
}

// ChainVerification.Problem (platform-infra): what is wrong at one position of one chain.
const PROBLEMS = {
  CONTENT_CHANGED: (n, who) => `Nội dung sự kiện số ${n} của ${who} đã bị sửa: mã băm không khớp.`,
  MISPLACED: (n, who) => `Sự kiện số ${n} của ${who} nằm sai chỗ: nó đã bị chuyển hoặc đổi thứ tự.`,
  LINK_BROKEN: (n, who) => `Mắt xích của sự kiện số ${n} của ${who} bị đứt: sự kiện này không nối đúng vào sự kiện liền trước.`,
  EVENT_MISSING: (n, who) => `Sự kiện số ${n} của ${who} bị thiếu: nó đã bị xóa khỏi kho.`,
  NOT_CHAINED: (n, who) => `Sự kiện số ${n} của ${who} không có mã băm: nó không nằm trong chuỗi.`,
  DIGEST_MISMATCH: (n, who) => `Sự kiện số ${n} của ${who} khác với bản đã niêm phong: mã băm không khớp với bản niêm phong.`,
};

/** One broken link in a sentence. */
export function explain(service, link) {
  const who = owner(service, link.aggregateId);
  const say = PROBLEMS[link.problem];
  return say ? say(link.sequence, who) : `Sự kiện số ${link.sequence} của ${who} có lỗi (${link.problem}).`;
}

// ServiceVerification.PublishedCheck (reporting-service): the store's newest seal against the copy
// that went out on the event stream, which whoever edits the store cannot reach.
export const PUBLISHED = {
  MATCHES: 'Bản niêm phong trong kho khớp với bản đã công bố ra ngoài.',
  DIFFERS: 'Bản niêm phong trong kho khác với bản đã công bố ra ngoài: các bản niêm phong đã bị viết lại.',
  MISSING_FROM_STORE: 'Kho không còn bản niêm phong đã công bố ra ngoài: dữ liệu trong kho đã bị cắt bớt.',
  NOT_YET_PUBLISHED: 'Bản niêm phong mới nhất chưa đến được dịch vụ báo cáo; hãy kiểm tra lại sau ít phút.',
  NO_DIGEST: 'Chưa có bản niêm phong nào (dịch vụ mới chạy, chưa đến kỳ niêm phong).',
};

/** Seconds as "1 giờ 5 phút", "3 phút 20 giây", "12 giây". */
export function duration(seconds) {
  const s = Math.max(0, Math.round(seconds));
  const [h, m, r] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  if (h) return `${h} giờ${m ? ` ${m} phút` : ''}`;
  if (m) return `${m} phút${r ? ` ${r} giây` : ''}`;
  return `${r} giây`;
}
