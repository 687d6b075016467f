// Donations: the campaigns a branch takes part in (the province's and its own), contributions
// from the branch or its members, and for its own campaigns the remittance, the closing and the
// public disclosures with their deadlines. Markup: screens/donations.html.
import { getJson, message } from './api.js';
import { branchScreen, formState, openBranch, readDay, readMoney, shownDay, today } from './forms.js';
import { vnd } from './format.js';

const DISCLOSURE = { NOT_DUE: 'Chưa đến hạn', DUE: 'Phải công khai', OVERDUE: 'Quá hạn', DONE: 'Đã công khai' };

/**
 * Launching a campaign: a branch's own (BRANCH, on its donations screen) or the province's
 * (PROVINCE, by federation staff), the same form either way.
 */
export function launchForm(scope) {
  return () => ({
    ...formState(),
    v: { title: '', purpose: '', opensOn: today(), closesOn: '' },
    async save() {
      const opensOn = readDay(this, 'opensOn');
      const closesOn = this.v.closesOn ? readDay(this, 'closesOn') : null;
      if (!opensOn || (this.v.closesOn && !closesOn)) return;
      const own = scope === 'BRANCH' ? { branchId: this.branchId } : {};
      const body = { title: this.v.title, purpose: this.v.purpose, scope, ...own, opensOn, closesOn };
      const success = `Đã phát động “${this.v.title}”${scope === 'PROVINCE' ? ' trên toàn tỉnh' : ''}.`;
      if (await this.submit('POST', '/api/campaigns', body, success)) {
        this.v = { title: '', purpose: '', opensOn: today(), closesOn: '' };
        this.load();
      }
    },
  });
}

export function registerDonations(Alpine) {
  Alpine.data('donations', () => ({
    ...branchScreen(),
    campaigns: [],
    members: [],
    chosen: null,
    status: null,
    async init() {
      if (await openBranch(this, async () => (this.members = (await getJson(`${this.base}/members`)).members))) await this.load();
    },
    async load() {
      try {
        this.campaigns = await getJson(`/api/reports/branches/${encodeURIComponent(this.branchId)}/campaigns?year=${this.year}`);
        if (this.chosen) await this.open(this.campaigns.find((c) => c.campaignId === this.chosen.campaignId) ?? this.chosen);
      } catch (e) {
        this.error = message(e);
      }
    },
    async open(c) {
      this.chosen = c;
      try {
        this.status = await getJson(`/api/campaigns/${encodeURIComponent(c.campaignId)}`);
      } catch (e) {
        this.error = message(e);
      }
    },
    own(c) {
      return c?.scope === 'BRANCH' && c.branchId === this.branchId;
    },
    disclosure: (d) => (d ? `${DISCLOSURE[d.status] ?? d.status}${d.dueBy ? ` (hạn ${shownDay(d.dueBy)})` : ''}` : ''),
    day: shownDay,
    money: vnd,
  }));

  Alpine.data('launchForm', launchForm('BRANCH'));

  Alpine.data('contributionForm', () => ({
    ...formState(),
    v: { memberId: '', amountVnd: '', receivedOn: today() },
    seen: null,
    init() {
      // Another campaign, not the same one read again after a write ($watch fires on each read).
      this.$watch('chosen?.campaignId', (id) => {
        if (id !== this.seen) this.forget();
        this.seen = id;
      });
    },
    async save() {
      const amountVnd = readMoney(this, 'amountVnd');
      const receivedOn = readDay(this, 'receivedOn');
      if (amountVnd === null || !receivedOn) return;
      const body = { branchId: this.branchId, memberId: this.v.memberId || null, amountVnd, receivedOn };
      if (await this.submit('POST', `/api/campaigns/${encodeURIComponent(this.chosen.campaignId)}/contributions`, body, `Đã ghi nhận đóng góp ${vnd(amountVnd)}.`)) {
        this.v.amountVnd = '';
        this.load();
      }
    },
  }));

  Alpine.data('remittanceForm', () => ({
    ...formState(),
    v: { recipient: '', amountVnd: '', remittedOn: today() },
    seen: null,
    init() {
      // What is still held is what there is to hand over: filled in, editable.
      this.$watch('status', (s) => {
        if (s?.campaignId !== this.seen) this.forget();
        this.seen = s?.campaignId;
        this.v.amountVnd = s?.availableVnd ? s.availableVnd.toLocaleString('vi-VN') : '';
      });
    },
    async save() {
      const amountVnd = readMoney(this, 'amountVnd');
      const remittedOn = readDay(this, 'remittedOn');
      if (amountVnd === null || !remittedOn) return;
      const body = { recipient: this.v.recipient, amountVnd, remittedOn };
      if (await this.submit('POST', `/api/campaigns/${encodeURIComponent(this.chosen.campaignId)}/remittances`, body, `Đã ghi chuyển ${vnd(amountVnd)} cho ${this.v.recipient}.`)) this.load();
    },
  }));

  Alpine.data('closingForm', () => ({
    ...formState(),
    v: { closedOn: today() },
    async save() {
      const closedOn = readDay(this, 'closedOn');
      if (!closedOn) return;
      if (await this.submit('POST', `/api/campaigns/${encodeURIComponent(this.chosen.campaignId)}/closing`, { closedOn }, 'Đã kết thúc cuộc vận động.')) this.load();
    },
  }));

  Alpine.data('disclosureForm', () => ({
    ...formState(),
    v: { kind: 'RECEIPTS', publishedOn: today(), where: '' },
    async save() {
      const publishedOn = readDay(this, 'publishedOn');
      if (!publishedOn) return;
      if (await this.submit('POST', `/api/campaigns/${encodeURIComponent(this.chosen.campaignId)}/disclosures`, { ...this.v, publishedOn }, 'Đã ghi nhận việc công khai.')) this.load();
    },
  }));
}
