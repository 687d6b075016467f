// The province view (federation staff, auditors, admins): the year summed over all branches or
// one upper union's branches, the donation campaigns and every branch's headcount.
import { getJson, message, downloadButton } from './api.js';
import { bars, hbars, pie } from './charts.js';
import * as f from './format.js';

const LAYOUT = `
<div class="view-head">
  <h1>Toàn tỉnh</h1>
  <div class="filters">
    <label>Năm <select name="year"></select></label>
    <label>Công đoàn cấp trên <select name="parentUnion"><option value="">Tất cả</option></select></label>
    <button type="button" data-action="workbook">Tải bảng tổng hợp (Excel)</button>
    <span class="status" data-slot="download"></span>
  </div>
</div>
<div class="error" role="alert" hidden></div>
<div data-slot="content">
  <div class="cards" data-slot="cards"><div class="muted">Đang tải…</div></div>
  <div class="grid">
    <div class="panel"><h2>Đoàn viên theo giới tính</h2><div class="chart" data-chart="gender"></div></div>
    <div class="panel"><h2>Đoàn viên theo độ tuổi</h2><div class="chart" data-chart="age"></div></div>
    <div class="panel"><h2>Chăm lo đời sống theo loại</h2><div class="chart tall" data-chart="welfare"></div></div>
    <div class="panel"><h2>Tài chính</h2><div class="chart" data-chart="finance"></div></div>
    <div class="panel"><h2>Chi theo nội dung</h2><div data-slot="expense"></div></div>
  </div>
  <div class="panel"><h2>Các cuộc vận động ủng hộ</h2><div data-slot="campaigns"></div></div>
  <div class="panel"><h2>Công đoàn cơ sở</h2><div data-slot="branches"></div></div>
</div>`;

const today = () => new Date().toISOString().slice(0, 10);
const days = (iso) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

function campaignRow(c, names) {
  const end = c.closedOn || c.closesOn;
  const over = !!c.closedOn || (!!c.closesOn && c.closesOn < today());
  const elapsed = c.closedOn
    ? 100
    : end
      ? f.percent(days(today()) - days(c.opensOn), days(end) - days(c.opensOn))
      : 0;
  const remitted = f.percent(c.remittedVnd, c.collectedVnd);
  return [
    f.esc(c.title ?? c.campaignId),
    c.scope === 'PROVINCE' ? 'Toàn tỉnh' : f.esc(names.get(c.branchId) ?? c.branchId ?? 'Cơ sở'),
    `${f.date(c.opensOn)} – ${end ? f.date(end) : 'chưa định'}`,
    f.money(c.collectedVnd),
    f.money(c.remittedVnd),
    f.progress(remitted, `Đã chuyển ${remitted}%`),
    f.progress(elapsed, end ? `Đã qua ${elapsed}% thời gian` : 'Chưa định ngày kết thúc'),
    `<span class="badge ${over ? 'done' : 'open'}">${over ? 'Đã kết thúc' : 'Đang vận động'}</span>`,
    f.count(c.contributingBranches ?? 0),
  ];
}

function branchRow(b, year) {
  const href = `#/branch/${encodeURIComponent(b.branchId)}?year=${year}`;
  return [
    `<a href="${href}" data-branch="${f.esc(b.branchId)}">${f.esc(b.name ?? b.branchId)}</a>`,
    f.esc(b.parentUnion ?? '—'),
    `<span class="num" data-figure="branch.${f.esc(b.branchId)}.members">${f.num(b.members)}</span>`,
    f.money(b.welfareVnd ?? 0),
    f.money(b.donationsVnd ?? 0),
    f.money(b.balanceVnd ?? 0),
    b.dissolvedOn ? `Giải thể ${f.date(b.dissolvedOn)}` : 'Đang hoạt động',
  ];
}

