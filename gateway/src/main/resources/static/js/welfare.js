// Welfare: a grant with its recipients picked from the roster (or filled in by an occasion and
// edited), and the year's grants with their reversal. Markup: screens/welfare.html.
import { getJson, message } from './api.js';
import { amount, branchScreen, fold, formState, isoDay, openBranch, shownDay, today } from './forms.js';
import { GRANT_KINDS, vnd } from './format.js';
import { FUNDS, RELATIONS } from './labels.js';
import { OCCASIONS } from './occasions.js';

const SHOWN = 100;

export function registerWelfare(Alpine) {
  Alpine.data('welfare', () => ({
    ...branchScreen(),
    members: [],
    grants: [],
    kinds: Object.entries(GRANT_KINDS),
    funds: FUNDS,
    relations: RELATIONS,
    occasions: OCCASIONS,
    reversing: null,
    async init() {
      if (await openBranch(this, async () => (this.members = (await getJson(`${this.base}/members`)).members))) await this.load();
    },
    async load() {
      try {
        this.grants = await getJson(`/api/reports/branches/${encodeURIComponent(this.branchId)}/years/${this.year}/grants`);
      } catch (e) {
        this.error = message(e);
      }
    },
    kindLabel: (code) => GRANT_KINDS[code] ?? code,
    fundLabel: (code) => FUNDS.find(([c]) => c === code)?.[1] ?? code,
    day: shownDay,
    money: vnd,
    reverse(grant) {
      this.reversing = grant;
      this.$refs.reversal.showModal();
    },
  }));

  Alpine.data('grantForm', () => ({
    ...formState(),
    v: { kind: 'SICKNESS_VISIT', grantedOn: today(), amountEach: '', fund: 'DUES', note: '' },
    recipients: [],
    find: '',
    month: new Date().getMonth() + 1,
    get matches() {
      const q = fold(this.find.trim());
      if (!q) return [];
      const chosen = new Set(this.recipients.map((r) => r.memberId));
      return this.members.filter((m) => !chosen.has(m.memberId) && (fold(m.fullName).includes(q) || m.memberId.includes(q))).slice(0, 8);
    },
    get shownRecipients() {
      return this.recipients.slice(0, SHOWN);
    },
    get total() {
      const each = amount(this.v.amountEach);
      return each === null ? '' : vnd(each * this.recipients.length);
    },
    add(m, relation = 'SELF') {
      this.recipients.push({ memberId: m.memberId, name: m.fullName ?? m.memberId, relation });
      this.find = '';
    },
    remove(i) {
      this.recipients.splice(i, 1);
    },
    fill(occasion) {
      this.v.kind = occasion.kind;
      const day = occasion.day();
      if (day) this.v.grantedOn = day;
      this.recipients = [];
      this.members.filter((m) => occasion.who(m, Number(this.month))).forEach((m) => this.add(m, occasion.relation));
      this.done = `Đã điền ${this.recipients.length} người nhận — kiểm tra, bớt hoặc thêm trước khi ghi.`;
    },
    formatAmount() {
      const n = amount(this.v.amountEach);
      if (n !== null) this.v.amountEach = n.toLocaleString('vi-VN');
    },
    async save() {
      const grantedOn = isoDay(this.v.grantedOn);
      if (!grantedOn) return this.refuse('grantedOn', 'Ngày không hợp lệ, nhập theo dạng ngày/tháng/năm');
      const each = amount(this.v.amountEach);
      if (each === null) return this.refuse('amountVndEach', 'Nhập số tiền bằng số, vd. 500.000');
      if (!this.recipients.length) return this.refuse('recipients', 'Chọn ít nhất một người nhận');
      const body = {
        kind: this.v.kind, grantedOn, amountVndEach: each, fund: this.v.fund, note: this.v.note || null,
        recipients: this.recipients.map(({ memberId, relation }) => ({ memberId, relation })),
      };
      const r = await this.submit('POST', `${this.base}/welfare/grants`, body,
        `Đã ghi ${this.kindLabel(this.v.kind)}: ${this.recipients.length} người nhận, ${this.total}.`);
      if (r) {
        this.recipients = [];
        this.load();
      }
    },
  }));

  Alpine.data('reversalForm', () => ({
    ...formState(),
    reason: '',
    init() {
      this.$watch('reversing', () => {
        this.forget();
        this.reason = '';
      });
    },
    async save() {
      const g = this.reversing;
      const r = await this.submit('POST', `${this.base}/welfare/grants/${encodeURIComponent(g.grantId)}/reversal`,
        { reason: this.reason }, 'Đã thu hồi khoản chi; số liệu năm được tính lại.');
      if (r) this.load();
    },
  }));
}
