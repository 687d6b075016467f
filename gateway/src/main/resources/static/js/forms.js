// What every form does the same way: one Idempotency-Key per submission (kept when a retry resends
// it after a lost answer, so a double-click or a retry records once), the button disabled while
// sending, the server's field errors shown beside their fields, dates typed as dd/MM/yyyy and money
// as 1.234.567 đ. The server's messages are shown as they come: it answers in Vietnamese.
import { token } from './auth.js';
import { ApiError, message, notifyUnauthorized, refused } from './api.js';

// crypto.randomUUID needs a secure context; an intranet server may be reached over plain http.
export function newKey() {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** dd/MM/yyyy (or d/M/yyyy) to yyyy-MM-dd; null when it is not a real day. */
export function isoDay(text) {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text ?? '');
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function shownDay(iso) {
  if (!iso) return '';
  const [y, m, d] = String(iso).slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** Lower case without diacritics: how a search or an id reads Vietnamese text. */
export const fold = (s) => String(s ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase();

/** A name as an id's letters ("Tổ Văn phòng" → "to-van-phong"), at most `max` long. */
export const dashed = (name, max) =>
  fold(name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, max);

/** An id from a name ("Tổ Văn phòng" → "to-van-phong"), one not among {@code taken}. */
export function slug(name, taken = []) {
  const base = dashed(name, 56) || 'muc';
  let id = base.length < 2 ? `${base}-1` : base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}

export const today = () => shownDay(new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' }));

// Times are Vietnam's, whatever the machine's zone: the union's records are kept in its time, and
// Vietnam keeps UTC+7 all year, so the offset is fixed.
const VN_MS = 7 * 3_600_000;
const two = (n) => String(n).padStart(2, '0');

/**
 * "dd/MM/yyyy HH:mm" (seconds optional) to an ISO instant; a day alone is its first moment, or the
 * next day's with `dayEnd` (so that "đến 31/12/2024" takes in all of that day). null if not real.
 */
export function isoMoment(text, dayEnd = false) {
  const m = /^\s*(\S+)(?:\s+(\d{1,2})[:h](\d{2})(?::(\d{2}))?)?\s*$/.exec(text ?? '');
  const day = m && isoDay(m[1]);
  if (!day) return null;
  const [h, mi, s] = [Number(m[2] ?? 0), Number(m[3] ?? 0), Number(m[4] ?? 0)];
  if (h > 23 || mi > 59 || s > 59) return null;
  const at = Date.parse(`${day}T${two(h)}:${two(mi)}:${two(s)}Z`) - VN_MS;
  return new Date(dayEnd && m[2] === undefined ? at + 86_400_000 : at).toISOString();
}

/** An instant as dd/MM/yyyy HH:mm (with `:ss` when `seconds`) in Vietnam's time. */
export function shownMoment(iso, seconds = false) {
  if (!iso) return '';
  const d = new Date(Date.parse(iso) + VN_MS);
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}${seconds ? `:${two(d.getUTCSeconds())}` : ''}`;
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${time}`;
}

export const now = () => shownMoment(new Date().toISOString());

/** "1.234.567 đ", "1234567" or "1 234 567" to 1234567; null when it is not a whole amount. */
export function amount(text) {
  const digits = String(text ?? '').replace(/[.\s\u00a0đ₫,]/g, '');
  return /^\d{1,15}$/.test(digits) ? Number(digits) : null;
}

/** Sends one request: JSON, or a file as it is. Throws ApiError with the problem's field errors. */
export async function send(method, path, body, key, contentType = 'application/json') {
  const headers = { Authorization: `Bearer ${token()}`, Accept: 'application/json', 'Accept-Language': 'vi' };
  if (key) headers['Idempotency-Key'] = key;
  if (body !== undefined) headers['Content-Type'] = contentType;
  const res = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : contentType === 'application/json' ? JSON.stringify(body) : body,
    cache: 'no-store',
  });
  const data = await res.json().catch(() => ({}));
  if (res.ok) return data;
  if (res.status === 401) notifyUnauthorized();
  const error = refused(res, data);
  error.fields = Object.fromEntries((data.errors ?? []).map((e) => [e.field, e.message]));
  throw error;
}

/**
 * x-field="name" on a form's <label class="field">: the control inside is marked invalid while the
 * form holds a refusal of `name` (errors[name], the server's field name or one refused before
 * sending), and the reason is read out under it — one place for what every field does the same way.
 */
export function fieldDirective(Alpine) {
  Alpine.directive('field', (el, { expression }, { effect, evaluateLater }) => {
    const control = el.querySelector('input, select, textarea');
    const note = document.createElement('small');
    note.className = 'field-error';
    note.setAttribute('role', 'alert');
    el.append(note);
    const refusal = evaluateLater(`errors[${JSON.stringify(expression)}]`);
    effect(() =>
      refusal((text) => {
        note.textContent = text ?? '';
        control?.setAttribute('aria-invalid', text ? 'true' : 'false');
      }),
    );
  });
}

/**
 * <p x-outcome> at a form's foot: the form's refusal (`problem`, read out at once) and, after it, its
 * confirmation (`done`, read out politely), each shown only while it has something to say — one
 * place for how every form answers.
 */
export function outcomeDirective(Alpine) {
  Alpine.directive('outcome', (el, _, { effect, evaluateLater }) => {
    const done = document.createElement('p');
    el.after(done);
    [
      [el, 'problem', 'alert'],
      [done, 'done', 'status'],
    ].forEach(([p, state, role]) => {
      p.className = state;
      p.setAttribute('role', role);
      const text = evaluateLater(state);
      effect(() =>
        text((value) => {
          p.textContent = value ?? '';
          p.style.display = value ? '' : 'none';
        }),
      );
    });
  });
}

/**
 * The state an Alpine form component mixes in. submit() keeps the key of a submission until the
 * server has answered it (a network failure or a 5xx keeps it, so "Thử lại" resends the same one).
 */
export function formState() {
  return {
    sending: false,
    errors: {},
    problem: '',
    done: '',
    key: null,
    /** {@code contentType}: a file is sent as it is, under its own type; anything else as JSON. */
    async submit(method, path, body, success, contentType = 'application/json') {
      if (this.sending) return null; // a second click while the first is on its way
      this.sending = true;
      this.errors = {};
      this.problem = '';
      this.done = '';
      this.key ??= newKey();
      try {
        const result = await send(method, path, body, this.key, contentType);
        this.key = null;
        if (success) this.done = success;
        return result ?? {};
      } catch (e) {
        if (e instanceof ApiError && e.status < 500) this.key = null;
        this.errors = e.fields ?? {};
        this.problem = Object.keys(this.errors).length ? 'Vui lòng sửa các ô được đánh dấu.' : message(e);
        return null;
      } finally {
        this.sending = false;
      }
    },
    /** Forgets the last submission's outcome: the form now speaks of something else. */
    forget() {
      this.errors = {};
      this.problem = '';
      this.done = '';
      this.key = null;
    },
    /** A field error found before sending (a date that is not dd/MM/yyyy, say). */
    refuse(field, text) {
      this.errors = { ...this.errors, [field]: text };
      this.problem = 'Vui lòng sửa các ô được đánh dấu.';
    },
  };
}

/** The four years a screen offers, latest first: this one and three before (`ahead`: from next year). */
export function recentYears(ahead = 0) {
  const latest = new Date().getFullYear() + ahead;
  return Array.from({ length: 4 }, (_, i) => latest - i);
}

/** The state a screen about one branch starts from: set by openBranch, a year to show of the last four. */
export function branchScreen() {
  return { branchId: '', base: '', error: '', year: new Date().getFullYear(), years: recentYears() };
}

/**
 * Starts a screen about one branch: its id from the element the workspace put it in, then its
 * first read. Another branch's officer is told it is not theirs (the server answers 404 so that ids
 * do not leak, to the user it is the same refusal as a 403); false when the screen cannot go on.
 */
export async function openBranch(screen, read) {
  screen.branchId = screen.$el.dataset.branch;
  screen.base = `/api/branches/${encodeURIComponent(screen.branchId)}`;
  try {
    await read();
    return true;
  } catch (e) {
    screen.error = message(e.status === 404 ? { status: 403 } : e);
    return false;
  }
}

/** form.v[field] as money, or a refusal beside the field; undefined when optional and left blank. */
export function readMoney(form, field, optional = false) {
  if (optional && !String(form.v[field] ?? '').trim()) return undefined;
  const n = amount(form.v[field]);
  if (n === null) form.refuse(field, 'Nhập số tiền bằng số, vd. 1.500.000');
  return n;
}

/** form.v[field] (dd/MM/yyyy) as yyyy-MM-dd, or a refusal beside the field. */
export function readDay(form, field) {
  const d = isoDay(form.v[field]);
  if (!d) form.refuse(field, 'Ngày không hợp lệ, nhập theo dạng ngày/tháng/năm');
  return d;
}

/** form.v[field] (dd/MM/yyyy HH:mm) as an ISO instant, or a refusal beside the field. */
export function readMoment(form, field, dayEnd = false) {
  const at = isoMoment(form.v[field], dayEnd);
  if (!at) form.refuse(field, 'Thời điểm không hợp lệ, nhập theo dạng ngày/tháng/năm giờ:phút, vd. 15/03/2025 14:30');
  return at;
}
