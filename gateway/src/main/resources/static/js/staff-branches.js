// Federation staff's branches: the province's branches (from the province summary), registering a
// new one, and dissolving one into another after reading what the dissolution will do — members
// moved or departed, the books' balance handed over, campaigns left open. Markup:
// screens/staff-branches.html.
import { getJson, message } from './api.js';
import { dashed, formState, readDay, shownDay, today } from './forms.js';
import { num, vnd } from './format.js';
import { SECTORS } from './labels.js';

/** A branch code from its name: lower-case letters without marks, digits and hyphens. */
export const codeOf = (name) => dashed(name, 64).replace(/-+$/, '');

export function registerStaffBranches(Alpine) {
  Alpine.data('staffBranches', () => ({
    year: new Date().getFullYear(),
    branches: [],
    unions: [],
    error: '',
    sectors: SECTORS,
    async init() {
      await this.load();
    },
    async load() {
      try {
        const p = await getJson(`/api/reports/province/years/${this.year}`);
        this.branches = [...(p.branches ?? [])].sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '', 'vi'));
        this.unions = p.parentUnions ?? [];
        this.error = '';
      } catch (e) {
        this.error = message(e);
      }
    },
    get open() {
      return this.branches.filter((b) => !b.dissolvedOn);
    },
    nameOf(id) {
      return this.branches.find((b) => b.branchId === id)?.name ?? id;
    },
    /** Picks the branch in the dissolution form and takes the user (and their focus) there. */
    windUp(b) {
      this.$dispatch('wind-up', b.branchId);
      document.getElementById('dissolve-title')?.focus();
    },
    day: shownDay,
    num,
  }));

  Alpine.data('registerForm', () => ({
    ...formState(),
    v: { name: '', branchId: '', parentUnion: '', sector: '' },
    typed: false,
    init() {
      // The code follows the name until the user types one of their own.
      this.$watch('v.name', (name) => {
        if (!this.typed) this.v.branchId = codeOf(name);
      });
    },
    async save() {
      const body = { ...this.v, sector: this.v.sector || null };
      if (await this.submit('POST', '/api/branches', body, `Đã đăng ký “${this.v.name}” (mã ${this.v.branchId}).`)) {
        this.v = { name: '', branchId: '', parentUnion: this.v.parentUnion, sector: this.v.sector };
        this.typed = false;
        this.load();
      }
    },
  }));

  Alpine.data('dissolveForm', () => ({
    ...formState(),
    v: { branchId: '', receivingBranchId: '', receivingGroupId: '', effectiveOn: today(), reason: '' },
    groups: [],
    preview: null,
    reading: false,
    init() {
      // Whatever changes, the preview read before no longer says what will happen.
      this.$watch('v', () => {
        this.preview = null;
      });
      this.$watch('v.receivingBranchId', (id) => this.readGroups(id));
    },
    pick(id) {
      this.forget();
      this.v.branchId = id;
      if (this.v.receivingBranchId === id) this.v.receivingBranchId = '';
    },
    async readGroups(id) {
      this.groups = [];
      this.v.receivingGroupId = '';
      if (!id) return;
      try {
        this.groups = (await getJson(`/api/branches/${encodeURIComponent(id)}`)).groups ?? [];
      } catch {
        // The groups only offer a choice: without them the members get a group of their own.
      }
    },
    get receiving() {
      return this.open.filter((b) => b.branchId !== this.v.branchId);
    },
    async read() {
      this.forget();
      if (!this.v.branchId) return this.refuse('branchId', 'Chọn công đoàn cơ sở giải thể');
      const on = readDay(this, 'effectiveOn');
      if (!on) return;
      this.reading = true;
      try {
        const q = new URLSearchParams({ effectiveOn: on });
        this.preview = await getJson(`/api/reports/branches/${encodeURIComponent(this.v.branchId)}/wind-up?${q}`);
      } catch (e) {
        this.problem = message(e);
      } finally {
        this.reading = false;
      }
    },
    /** What the dissolution will do, sentence by sentence: shown on the page and in the dialog. */
    get effects() {
      const p = this.preview;
      if (!p) return [];
      if (p.dissolvedOn) return [`“${p.name}” đã giải thể từ ngày ${shownDay(p.dissolvedOn)}.`];
      const to = this.v.receivingBranchId;
      const group = this.groups.find((g) => g.groupId === this.v.receivingGroupId)?.name ?? p.name;
      const lines = [
        `Giải thể “${p.name}” từ ngày ${shownDay(p.effectiveOn)}; sổ sách tài chính khoá sổ ngày ${shownDay(p.booksClosedOn)}.`,
        to
          ? `${this.num(p.members)} đoàn viên chuyển sang “${this.nameOf(to)}”, vào tổ “${group}”.`
          : `${this.num(p.members)} đoàn viên ra khỏi tổ chức Công đoàn (lý do: công đoàn cơ sở giải thể).`,
        p.balanceVnd > 0
          ? `Số dư ${vnd(p.handedOverVnd)} được bàn giao cho công đoàn cấp trên (${p.parentUnion}).`
          : p.balanceVnd < 0
            ? `Sổ sách đang âm ${vnd(-p.balanceVnd)}: không có tiền để bàn giao.`
            : 'Không còn số dư để bàn giao.',
      ];
      for (const c of p.campaigns) {
        const held = c.heldVnd > 0 ? `, còn giữ ${vnd(c.heldVnd)} — số này vẫn phải chuyển cho nơi nhận và công khai` : '';
        const open = c.closedOn ? '' : ' đang vận động: công đoàn không góp thêm vào được';
        lines.push(`Cuộc vận động “${c.title}”${open}${held}.`);
      }
      lines.push('Sau đó công đoàn cơ sở chỉ còn để tra cứu: không ghi nhận thêm đoàn viên, thu chi hay chăm lo.');
      return lines;
    },
    get blockers() {
      const p = this.preview;
      if (!p || (!p.leavingLater && !p.joiningLater)) return '';
      return `Chưa giải thể được từ ngày này: ${this.num(p.leavingLater)} đoàn viên đã được ghi rời đi sau ngày đó, ${this.num(p.joiningLater)} đoàn viên vào sau ngày đó. Hãy xử lý các đoàn viên này trước hoặc chọn ngày khác.`;
    },
    ask() {
      this.$refs.confirm.showModal();
    },
    async confirm() {
      const effectiveOn = readDay(this, 'effectiveOn');
      if (!effectiveOn) return this.$refs.confirm.close();
      const body = { effectiveOn, reason: this.v.reason, receivingBranchId: this.v.receivingBranchId || null, receivingGroupId: this.v.receivingGroupId || null };
      const r = await this.submit('POST', `/api/branches/${encodeURIComponent(this.v.branchId)}/dissolution`, body, null);
      this.$refs.confirm.close();
      if (r) {
        const name = this.preview?.name ?? r.branchId;
        this.v = { branchId: '', receivingBranchId: '', receivingGroupId: '', effectiveOn: today(), reason: '' };
        this.done = `Đã giải thể “${name}” từ ngày ${shownDay(r.dissolvedOn)}: ${this.num(r.membersWoundUp)} đoàn viên ${r.receivingBranchId ? `đã chuyển sang “${this.nameOf(r.receivingBranchId)}”` : 'đã ra khỏi công đoàn'}.`;
        this.load();
      }
    },
  }));
}
