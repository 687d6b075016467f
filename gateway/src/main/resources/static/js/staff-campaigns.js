// The province's donation campaigns: launched here by federation staff (scope PROVINCE, so every
// branch sees it on its donations screen) and listed for the year with what they collected and
// handed over; the branches' own campaigns are on the province dashboard.
// Markup: screens/staff-campaigns.html.
import { getJson, message } from './api.js';
import { recentYears, shownDay } from './forms.js';
import { num, vnd } from './format.js';
import { launchForm } from './donations.js';

export function registerStaffCampaigns(Alpine) {
  Alpine.data('staffCampaigns', () => ({
    year: new Date().getFullYear(),
    years: recentYears(),
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
    num,
  }));

  Alpine.data('provinceLaunchForm', launchForm('PROVINCE'));
}
