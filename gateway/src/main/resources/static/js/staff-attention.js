// What waits on federation staff: the year's budget estimates to approve (each approved here, in a
// dialog that names the branch and the total), campaigns whose public disclosure is past its
// deadline, and open branches that put forward no estimate. Markup: screens/staff-attention.html.
import { getJson, message } from './api.js';
import { formState, readDay, recentYears, shownDay, today } from './forms.js';
import { vnd } from './format.js';
import { DISCLOSURES } from './labels.js';

const DAY = 86_400_000;

export function registerStaffAttention(Alpine) {
  Alpine.data('staffAttention', () => ({
    year: new Date().getFullYear(),
    years: recentYears(1),
    attention: null,
    approving: null,
    notice: '',
    error: '',
    async init() {
      await this.load();
    },
    async load() {
      try {
        this.attention = await getJson(`/api/reports/province/years/${this.year}/attention`);
        this.error = '';
      } catch (e) {
        this.error = message(e);
      }
    },
    branchLink: (id, tab = '') => `#/branch/${encodeURIComponent(id)}${tab ? `/${tab}` : ''}`,
    kind: (code) => DISCLOSURES.find(([c]) => c === code)?.[1] ?? code,
    late(d) {
      const days = Math.round((Date.parse(this.attention.today) - Date.parse(d.dueOn)) / DAY);
      return `${days} ngày`;
    },
    approve(b) {
      this.approving = b;
      this.$refs.approval.showModal();
    },
    day: shownDay,
    money: vnd,
  }));

  Alpine.data('approvalForm', () => ({
    ...formState(),
    v: { approvedOn: today() },
    init() {
      // Another estimate, another decision: the last one's outcome no longer applies.
      this.$watch('approving', () => {
        this.forget();
        this.v.approvedOn = today();
      });
    },
    async save() {
      const approvedOn = readDay(this, 'approvedOn');
      if (!approvedOn) return;
      const b = this.approving;
      const path = `/api/branches/${encodeURIComponent(b.branchId)}/finance/budgets/${b.year}/approval`;
      if (await this.submit('POST', path, { approvedOn }, `Đã duyệt dự toán năm ${b.year} của ${b.name ?? b.branchId}.`)) {
        this.$refs.approval.close();
        this.$dispatch('approved', this.done);
        this.load();
      }
    },
  }));
}