export function provinceView(root, route, navigate) {
  root.innerHTML = LAYOUT;
  const $ = (sel) => root.querySelector(sel);
  const slot = (name) => $(`[data-slot="${name}"]`);
  const year = route.year;
  const union = route.parentUnion || '';
  $('select[name=year]').innerHTML = f.yearOptions(year);
  const filter = () => ({ year: $('select[name=year]').value, parentUnion: $('select[name=parentUnion]').value });
  root.querySelectorAll('select').forEach((s) => s.addEventListener('change', () => navigate({ view: 'province', ...filter() })));
  const query = () => (union ? `?parentUnion=${encodeURIComponent(union)}` : '');
  downloadButton(
    $('[data-action=workbook]'),
    slot('download'),
    () => `/api/reports/province/years/${year}/workbook${query()}`,
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    () => `tong-hop-${year}.xlsx`,
  );

  function render(p) {
    const m = p.members ?? {};
    const branches = p.branches ?? [];
    // active on the day the year is counted: a branch dissolved the year after still counts
    const countedOn = m.asOf ?? `${year}-12-31`;
    const active = branches.filter((b) => !b.dissolvedOn || b.dissolvedOn > countedOn).length;
    const unions = p.parentUnions ?? [...new Set(branches.map((b) => b.parentUnion).filter(Boolean))];
    const select = $('select[name=parentUnion]');
    // Rewritten only when the list changes: a live refresh must not close an open drop-down.
    if (select.dataset.unions !== JSON.stringify(unions)) {
      select.dataset.unions = JSON.stringify(unions);
      select.innerHTML =
        '<option value="">Tất cả</option>' +
        unions.map((u) => `<option${u === union ? ' selected' : ''}>${f.esc(u)}</option>`).join('');
    }
    slot('cards').innerHTML = [
      f.card('Số công đoàn cơ sở', f.num(branches.length), 'branches', `${f.num(active)} đang hoạt động`),
      f.card('Đoàn viên', f.num(m.total), 'members.total',
        `Nam <b data-figure="members.male">${f.num(m.male)}</b> · Nữ <b data-figure="members.female">${f.num(m.female)}</b>`),
      f.card('Chăm lo đời sống', f.vnd(p.welfare?.amountVnd), 'welfare.amountVnd', `${f.num(p.welfare?.grants)} lượt chăm lo`),
      f.card('Vận động ủng hộ', f.vnd(p.donations?.amountVnd), 'donations.amountVnd'),
      f.card('Số dư tài chính', f.vnd(p.finance?.balanceVnd), 'finance.balanceVnd'),
    ].join('');
    pie($('[data-chart=gender]'), [
      { name: 'Nam', value: m.male ?? 0 },
      { name: 'Nữ', value: m.female ?? 0 },
    ]);
    const ages = m.ageBands ?? {};
    bars($('[data-chart=age]'), f.AGE_BANDS.map(([, l]) => l), f.AGE_BANDS.map(([k]) => ages[k] ?? 0));
    const kinds = f.byAmount(p.welfare?.byKind, (g) => g.amountVnd);
    hbars($('[data-chart=welfare]'), kinds.map(([k]) => f.label(f.GRANT_KINDS, k)), kinds.map(([, g]) => g.amountVnd), true);
    const fin = p.finance ?? {};
    bars($('[data-chart=finance]'), ['Thu', 'Chi', 'Nộp cấp trên', 'Số dư'],
      [fin.incomeVnd, fin.expenseVnd, fin.remittedVnd, fin.balanceVnd].map((v) => v ?? 0), true);
    slot('expense').innerHTML = f.table(['Nội dung chi', 'Số tiền'],
      f.byAmount(fin.byCategory).map(([c, v]) => [f.esc(f.label(f.EXPENSE_CATEGORIES, c)), f.money(v)]));
    slot('branches').innerHTML = f.table(['Công đoàn cơ sở', 'Công đoàn cấp trên', 'Đoàn viên', 'Chăm lo', 'Ủng hộ', 'Số dư', 'Tình trạng'],
      branches.map((b) => branchRow(b, year)), 'Chưa có công đoàn cơ sở');
  }

  function renderCampaigns(result, branches) {
    const names = new Map((branches ?? []).map((b) => [b.branchId, b.name]));
    slot('campaigns').innerHTML =
      result.status === 'rejected'
        ? `<div class="error">${f.esc(result.reason?.status === 403 ? 'Không có quyền xem các cuộc vận động' : message(result.reason))}</div>`
        : f.table(['Cuộc vận động', 'Phạm vi', 'Thời gian', 'Đã thu', 'Đã chuyển', 'Tiến độ chuyển', 'Tiến độ thời gian', 'Trạng thái', 'Số đơn vị'],
            result.value.map((c) => campaignRow(c, names)), 'Chưa có cuộc vận động');
  }

  let seq = 0;
  async function load() {
    const mine = ++seq;
    const [province, campaigns] = await Promise.allSettled([
      getJson(`/api/reports/province/years/${year}${query()}`),
      getJson(`/api/reports/campaigns?year=${year}${union ? `&parentUnion=${encodeURIComponent(union)}` : ''}`),
    ]);
    if (mine !== seq) return; // a newer refresh is under way
    const failed = province.status === 'rejected';
    $('.error').hidden = !failed;
    slot('content').hidden = failed;
    if (failed) {
      $('.error').textContent = message(province.reason);
      return;
    }
    try {
      render(province.value);
      renderCampaigns(campaigns, province.value.branches);
    } catch (e) {
      // A summary of an unexpected shape: say so rather than leave half a page.
      $('.error').hidden = false;
      $('.error').textContent = `Không hiển thị được số liệu (${e.message})`;
    }
  }

  load();
  return { refresh: () => load(), wants: () => true };
}
