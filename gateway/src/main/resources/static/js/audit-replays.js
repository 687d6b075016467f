// Replays: the read model rebuilt from the first event on, beside the live one, then compared with
// it — the proof that the reports follow from the events alone. One runs at a time (the server
// refuses a second); its progress is read every few seconds, and the replay followed is kept for
// the tab so that coming back to the page finds it. Markup: screens/audit-replays.html.
import { getJson, message } from './api.js';
import { newKey, send, shownMoment } from './forms.js';
import { num } from './format.js';
import { COLLECTIONS, duration, named } from './events.js';

const FOLLOWED = 'congdoan.replay';
// The audit endpoints allow 20 requests in 10 s per user; this leaves room for the rest of the page.
const POLL_MS = 2000;
const ALL = 'all';
const PROJECTIONS = ['branches', 'members', 'welfare_grants', 'campaigns', 'contributions', 'finance_entries', 'budgets', 'activities', 'awards', 'achievements', 'complaints', 'inspections', 'ratings', 'narratives'];
const STATES = { RUNNING: 'Đang dựng lại', DONE: 'Đã xong', FAILED: 'Không thành công', CANCELLED: 'Đã hủy' };

/** One collection's outcome in words. */
function outcome(c) {
  const parts = [];
  if (c.missing) parts.push(`thiếu ${num(c.missing)} bản ghi so với bảng đang dùng`);
  if (c.extra) parts.push(`thừa ${num(c.extra)} bản ghi`);
  if (c.different) parts.push(`${num(c.different)} bản ghi khác nội dung`);
  return parts.length ? `Khác: ${parts.join(', ')}` : 'Khớp';
}

/** Documents events recorded after the replay began changed: not compared, not a difference. */
const meanwhile = (n) => (n ? `${num(n)} bản ghi đổi do sự kiện ghi sau khi bắt đầu dựng lại, không so.` : '');

export function registerAuditReplays(Alpine) {
  Alpine.data('auditReplays', () => ({
    projection: ALL,
    projections: [[ALL, 'Mọi bảng tổng hợp và nhật ký kiểm toán'], ...PROJECTIONS.map((p) => [p, named(COLLECTIONS, p)])],
    status: null,
    problem: '',
    done: '',
    sending: false,
    timer: null,
    init() {
      const id = sessionStorage.getItem(FOLLOWED);
      if (id) this.follow(id);
    },
    destroy() {
      clearTimeout(this.timer);
    },
    get running() {
      return this.status?.state === 'RUNNING';
    },
    async start() {
      if (this.sending) return;
      this.sending = true;
      this.problem = this.done = '';
      try {
        const started = await send('POST', '/api/audit/replays', { projection: this.projection }, newKey());
        sessionStorage.setItem(FOLLOWED, started.replayId);
        this.status = null;
        await this.follow(started.replayId);
      } catch (e) {
        this.problem = message(e);
      } finally {
        this.sending = false;
      }
    },
    async follow(id) {
      clearTimeout(this.timer);
      let wait = POLL_MS;
      try {
        this.status = await getJson(`/api/audit/replays/${encodeURIComponent(id)}`);
      } catch (e) {
        if (e.status === 404) {
          // a restart of the service forgets its replays: there is nothing left to follow
          sessionStorage.removeItem(FOLLOWED);
          this.status = null;
          return;
        }
        if (e.status === 429) wait = (e.retryAfter ?? 2) * 1000;
        else this.problem = message(e);
      }
      if ((!this.status || this.running) && this.$el.isConnected) this.timer = setTimeout(() => this.follow(id), wait);
    },
    async cancel() {
      if (this.sending || !this.status) return;
      this.sending = true;
      this.problem = '';
      try {
        this.status = await send('DELETE', `/api/audit/replays/${encodeURIComponent(this.status.replayId)}`, undefined, newKey());
        this.done = 'Đã hủy lượt dựng lại.';
      } catch (e) {
        this.problem = message(e);
        this.follow(this.status.replayId);
      } finally {
        this.sending = false;
      }
    },
    get scope() {
      return this.status?.projection === ALL ? 'mọi bảng tổng hợp và nhật ký kiểm toán' : `bảng ${named(COLLECTIONS, this.status?.projection)}`;
    },
    get state() {
      return named(STATES, this.status?.state);
    },
    get progressText() {
      const s = this.status;
      if (!s) return '';
      const read = `Đã đọc ${num(s.eventsDone)} / ${num(s.eventsTotal)} sự kiện`;
      if (s.state !== 'RUNNING') return `${read}.`;
      if (!s.eventsTotal) return 'Đang chuẩn bị đọc các sự kiện…';
      if (s.eventsTotal && s.eventsDone >= s.eventsTotal) return `${read}; đang so sánh với bảng đang dùng…`;
      const eta = s.etaSeconds == null ? 'đang ước tính thời gian còn lại' : `còn khoảng ${duration(s.etaSeconds)}`;
      return `${read} (${num(Math.round(s.ratePerSecond))} sự kiện/giây); ${eta}.`;
    },
    get times() {
      const s = this.status;
      if (!s) return '';
      const start = `Bắt đầu ${shownMoment(s.startedAt, true)}`;
      return s.finishedAt ? `${start}, kết thúc ${shownMoment(s.finishedAt, true)}.` : `${start}.`;
    },
    get summary() {
      const c = this.status?.comparison;
      if (!c) return '';
      const rows = c.collections.reduce((n, x) => n + x.live, 0);
      const later = meanwhile(c.collections.reduce((n, x) => n + (x.later || 0), 0));
      if (c.equal) return `Khớp hoàn toàn: dựng lại từ các sự kiện cho đúng những gì đang có trong ${num(c.collections.length)} bảng (${num(rows)} bản ghi).${later && ` ${later}`}`;
      const differing = c.collections.filter((x) => x.missing || x.extra || x.different);
      return `Có khác biệt ở ${num(differing.length)} trong ${num(c.collections.length)} bảng: ${differing.map((x) => named(COLLECTIONS, x.name)).join(', ')}.`;
    },
    collection: (name) => named(COLLECTIONS, name),
    outcome,
    differs: (c) => !!(c.missing || c.extra || c.different),
    firsts: (c) => [c.firstDifferences?.length ? `Bản ghi đầu tiên khác: ${c.firstDifferences.join(', ')}.` : '', meanwhile(c.later)].filter(Boolean).join(' '),
  }));
}
