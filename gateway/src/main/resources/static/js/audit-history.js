// The event history for auditors: every service's events, filtered by branch, service, kind and
// time, a page at a time (the server pages by cursor, forward only, so the cursors of the pages
// already seen are kept to go back), each event's content viewable, and the filtered history
// downloaded as CSV or NDJSON. Markup: screens/audit-history.html.
import { download, getJson, message } from './api.js';
import { readMoment, shownMoment } from './forms.js';
import { EVENT_TYPES, SERVICES, named } from './events.js';

const PAGE = 20;
// The audit endpoints allow 20 requests in 10 s per user: the live feed may ask for the newest
// page again at most this often.
const REFRESH_MS = 5000;

/** The province's branches of this year, for choosing one by name; an empty list if unreadable. */
export async function branchList() {
  try {
    const p = await getJson(`/api/reports/province/years/${new Date().getFullYear()}`);
    return p.branches.map((b) => ({ id: b.branchId, name: b.name ?? b.branchId }));
  } catch {
    return [];
  }
}

export function registerAuditHistory(Alpine) {
  Alpine.data('auditHistory', () => ({
    v: { branchId: '', service: '', type: '', from: '', to: '', order: 'desc' },
    services: Object.entries(SERVICES),
    branches: [],
    errors: {},
    problem: '',
    error: '',
    query: null,
    cursors: [null],
    page: 0,
    events: [],
    next: null,
    loading: false,
    exporting: '',
    readAt: 0,
    timer: null,
    async init() {
      this.branches = await branchList();
      await this.search();
    },
    destroy() {
      clearTimeout(this.timer);
    },
    get types() {
      return Object.entries(EVENT_TYPES).filter(([t]) => !this.v.service || t.startsWith(`${this.v.service}.`));
    },
    refuse(field, text) {
      this.errors = { ...this.errors, [field]: text };
    },
    /** The filter as typed, checked; the pages shown keep to it until the next search. */
    async search() {
      this.errors = {};
      const q = new URLSearchParams({ order: this.v.order, limit: PAGE });
      for (const f of ['branchId', 'service', 'type']) if (this.v[f].trim()) q.set(f, this.v[f].trim());
      for (const [f, end] of [['from', false], ['to', true]]) {
        if (!this.v[f].trim()) continue;
        const at = readMoment(this, f, end);
        if (at) q.set(f, at);
      }
      if (Object.keys(this.errors).length) return;
      this.query = q;
      this.cursors = [null];
      this.page = 0;
      await this.read();
    },
    async read() {
      const q = new URLSearchParams(this.query);
      if (this.cursors[this.page]) q.set('cursor', this.cursors[this.page]);
      this.loading = true;
      this.readAt = Date.now();
      try {
        const page = await getJson(`/api/audit/events?${q}`);
        this.events = page.events;
        this.next = page.next;
        this.problem = '';
      } catch (e) {
        this.problem = message(e);
      } finally {
        this.loading = false;
      }
    },
    go(delta) {
      if (delta > 0) this.cursors[this.page + 1] = this.next;
      this.page += delta;
      this.read();
    },
    /** The live feed: new events show on the first page, without reading more than the limit allows. */
    load() {
      if (this.page || !this.query || this.timer) return;
      this.timer = setTimeout(() => {
        this.timer = null;
        if (this.$el.isConnected && !this.page) this.read();
      }, Math.max(0, this.readAt + REFRESH_MS - Date.now()));
    },
    async exportAs(format) {
      const q = new URLSearchParams(this.query);
      q.delete('limit');
      q.set('format', format);
      this.exporting = 'Đang tải…';
      try {
        await download(`/api/audit/events?${q}`, format === 'csv' ? 'text/csv' : 'application/x-ndjson', `lich-su-su-kien.${format}`);
        this.exporting = '';
      } catch (e) {
        this.exporting = message(e);
      }
    },
    get shown() {
      if (!this.events.length) return this.page ? 'Không còn sự kiện nào' : 'Không có sự kiện nào khớp bộ lọc';
      const from = this.page * PAGE + 1;
      return `Trang ${this.page + 1}: sự kiện ${from}–${from + this.events.length - 1}`;
    },
    at: (iso) => shownMoment(iso),
    exact: (iso) => shownMoment(iso, true),
    service: (s) => named(SERVICES, s),
    kind: (t) => named(EVENT_TYPES, t),
    branch(id) {
      return id ? (this.branches.find((b) => b.id === id)?.name ?? id) : '—';
    },
    content: (e) => JSON.stringify(e.payload ?? {}, null, 2),
  }));
}
