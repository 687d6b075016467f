// The branch's roster: search and pages, admit, correct, move, record a departure, erase personal
// data, import a file and export one. Alpine components; the markup is screens/roster.html.
import { getJson, download, message } from './api.js';
import { formState, isoDay, openBranch, shownDay, today } from './forms.js';
import { POSITIONS, GENDERS, DEPARTURE_REASONS, STATUSES } from './labels.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PAGE = 50;

/** Dates typed dd/MM/yyyy in `fields` become ISO; a bad one is refused beside its field. */
function days(form, values, fields) {
  const out = { ...values };
  let ok = true;
  for (const f of fields) {
    if (!values[f]) continue;
    out[f] = isoDay(values[f]);
    if (!out[f]) {
      form.refuse(f, 'Ngày không hợp lệ, nhập theo dạng ngày/tháng/năm (vd. 05/03/1990)');
      ok = false;
    }
  }
  return ok ? out : null;
}

const blank = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v === '' ? null : v]));

export function registerRoster(Alpine) {
  Alpine.data('roster', () => ({
    branchId: '',
    base: '',
    branch: { name: '', groups: [] },
    members: [],
    count: 0,
    page: 0,
    q: '',
    groupId: '',
    status: '',
    loading: true,
    error: '',
    selected: null,
    positions: POSITIONS,
    genders: GENDERS,
    reasons: DEPARTURE_REASONS,
    statuses: STATUSES,
    async init() {
      this.$watch('q', () => this.first());
      this.$watch('groupId', () => this.first());
      this.$watch('status', () => this.first());
      if (await openBranch(this, async () => (this.branch = await getJson(this.base)))) await this.load();
      this.loading = false;
    },
    first() {
      this.page = 0;
      this.load();
    },
    async load() {
      const q = new URLSearchParams({ page: this.page, size: PAGE });
      if (this.q.trim()) q.set('q', this.q.trim());
      if (this.groupId) q.set('groupId', this.groupId);
      if (this.status) q.set('status', this.status);
      try {
        const roster = await getJson(`${this.base}/members?${q}`);
        this.members = roster.members;
        this.count = roster.count;
        this.error = '';
      } catch (e) {
        this.error = message(e);
      } finally {
        this.loading = false;
      }
    },
    get pages() {
      return Math.max(1, Math.ceil(this.count / PAGE));
    },
    get shown() {
      if (!this.count) return 'Không có đoàn viên nào';
      const from = this.page * PAGE + 1;
      return `${from}–${Math.min(from + PAGE - 1, this.count)} trên ${this.count.toLocaleString('vi-VN')} đoàn viên`;
    },
    go(delta) {
      this.page = Math.min(this.pages - 1, Math.max(0, this.page + delta));
      this.load();
    },
    day: shownDay,
    label: (labels, code) => labels.find(([c]) => c === code)?.[1] ?? code ?? '',
    open(id, member = null) {
      this.selected = member;
      this.$refs[id].showModal();
    },
    close(id) {
      this.$refs[id].close();
    },
    async exportAs(format) {
      const name = `danh-sach-doan-vien-${this.branchId}.${format}`;
      try {
        await download(`${this.base}/members/export?format=${format}`, format === 'csv' ? 'text/csv' : XLSX, name);
      } catch (e) {
        this.error = message(e);
      }
    },
  }));

  Alpine.data('admitForm', () => ({
    ...formState(),
    v: { fullName: '', gender: '', dateOfBirth: '', groupId: '', joinedOn: today(), position: '', phone: '', email: '', honorary: false },
    async save() {
      const body = days(this, blank(this.v), ['dateOfBirth', 'joinedOn']);
      if (!body) return;
      const r = await this.submit('POST', `${this.base}/members`, body, `Đã kết nạp ${this.v.fullName}.`);
      if (r) {
        this.v = { ...this.v, fullName: '', dateOfBirth: '', phone: '', email: '', position: '', honorary: false };
        this.load();
      }
    },
  }));

  Alpine.data('correctForm', () => ({
    ...formState(),
    v: {},
    init() {
      this.$watch('selected', (m) => {
        this.v = m ? { fullName: m.fullName ?? '', gender: m.gender ?? '', dateOfBirth: shownDay(m.dateOfBirth), phone: m.phone ?? '', email: m.email ?? '', reason: '' } : {};
        this.forget();
      });
    },
    async save() {
      const m = this.selected;
      // Only what changed is sent: a correction names the fields it corrects.
      const changed = { reason: this.v.reason };
      for (const f of ['fullName', 'gender', 'phone', 'email']) if ((this.v[f] ?? '') !== (m[f] ?? '')) changed[f] = this.v[f];
      if (this.v.dateOfBirth !== shownDay(m.dateOfBirth)) changed.dateOfBirth = this.v.dateOfBirth;
      const body = days(this, blank(changed), ['dateOfBirth']);
      if (!body) return;
      const r = await this.submit('POST', `${this.base}/members/${encodeURIComponent(m.memberId)}/correction`, body, 'Đã ghi nhận đính chính.');
      if (r) this.load();
    },
  }));

  Alpine.data('transferForm', () => ({
    ...formState(),
    v: { toGroupId: '', toBranchId: '', effectiveOn: today() },
    init() {
      this.$watch('selected', () => this.forget());
    },
    async save() {
      const body = days(this, blank(this.v), ['effectiveOn']);
      if (!body) return;
      const r = await this.submit('POST', `${this.base}/members/${encodeURIComponent(this.selected.memberId)}/transfer`, body, 'Đã chuyển đoàn viên.');
      if (r) this.load();
    },
  }));

  Alpine.data('departForm', () => ({
    ...formState(),
    v: { reason: '', effectiveOn: today() },
    init() {
      this.$watch('selected', () => this.forget());
    },
    async save() {
      const body = days(this, blank(this.v), ['effectiveOn']);
      if (!body) return;
      const r = await this.submit('POST', `${this.base}/members/${encodeURIComponent(this.selected.memberId)}/departure`, body, 'Đã ghi nhận đoàn viên ra khỏi công đoàn.');
      if (r) this.load();
    },
  }));

  Alpine.data('eraseForm', () => ({
    ...formState(),
    confirmed: false,
    init() {
      this.$watch('selected', () => {
        this.forget();
        this.confirmed = false;
      });
    },
    async save() {
      const r = await this.submit('POST', `${this.base}/members/${encodeURIComponent(this.selected.memberId)}/erasure`, undefined, 'Đã xoá dữ liệu cá nhân.');
      if (r) {
        this.confirmed = false;
        this.load();
      }
    },
  }));

  Alpine.data('importForm', () => ({
    ...formState(),
    result: null,
    async save() {
      const file = this.$refs.file.files[0];
      if (!file) return this.refuse('file', 'Chọn tệp .xlsx hoặc .csv');
      this.result = null;
      const type = file.name.toLowerCase().endsWith('.xlsx') ? XLSX : 'text/csv';
      this.result = await this.submit('POST', `${this.base}/members/import`, file, null, type);
      if (this.result) {
        this.done = `Đã nhập ${this.result.imported} đoàn viên.`;
        this.load();
      }
    },
  }));
}
