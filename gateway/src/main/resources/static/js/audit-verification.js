// Chain verification: each recording service recomputes the hash chains of its store, and reporting
// holds its newest seal against the copy that went out on the event stream. The answer is told in
// words: intact, or the first broken link as a sentence. A verification reads a whole store, so it
// runs when asked (and once on opening), never on the live feed. Markup: screens/audit-verification.html.
import { getJson, message } from './api.js';
import { shownMoment } from './forms.js';
import { num } from './format.js';
import { PUBLISHED, SERVICES, explain, named } from './events.js';

/** What the screen says about one service's answer. */
export function verdict(answer) {
  const store = answer.store;
  const links = store.brokenLinks ?? [];
  const sealed = PUBLISHED[answer.publishedCheck] ?? '';
  return {
    intact: answer.intact,
    headline: answer.intact
      ? 'Nguyên vẹn: không sự kiện nào bị sửa, xóa hay đổi thứ tự.'
      : store.intact
        ? 'Bị phá vỡ: các bản niêm phong trong kho không còn khớp với bản đã công bố.'
        : `Bị phá vỡ: tìm thấy ${num(store.brokenLinkCount)} chỗ hỏng.`,
    counts:
      `Đã kiểm tra ${num(store.events)} sự kiện trong ${num(store.streams)} chuỗi; ` +
      `${num(store.digests)} bản niêm phong, đối chiếu ${num(store.headsChecked)} đầu chuỗi đã niêm phong.`,
    sealed,
    first: store.firstBrokenLink ? explain(answer.service, store.firstBrokenLink) : '',
    others: links.slice(1).map((l) => explain(answer.service, l)),
    more: Math.max(0, store.brokenLinkCount - links.length),
    at: `Kiểm tra lúc ${shownMoment(store.verifiedAt, true)}.`,
  };
}

export function registerAuditVerification(Alpine) {
  Alpine.data('auditVerification', () => ({
    services: Object.entries(SERVICES).map(([id, name]) => ({ id, name, checking: false, result: null, problem: '' })),
    init() {
      this.checkAll();
    },
    get checking() {
      return this.services.some((s) => s.checking);
    },
    checkAll() {
      this.services.forEach((s) => this.check(s));
    },
    async check(s) {
      if (s.checking) return;
      s.checking = true;
      s.problem = '';
      try {
        s.result = verdict(await getJson(`/api/audit/verification?service=${s.id}`));
      } catch (e) {
        s.result = null;
        s.problem = message(e);
      } finally {
        s.checking = false;
      }
    },
  }));
}
