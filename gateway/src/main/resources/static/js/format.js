// Labels and number formats shared by every view. Codes come from shared/API.md; a code without a
// label is shown as recorded, so a new kind on the server never hides a figure.

export const GRANT_KINDS = {
  SICKNESS_VISIT: 'Ốm đau',
  BEREAVEMENT: 'Hiếu',
  WEDDING: 'Hỉ',
  HARDSHIP: 'Hoàn cảnh khó khăn',
  BIRTHDAY: 'Sinh nhật',
  WOMENS_DAY_MAR8: 'Quốc tế Phụ nữ 8/3',
  WOMENS_DAY_OCT20: 'Phụ nữ Việt Nam 20/10',
  CHILDRENS_DAY: 'Quốc tế thiếu nhi 1/6',
  MID_AUTUMN: 'Tết Trung thu',
  OLDER_PERSONS_DAY: 'Người cao tuổi 1/10',
  TEACHERS_DAY: 'Nhà giáo Việt Nam 20/11',
  FOUNDING_DAY: 'Ngày thành lập cơ quan',
  TET: 'Tết Nguyên đán',
  VACATION: 'Tham quan nghỉ dưỡng',
  OTHER: 'Khác',
};

export const ACTIVITY_KINDS = {
  PROPAGANDA: 'Tuyên truyền',
  MEETING: 'Sinh hoạt',
  CONFERENCE: 'Hội nghị',
  SPORTS: 'Thể thao',
  CULTURE: 'Văn hóa văn nghệ',
  STUDY_TOUR: 'Tham quan học tập',
  VOLUNTEER: 'Tình nguyện',
  OTHER: 'Khác',
};

export const ACHIEVEMENT_KINDS = {
  DOCTORATE: 'Bảo vệ luận án tiến sĩ',
  MASTER: 'Thạc sĩ',
  SENIOR_SPECIALIST_COURSE: 'Lớp chuyên viên cao cấp',
  POLITICAL_THEORY_INTERMEDIATE: 'Trung cấp lý luận chính trị',
  POLITICAL_THEORY_ADVANCED: 'Cao cấp lý luận chính trị',
  OTHER: 'Khác',
};

export const EXPENSE_CATEGORIES = {
  MEMBER_CARE: 'Chăm lo, bảo vệ đoàn viên',
  OFFICER_ALLOWANCES: 'Phụ cấp cán bộ công đoàn',
  PROPAGANDA_TRAINING: 'Tuyên truyền, đào tạo',
  EMULATION_AWARDS: 'Thi đua, khen thưởng',
  CULTURE_SPORTS: 'Văn hóa, thể thao',
  ADMINISTRATION: 'Quản lý hành chính',
  OTHER: 'Chi khác',
};

// The default rating lists of membership-service (membership.yml); the summary carries codes only.
export const MEMBER_RATINGS = {
  EXCELLENT: 'Hoàn thành xuất sắc nhiệm vụ',
  GOOD: 'Hoàn thành tốt nhiệm vụ',
  COMPLETED: 'Hoàn thành nhiệm vụ',
  NOT_COMPLETED: 'Không hoàn thành nhiệm vụ',
};

export const COLLECTIVE_RATINGS = {
  STRONG_EXCELLENT: 'Vững mạnh xuất sắc',
  STRONG: 'Vững mạnh',
  COMPLETED: 'Hoàn thành nhiệm vụ',
  NOT_COMPLETED: 'Chưa hoàn thành',
};

// Ordered as the report prints them, youngest first.
export const AGE_BANDS = [
  ['under30', 'Dưới 30'],
  ['30-39', '30–39'],
  ['40-49', '40–49'],
  ['50-59', '50–59'],
  ['60+', 'Từ 60'],
];

export const ROLES = {
  FEDERATION_STAFF: 'Cán bộ Liên đoàn',
  BRANCH_OFFICER: 'Cán bộ công đoàn cơ sở',
  AUDITOR: 'Kiểm toán',
  ADMIN: 'Quản trị',
};

export const label = (labels, code) => labels[code] ?? code;

const numbers = new Intl.NumberFormat('vi-VN');

export const num = (n) => numbers.format(Number(n ?? 0));

// A no-break space keeps the đ with its number when a card wraps on a phone.
export const vnd = (n) => `${num(n)}\u00a0đ`;

// Dates arrive as yyyy-MM-dd; the union's papers write dd/MM/yyyy.
export function date(iso) {
  if (!iso) return '—';
  const [y, m, d] = String(iso).slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

export function percent(part, whole) {
  if (!whole) return 0;
  return Math.max(0, Math.min(100, Math.round((100 * part) / whole)));
}

// Everything that reaches innerHTML goes through esc(): names and titles are user input.
export function esc(value) {
  return String(value ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );
}

/** A figure card; data-figure lets tests and screen readers find one figure unambiguously. */
export function card(title, value, figure, note = '') {
  return `<div class="card"><div class="card-title">${esc(title)}</div>
    <div class="card-value" data-figure="${esc(figure)}">${esc(value)}</div>
    ${note ? `<div class="card-note">${note}</div>` : ''}</div>`;
}

/** A table inside a horizontally scrolling wrapper, so wide tables never widen the page. */
export function table(headers, rows, empty = 'Chưa có số liệu') {
  const head = headers.map((h) => `<th>${esc(h)}</th>`).join('');
  const body = rows.length
    ? rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')
    : `<tr><td colspan="${headers.length}" class="muted">${esc(empty)}</td></tr>`;
  return `<div class="table-wrap"><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

export function progress(value, caption) {
  return `<div class="progress" title="${esc(caption)}"><span style="width:${value}%"></span></div>
    <div class="progress-caption">${esc(caption)}</div>`;
}

/** A count in a table cell: right-aligned with the money. */
export const count = (n) => `<span class="num">${num(n)}</span>`;

export const money = (n) => `<span class="money">${esc(vnd(n))}</span>`;

export const entries = (obj) => Object.entries(obj ?? {});

/** Largest first, so a chart reads from its main item down. */
export const byAmount = (obj, amount = (v) => v) =>
  entries(obj).sort(([, a], [, b]) => amount(b) - amount(a));

export function yearOptions(selected) {
  const current = new Date().getFullYear();
  let html = '';
  for (let y = current; y >= 2023; y--) {
    html += `<option value="${y}"${y === Number(selected) ? ' selected' : ''}>Năm ${y}</option>`;
  }
  return html;
}
