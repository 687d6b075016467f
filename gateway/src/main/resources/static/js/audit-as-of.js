// A branch's year report as the record stood at a chosen moment, beside today's figures: the
// server replays the branch's events up to that moment, so a correction recorded later is not in
// it. Each such reading costs a rebuild and is limited per user (a 429, told in words); today's
// figures are not. Markup: screens/audit-as-of.html.
import { download, getJson, message } from './api.js';
import { now, readMoment, recentYears, shownMoment } from './forms.js';
import { num, vnd } from './format.js';
import { branchList } from './audit-history.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

// [figure name, label, how to read it from a YearSummary, money?]
const FIGURES = [
  ['members', 'Đoàn viên', (s) => s.members.total],
  ['female', 'Đoàn viên nữ', (s) => s.members.female],
  ['joined', 'Kết nạp trong năm', (s) => s.members.joined],
  ['left', 'Ra khỏi công đoàn trong năm', (s) => s.members.left],
  ['welfare.recipients', 'Lượt chăm lo', (s) => s.welfare.recipients],
  ['welfare', 'Tiền chăm lo', (s) => s.welfare.amountVnd, true],
  ['donations', 'Tiền vận động ủng hộ', (s) => s.donations.amountVnd, true],
  ['income', 'Tổng thu', (s) => s.finance.incomeVnd, true],
  ['expense', 'Tổng chi', (s) => s.finance.expenseVnd, true],
  ['remitted', 'Đã nộp cấp trên', (s) => s.finance.remittedVnd, true],
  ['balance', 'Số dư', (s) => s.finance.balanceVnd, true],
];

export function registerAuditAsOf(Alpine) {
  Alpine.data('auditAsOf', () => ({
    v: { branchId: '', year: new Date().getFullYear(), at: now() },
    years: recentYears(),
    branches: [],
    errors: {},
    problem: '',
    sending: false,
    downloading: '',
    shown: null, // { branchId, year, asOf } of the figures on screen
    past: null,
    today: null,
    async init() {
      this.branches = await branchList();
    },
    refuse(field, text) {
      this.errors = { ...this.errors, [field]: text };
    },
    path(shown) {
      return `/api/reports/branches/${encodeURIComponent(shown.branchId)}/years/${shown.year}`;
    },
    async show() {
      if (this.sending) return;
      this.errors = {};
      this.problem = '';
      const branchId = this.v.branchId.trim();
      if (!branchId) this.refuse('branchId', 'Chọn công đoàn cơ sở');
      const asOf = readMoment(this, 'at');
      if (!branchId || !asOf) return;
      const shown = { branchId, year: this.v.year, asOf };
      this.sending = true;
      try {
        const today = await getJson(this.path(shown));
        let past;
        try {
          past = await getJson(`${this.path(shown)}?asOf=${encodeURIComponent(asOf)}`);
        } catch (e) {
          // today's report exists, so a branch unknown then had not been registered yet
          if (e.status !== 404) throw e;
          this.problem = `Tại ${shownMoment(asOf)} công đoàn cơ sở này chưa được đăng ký.`;
          return;
        }
        [this.shown, this.today, this.past] = [shown, today, past];
      } catch (e) {
        this.problem = message(e);
      } finally {
        this.sending = false;
      }
    },
    /** The live feed: today's figures follow the record; the past ones cannot change. */
    async load() {
      if (!this.shown) return;
      try {
        this.today = await getJson(this.path(this.shown));
      } catch {
        // the figures on screen stay; the next change tries again
      }
    },
    get rows() {
      if (!this.past || !this.today) return [];
      return FIGURES.map(([name, label, read, money]) => {
        const [then, current] = [read(this.past) ?? 0, read(this.today) ?? 0];
        const shownAs = money ? vnd : num;
        const change = current - then;
        return {
          name,
          label,
          then: shownAs(then),
          current: shownAs(current),
          change: change ? `${change > 0 ? '+' : '−'}${shownAs(Math.abs(change))}` : 'Không đổi',
          changed: change !== 0,
        };
      });
    },
    get heading() {
      return this.shown ? `${this.past?.name ?? this.shown.branchId} — năm ${this.shown.year}` : '';
    },
    get when() {
      return this.shown ? shownMoment(this.shown.asOf, !this.shown.asOf.endsWith(':00.000Z')) : '';
    },
    async report(format) {
      const s = this.shown;
      this.downloading = 'Đang tạo báo cáo…';
      try {
        await download(`${this.path(s)}/document?format=${format}&asOf=${encodeURIComponent(s.asOf)}`, format === 'pdf' ? 'application/pdf' : DOCX, `bao-cao-${s.branchId}-${s.year}.${format}`);
        this.downloading = '';
      } catch (e) {
        this.downloading = message(e);
      }
    },
  }));
}
