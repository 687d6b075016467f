// The province's donation campaigns: launched here by federation staff (scope PROVINCE, so every
// branch sees it on its donations screen) and listed for the year with what they collected and
// handed over; the branches' own campaigns are on the province dashboard.
// Markup: screens/staff-campaigns.html.
import { getJson, message } from './api.js';
import { formState, readDay, shownDay, today } from './forms.js';
import { vnd } from './format.js';

export function registerStaffCampaigns(Alpine) {
  Alpine.data('staffCampaigns', () => ({
    year: new Date().getFullYear(),
    years: Array.from({ length: 4 }, (_, i) => new Date().getFullYear() - i),
    campaigns: [],
    error: '',
    async init() {
      await this.load();
    },
    async load() {
      try {
        this.campaigns = await getJson(`/api/reports/campaigns?year=${this.year}`);
        this.error = '';
      } catch (e) {
        this.error = message(e);
      }
    },
    get province() {
      return this.campaigns.filter((c) => c.scope === 'PROVINCE');
    },
    period(c) {
      return `${shownDay(c.opensOn)} – ${c.closedOn ? `${shownDay(c.closedOn)} (đã kết thúc)` : shownDay(c.closesOn) || 'chưa định'}`;
    },
    money: vnd,
    num: (n) => Number(n ?? 0).toLocaleString('vi-VN'),
  }));

  Alpine.data('provinceLaunchForm', () => ({
    ...formState(),
    v: { title: '', purpose: '', opensOn: today(), closesOn: '' },
    async save() {
      const opensOn = readDay(this, 'opensOn');
      const closesOn = this.v.closesOn ? readDay(this, 'closesOn') : null;
      if (!opensOn || (this.v.closesOn && !closesOn)) return;
      const body = { title: this.v.title, purpose: this.v.purpose, scope: 'PROVINCE', opensOn, closesOn };
      if (await this.submit('POST', '/api/campaigns', body, `Đã phát động “${this.v.title}” trên toàn tỉnh.`)) {
        this.v = { title: '', purpose: '', opensOn: today(), closesOn: '' };
        this.load();
      }
    },
  }));
}
