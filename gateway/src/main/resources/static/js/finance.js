// Finance: the year's books (income, spending against the budget's lines, shares owed upward,
// spending ratios) and the forms that record them — the month's dues as a grid of members, union
// funding, other income, expenses with the line's remaining amount shown, share remittances with
// what is owed filled in, the year's budget and its settlement. Markup: screens/finance.html.
import { getJson, message } from './api.js';
import { amount, branchScreen, formState, openBranch, readDay, readMoney, today } from './forms.js';
import { EXPENSE_CATEGORIES, vnd } from './format.js';
import { SHARES, WAIVERS } from './labels.js';

const thisMonth = () => today().slice(3);

/** MM/yyyy to yyyy-MM, or null. */
const period = (text) => {
  const m = /^\s*(\d{1,2})\/(\d{4})\s*$/.exec(text ?? '');
  return m && Number(m[1]) >= 1 && Number(m[1]) <= 12 ? `${m[2]}-${m[1].padStart(2, '0')}` : null;
};

export function registerFinance(Alpine) {
  Alpine.data('finance', () => ({
    ...branchScreen(),
    books: null,
    members: [],
    categories: Object.entries(EXPENSE_CATEGORIES),
    shares: SHARES,
    waivers: WAIVERS,
    async init() {
      if (await openBranch(this, async () => (this.members = (await getJson(`${this.base}/members`)).members))) await this.load();
    },
    async load() {
      try {
        this.books = await getJson(`${this.base}/finance/years/${this.year}`);
      } catch (e) {
        this.error = message(e);
      }
    },
    money: vnd,
    category: (c) => EXPENSE_CATEGORIES[c] ?? c,
    line(category) {
      return this.books?.budget?.lines?.find((l) => l.category === category);
    },
    get budgetStatus() {
      const b = this.books?.budget;
      if (!b || b.status === 'NONE') return 'Chưa lập dự toán';
      return b.status === 'APPROVED' ? `Đã duyệt ngày ${b.approvedOn.split('-').reverse().join('/')}` : 'Đã lập, chờ Liên đoàn duyệt';
    },
  }));

  Alpine.data('duesForm', () => ({
    ...formState(),
    v: { period: thisMonth() },
    rows: {},
    recorded: null,
    row(m) {
      return (this.rows[m.memberId] ??= { salary: '', waiver: '' });
    },
    async save() {
      const p = period(this.v.period);
      if (!p) return this.refuse('period', 'Nhập tháng dạng tháng/năm, vd. 03/2026');
      const payments = [];
      for (const m of this.members) {
        const r = this.row(m);
        if (!String(r.salary).trim() && !r.waiver) continue;
        const salaryVnd = amount(r.salary || '0');
        if (salaryVnd === null) return this.refuse('payments', `Lương của ${m.fullName ?? m.memberId} phải là số`);
        payments.push({ memberId: m.memberId, salaryVnd, waiver: r.waiver || null });
      }
      if (!payments.length) return this.refuse('payments', 'Nhập lương của ít nhất một đoàn viên');
      const r = await this.submit('POST', `${this.base}/finance/dues`, { period: p, payments }, `Đã ghi đoàn phí tháng ${this.v.period}.`);
      if (r) {
        this.recorded = Object.fromEntries((r.payments ?? []).map((x) => [x.memberId, x]));
        this.load();
      }
    },
  }));

  Alpine.data('fundingForm', () => ({
    ...formState(),
    v: { period: thisMonth(), payrollVnd: '', amountVnd: '' },
    async save() {
      const p = period(this.v.period);
      if (!p) return this.refuse('period', 'Nhập tháng dạng tháng/năm, vd. 03/2026');
      const payrollVnd = readMoney(this, 'payrollVnd');
      const amountVnd = readMoney(this, 'amountVnd', true);
      if (payrollVnd === null || amountVnd === null) return;
      const r = await this.submit('POST', `${this.base}/finance/union-funding`, { period: p, payrollVnd, amountVnd }, null);
      if (r) {
        this.done = `Đã ghi kinh phí công đoàn tháng ${this.v.period}: ${vnd(r.amountVnd)} (mức chuẩn ${vnd(r.standardVnd)}).`;
        this.load();
      }
    },
  }));

  Alpine.data('incomeForm', () => ({
    ...formState(),
    v: { source: '', amountVnd: '', receivedOn: today() },
    async save() {
      const amountVnd = readMoney(this, 'amountVnd');
      const receivedOn = readDay(this, 'receivedOn');
      if (amountVnd === null || !receivedOn) return;
      if (await this.submit('POST', `${this.base}/finance/income`, { source: this.v.source, amountVnd, receivedOn }, `Đã ghi khoản thu ${vnd(amountVnd)}.`)) this.load();
    },
  }));

  Alpine.data('expenseForm', () => ({
    ...formState(),
    v: { category: 'MEMBER_CARE', amountVnd: '', spentOn: today(), reference: '', authorisedOverrun: false },
    get remaining() {
      const l = this.line(this.v.category);
      return l ? `Dự toán dòng này: ${vnd(l.budgetVnd)} · đã chi ${vnd(l.actualVnd)} · còn lại ${vnd(Math.max(0, l.budgetVnd - l.actualVnd))}` : 'Dòng này chưa có trong dự toán';
    },
    async save() {
      const amountVnd = readMoney(this, 'amountVnd');
      const spentOn = readDay(this, 'spentOn');
      if (amountVnd === null || !spentOn) return;
      const body = { ...this.v, amountVnd, spentOn, reference: this.v.reference || null };
      if (await this.submit('POST', `${this.base}/finance/expenses`, body, `Đã ghi khoản chi ${vnd(amountVnd)}.`)) this.load();
    },
  }));

  Alpine.data('remitForm', () => ({
    ...formState(),
    v: { share: 'DUES', amountVnd: '', remittedOn: today() },
    init() {
      // What is still owed upward on the chosen share, filled in and editable.
      this.$watch('books', () => this.owed());
      this.$watch('v.share', () => this.owed());
    },
    owed() {
      const o = this.books?.outstanding;
      const n = o ? (this.v.share === 'DUES' ? o.duesVnd : o.unionFundingVnd) : 0;
      this.v.amountVnd = n > 0 ? n.toLocaleString('vi-VN') : '';
    },
    async save() {
      const amountVnd = readMoney(this, 'amountVnd');
      const remittedOn = readDay(this, 'remittedOn');
      if (amountVnd === null || !remittedOn) return;
      if (await this.submit('POST', `${this.base}/finance/remittances`, { share: this.v.share, amountVnd, remittedOn }, `Đã ghi nộp cấp trên ${vnd(amountVnd)}.`)) this.load();
    },
  }));

  Alpine.data('budgetForm', () => ({
    ...formState(),
    v: {},
    init() {
      this.$watch('books', (b) => {
        if (b && !Object.values(this.v).some((x) => String(x).trim())) {
          this.v = Object.fromEntries(this.categories.map(([c]) => [c, this.line(c)?.budgetVnd ? this.line(c).budgetVnd.toLocaleString('vi-VN') : '']));
        }
      });
    },
    async save() {
      const lines = [];
      for (const [c] of this.categories) {
        if (!String(this.v[c] ?? '').trim()) continue;
        const n = readMoney(this, c);
        if (n === null) return;
        lines.push({ category: c, amountVnd: n });
      }
      if (!lines.length) return this.refuse('lines', 'Nhập ít nhất một dòng dự toán');
      if (await this.submit('PUT', `${this.base}/finance/budgets/${this.year}`, { lines }, `Đã lưu dự toán năm ${this.year}; Liên đoàn sẽ duyệt.`)) this.load();
    },
  }));

  Alpine.data('settleForm', () => ({
    ...formState(),
    v: { settledOn: today() },
    async save() {
      const settledOn = readDay(this, 'settledOn');
      if (!settledOn) return;
      const r = await this.submit('POST', `${this.base}/finance/years/${this.year}/settlement`, { settledOn }, null);
      if (r) {
        this.done = `Đã quyết toán năm ${this.year}.`;
        this.load();
      }
    },
  }));
}
