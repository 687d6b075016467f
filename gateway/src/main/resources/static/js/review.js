// The year in review: the ratings of the branch, its groups and members, and the narrative of the
// year-end report (sections III–IV, recipients, signature block) with a preview of the report as it
// prints. Markup: screens/review.html.
import { call, download, getJson, message } from './api.js';
import { branchScreen, formState, openBranch } from './forms.js';

const lines = (text) => String(text ?? '').split('\n').map((l) => l.trim()).filter(Boolean);

export function registerReview(Alpine) {
  Alpine.data('review', () => ({
    ...branchScreen(),
    branch: { groups: [] },
    members: [],
    scales: { member: {}, collective: {} },
    list: null,
    preview: '',
    previewing: false,
    previewProblem: '',
    async init() {
      const first = async () => {
        [this.members, this.scales] = await Promise.all([getJson(`${this.base}/members`).then((r) => r.members), getJson('/api/ratings/scales')]);
      };
      if (await openBranch(this, first)) await this.load();
    },
    async load() {
      try {
        const reports = `/api/reports/branches/${encodeURIComponent(this.branchId)}/years/${this.year}/records`;
        [this.branch, this.list] = await Promise.all([getJson(this.base), getJson(reports)]);
      } catch (e) {
        this.error = message(e);
      }
    },
    /** The rating recorded for a subject (BRANCH, GROUP, MEMBER), or ''. */
    rated(subject, id) {
      return this.list?.ratings?.find((r) => r.subject === subject && (subject === 'BRANCH' || r.subjectId === id))?.rating ?? '';
    },
    report(format) {
      return `/api/reports/branches/${encodeURIComponent(this.branchId)}/years/${this.year}/document?format=${format}`;
    },
    async showPreview() {
      this.previewing = true;
      this.previewProblem = '';
      try {
        const blob = await (await call(this.report('pdf'), 'application/pdf')).blob();
        if (this.preview) URL.revokeObjectURL(this.preview);
        this.preview = URL.createObjectURL(blob);
      } catch (e) {
        this.previewProblem = message(e);
      } finally {
        this.previewing = false;
      }
    },
    async downloadDocx() {
      this.previewProblem = '';
      try {
        await download(this.report('docx'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', `bao-cao-${this.branchId}-${this.year}.docx`);
      } catch (e) {
        this.previewProblem = message(e);
      }
    },
  }));

  Alpine.data('ratingsForm', () => ({
    ...formState(),
    branchRating: null,
    groups: {},
    chosen: {},
    /** What is shown: the choice made here, else the rating recorded. */
    pick(subject, id) {
      if (subject === 'BRANCH') return this.branchRating ?? this.rated('BRANCH');
      const mine = subject === 'GROUP' ? this.groups : this.chosen;
      return mine[id] ?? this.rated(subject, id);
    },
    set(subject, id, value) {
      if (subject === 'BRANCH') this.branchRating = value;
      else (subject === 'GROUP' ? this.groups : this.chosen)[id] = value;
    },
    async save() {
      // Only what was changed here is sent: a rating event replaces the ratings it names, no others.
      const groupRatings = Object.entries(this.groups).filter(([, r]) => r).map(([groupId, rating]) => ({ groupId, rating }));
      const memberRatings = Object.entries(this.chosen).filter(([, r]) => r).map(([memberId, rating]) => ({ memberId, rating }));
      const body = { year: this.year, branchRating: this.branchRating || null, groupRatings, memberRatings };
      if (await this.submit('POST', `${this.base}/ratings`, body, `Đã ghi xếp loại năm ${this.year}.`)) {
        this.branchRating = null;
        this.groups = {};
        this.chosen = {};
        this.load();
      }
    },
  }));

  Alpine.data('narrativeForm', () => ({
    ...formState(),
    v: { shortcomings: '', causes: '', priorities: '', recipients: '', title: 'TM. BAN CHẤP HÀNH\nCHỦ TỊCH', name: '' },
    filledFor: null,
    init() {
      // The recorded narrative fills the form once per year shown; a live refresh keeps the typing.
      this.$watch('list', (list) => {
        if (!list || this.filledFor === this.year) return;
        this.filledFor = this.year;
        const n = list.narrative ?? {};
        this.v = {
          shortcomings: n.shortcomings ?? '',
          causes: n.causes ?? '',
          priorities: n.priorities ?? '',
          recipients: (n.recipients ?? []).join('\n'),
          title: n.signatory?.title ?? 'TM. BAN CHẤP HÀNH\nCHỦ TỊCH',
          name: n.signatory?.name ?? '',
        };
      });
    },
    async save() {
      const body = {
        shortcomings: this.v.shortcomings,
        causes: this.v.causes,
        priorities: this.v.priorities,
        recipients: lines(this.v.recipients),
        signatory: { title: this.v.title, name: this.v.name },
      };
      await this.submit('PUT', `${this.base}/years/${this.year}/narrative`, body, `Đã lưu phần tổng kết năm ${this.year}.`);
    },
  }));
}
