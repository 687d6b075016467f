// A branch's records of the year: its groups, the activities it held, awards, study achievements,
// complaints and their resolution, inspections. Each list comes from reporting and refreshes by the
// live feed once the event is projected. Markup: screens/records.html.
import { getJson, message } from './api.js';
import { branchScreen, formState, openBranch, readDay, shownDay, slug, today } from './forms.js';
import { ACHIEVEMENT_KINDS, ACTIVITY_KINDS, num } from './format.js';
import { INSPECTION_SCOPES } from './labels.js';

const count = (text) => (/^\s*\d{1,7}\s*$/.test(String(text ?? '')) ? Number(text) : null);

/** The count typed into form.v[field], or a refusal beside the field. */
function readCount(form, field) {
  const n = count(form.v[field]);
  if (n === null) form.refuse(field, 'Nhập một số nguyên, vd. 25');
  return n;
}

export function registerRecords(Alpine) {
  Alpine.data('records', () => ({
    ...branchScreen(),
    branch: { groups: [] },
    members: [],
    list: null,
    open: [],
    activityKinds: Object.entries(ACTIVITY_KINDS),
    achievementKinds: Object.entries(ACHIEVEMENT_KINDS),
    scopes: INSPECTION_SCOPES,
    async init() {
      if (await openBranch(this, async () => (this.members = (await getJson(`${this.base}/members`)).members))) await this.load();
    },
    async load() {
      try {
        const reports = `/api/reports/branches/${encodeURIComponent(this.branchId)}/years/${this.year}/records`;
        [this.branch, this.list, this.open] = await Promise.all([getJson(this.base), getJson(reports), getJson(`${this.base}/complaints/open`)]);
      } catch (e) {
        this.error = message(e);
      }
    },
    day: shownDay,
    num,
    activityKind: (c) => ACTIVITY_KINDS[c] ?? c,
    achievementKind: (c) => ACHIEVEMENT_KINDS[c] ?? c,
    scope: (c) => INSPECTION_SCOPES.find(([code]) => code === c)?.[1] ?? c,
    memberName(id) {
      return this.members.find((m) => m.memberId === id)?.fullName ?? id;
    },
  }));

  Alpine.data('groupForm', () => ({
    ...formState(),
    v: { name: '' },
    async save() {
      const name = this.v.name.trim();
      const groupId = slug(name, this.branch.groups.map((g) => g.groupId));
      if (await this.submit('POST', `${this.base}/groups`, { groupId, name }, `Đã thêm tổ “${name}”.`)) {
        this.v.name = '';
        this.load();
      }
    },
  }));

  Alpine.data('renameForm', () => ({
    ...formState(),
    v: { groupId: '', name: '' },
    async save() {
      if (!this.v.groupId) return this.refuse('groupId', 'Chọn tổ cần đổi tên');
      const name = this.v.name.trim();
      if (await this.submit('PUT', `${this.base}/groups/${encodeURIComponent(this.v.groupId)}`, { name }, `Đã đổi tên tổ thành “${name}”.`)) this.load();
    },
  }));

  Alpine.data('activityForm', () => ({
    ...formState(),
    v: { kind: 'MEETING', title: '', heldOn: today(), participants: '' },
    async save() {
      this.errors = {};
      const heldOn = readDay(this, 'heldOn');
      const participants = readCount(this, 'participants');
      if (!heldOn || participants === null) return;
      const body = { kind: this.v.kind, title: this.v.title, heldOn, participants };
      if (await this.submit('POST', `${this.base}/activities`, body, `Đã ghi hoạt động “${this.v.title}”.`)) {
        this.v.title = '';
        this.v.participants = '';
      }
    },
  }));

  Alpine.data('awardForm', () => ({
    ...formState(),
    v: { memberId: '', title: '', issuer: '', awardedOn: today() },
    async save() {
      this.errors = {};
      const awardedOn = readDay(this, 'awardedOn');
      if (!awardedOn) return;
      const body = { year: this.year, memberId: this.v.memberId || null, title: this.v.title, issuer: this.v.issuer, awardedOn };
      if (await this.submit('POST', `${this.base}/awards`, body, `Đã ghi khen thưởng “${this.v.title}”.`)) this.v.title = '';
    },
  }));

  Alpine.data('achievementForm', () => ({
    ...formState(),
    v: { memberId: '', kind: 'MASTER', title: '' },
    async save() {
      if (!this.v.memberId) return this.refuse('memberId', 'Chọn đoàn viên');
      const body = { year: this.year, memberId: this.v.memberId, kind: this.v.kind, title: this.v.title };
      if (await this.submit('POST', `${this.base}/achievements`, body, `Đã ghi kết quả học tập của ${this.memberName(this.v.memberId)}.`)) this.v.title = '';
    },
  }));

  Alpine.data('complaintForm', () => ({
    ...formState(),
    v: { receivedOn: today(), subject: '' },
    async save() {
      this.errors = {};
      const receivedOn = readDay(this, 'receivedOn');
      if (!receivedOn) return;
      if (await this.submit('POST', `${this.base}/complaints`, { receivedOn, subject: this.v.subject }, 'Đã ghi nhận đơn.')) {
        this.v.subject = '';
        this.load();
      }
    },
  }));

  Alpine.data('resolutionForm', () => ({
    ...formState(),
    v: { complaintId: '', resolvedOn: today(), outcome: '' },
    async save() {
      this.errors = {};
      if (!this.v.complaintId) return this.refuse('complaintId', 'Chọn đơn đã giải quyết');
      const resolvedOn = readDay(this, 'resolvedOn');
      if (!resolvedOn) return;
      const path = `${this.base}/complaints/${encodeURIComponent(this.v.complaintId)}/resolution`;
      if (await this.submit('POST', path, { resolvedOn, outcome: this.v.outcome }, 'Đã ghi kết quả giải quyết đơn.')) {
        this.v = { complaintId: '', resolvedOn: today(), outcome: '' };
        this.load();
      }
    },
  }));

  Alpine.data('inspectionForm', () => ({
    ...formState(),
    v: { heldOn: today(), scope: 'CHARTER', violationsFound: '0' },
    async save() {
      this.errors = {};
      const heldOn = readDay(this, 'heldOn');
      const violationsFound = readCount(this, 'violationsFound');
      if (!heldOn || violationsFound === null) return;
      await this.submit('POST', `${this.base}/inspections`, { heldOn, scope: this.v.scope, violationsFound }, 'Đã ghi cuộc kiểm tra.');
    },
  }));
}
