// One branch's year: what its year-end report prints, live. A branch officer reaches only their
// own branch; the server enforces it, this view only says so in Vietnamese.
import { getJson, message, downloadButton } from './api.js';
import { bars, hbars } from './charts.js';
import * as f from './format.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const LAYOUT = `
<div class="view-head">
  <a class="back" href="#/province" hidden>← Toàn tỉnh</a>
  <h1 data-slot="title">Công đoàn cơ sở</h1>
  <div class="subtitle" data-slot="subtitle"></div>
  <div class="filters">
    <label>Năm <select name="year"></select></label>
    <button type="button" data-action="docx">Tải báo cáo (Word)</button>
    <button type="button" data-action="pdf">Tải báo cáo (PDF)</button>
    <span class="status" data-slot="download"></span>
  </div>
</div>
<div class="error" role="alert" hidden></div>
<div data-slot="content" hidden>
  <div class="cards" data-slot="cards"></div>
  <div class="grid">
    <div class="panel"><h2>Đoàn viên theo tổ công đoàn</h2><div data-slot="groups"></div></div>
    <div class="panel"><h2>Đoàn viên theo độ tuổi</h2><div class="chart" data-chart="age"></div></div>
    <div class="panel wide"><h2>Chăm lo đời sống</h2>
      <div class="split"><div class="chart tall" data-chart="welfare"></div><div data-slot="welfare"></div></div></div>
    <div class="panel"><h2>Vận động ủng hộ</h2><div data-slot="donations"></div></div>
    <div class="panel"><h2>Hoạt động, phong trào</h2><div data-slot="activities"></div></div>
    <div class="panel"><h2>Thi đua, khen thưởng, học tập</h2><div data-slot="awards"></div></div>
    <div class="panel"><h2>Đánh giá xếp loại</h2><div data-slot="ratings"></div></div>
    <div class="panel"><h2>Công tác kiểm tra</h2><div data-slot="inspection"></div></div>
    <div class="panel"><h2>Tài chính</h2><div data-slot="finance"></div></div>
    <div class="panel"><h2>Chi theo nội dung</h2><div class="chart" data-chart="expense"></div></div>
  </div>
</div>`;

const counts = (obj, labels = {}) =>
  f.entries(obj).map(([k, n]) => [f.esc(f.label(labels, k)), f.count(n)]);

function render(root, s) {
  const slot = (name) => root.querySelector(`[data-slot="${name}"]`);
  const m = s.members ?? {};
  slot('title').textContent = s.name ?? s.branchId;
  document.title = `${s.name ?? s.branchId} — Công đoàn`;
  slot('subtitle').innerHTML = [
    s.parentUnion ? `Công đoàn cấp trên: ${f.esc(s.parentUnion)}` : '',
    s.dissolvedOn ? `<span class="badge done">Giải thể ${f.date(s.dissolvedOn)}</span>` : '',
    m.asOf ? `Số liệu đến ngày ${f.date(m.asOf)}` : '',
  ].filter(Boolean).join(' · ');
  slot('cards').innerHTML = [
    f.card('Tổng số đoàn viên', f.num(m.total), 'members.total', m.honorary ? `${f.num(m.honorary)} đoàn viên danh dự` : ''),
    f.card('Nam', f.num(m.male), 'members.male'),
    f.card('Nữ', f.num(m.female), 'members.female'),
    f.card('Tổ công đoàn', f.num(m.groups), 'members.groups'),
    f.card('Kết nạp / giảm', `${f.num(m.joined)} / ${f.num(m.left)}`, 'members.joinedLeft',
      `Chuyển đến ${f.num(m.transferredIn)} · chuyển đi ${f.num(m.transferredOut)}`),
    f.card('Vận động ủng hộ', f.vnd(s.donations?.amountVnd), 'donations.amountVnd'),
  ].join('');
  slot('groups').innerHTML = f.table(['Tổ công đoàn', 'Đoàn viên'],
    (m.byGroup ?? []).map((g) => [f.esc(g.name ?? g.groupId), f.count(g.total)]));
  const ages = m.ageBands ?? {};
  bars(root.querySelector('[data-chart=age]'), f.AGE_BANDS.map(([, l]) => l), f.AGE_BANDS.map(([k]) => ages[k] ?? 0));

  const w = s.welfare ?? {};
  const kinds = f.byAmount(w.byKind, (g) => g.amountVnd);
  hbars(root.querySelector('[data-chart=welfare]'), kinds.map(([k]) => f.label(f.GRANT_KINDS, k)), kinds.map(([, g]) => g.amountVnd), true);
  slot('welfare').innerHTML = f.table(['Nội dung', 'Lượt', 'Người nhận', 'Số tiền'],
    [...kinds.map(([k, g]) => [f.esc(f.label(f.GRANT_KINDS, k)), f.count(g.grants), f.count(g.recipients), f.money(g.amountVnd)]),
      ...(kinds.length ? [['<b>Cộng</b>', f.count(w.grants), f.count(w.recipients), `<b>${f.money(w.amountVnd)}</b>`]] : [])]);

  const d = s.donations ?? {};
  slot('donations').innerHTML = f.table(['Cuộc vận động', 'Số tiền'],
    [...(d.byCampaign ?? []).map((c) => [f.esc(c.title ?? c.campaignId), f.money(c.amountVnd)]),
      ...(d.byCampaign?.length ? [['<b>Cộng</b>', `<b>${f.money(d.amountVnd)}</b>`]] : [])]);

  const a = s.activities ?? {};
  slot('activities').innerHTML = f.table(['Hoạt động', 'Số lần', 'Lượt tham gia'],
    f.entries(a.byKind).map(([k, v]) => [f.esc(f.label(f.ACTIVITY_KINDS, k)), f.count(v.count), f.count(v.participants)]));

  const aw = s.awards ?? {};
  const ach = s.achievements ?? {};
  slot('awards').innerHTML =
    f.table(['Khen thưởng', 'Số lượng'], [
      ['Tổng số', f.count(aw.total)], ['Tập thể', f.count(aw.collective)], ['Cá nhân', f.count(aw.individual)],
    ]) + f.table(['Học tập, bồi dưỡng', 'Số người'], counts(ach.byKind, f.ACHIEVEMENT_KINDS), 'Chưa ghi nhận');

  const r = s.ratings ?? {};
  slot('ratings').innerHTML =
    `<p>Công đoàn cơ sở: <b>${f.esc(r.branch ? f.label(f.COLLECTIVE_RATINGS, r.branch) : 'chưa xếp loại')}</b></p>` +
    f.table(['Tổ công đoàn', 'Số tổ'], counts(r.groups, f.COLLECTIVE_RATINGS), 'Chưa xếp loại') +
    f.table(['Đoàn viên', 'Số người'], counts(r.members, f.MEMBER_RATINGS), 'Chưa xếp loại');

  const i = s.inspection ?? {};
  slot('inspection').innerHTML = f.table(['Nội dung', 'Số lượng'], [
    ['Khiếu nại, tố cáo nhận được', f.count(i.complaintsReceived)],
    ['Đã giải quyết', f.count(i.complaintsResolved)],
    ['Cuộc kiểm tra', f.count(i.inspections)],
    ['Vi phạm phát hiện', f.count(i.violationsFound)],
  ]);

  const fin = s.finance ?? {};
  const line = (label, v) => [label, f.money(v)];
  slot('finance').innerHTML = f.table(['Khoản', 'Số tiền'], [
    line('<b>Tổng thu</b>', fin.incomeVnd), line('— Đoàn phí', fin.duesVnd),
    line('— Kinh phí công đoàn', fin.unionFundingVnd), line('— Thu khác', fin.otherIncomeVnd),
    line('<b>Tổng chi</b>', fin.expenseVnd), line('Nộp cấp trên', fin.remittedVnd),
    ...(fin.handedOverVnd ? [line('Bàn giao khi giải thể', fin.handedOverVnd)] : []),
    line('<b>Số dư</b>', fin.balanceVnd),
  ]);
  const cats = f.byAmount(fin.byCategory);
  hbars(root.querySelector('[data-chart=expense]'), cats.map(([c]) => f.label(f.EXPENSE_CATEGORIES, c)), cats.map(([, v]) => v), true);
}

/** ctx: {claims, seesProvince, navigate}. */
export function branchView(root, route, ctx) {
  root.innerHTML = LAYOUT;
  const $ = (sel) => root.querySelector(sel);
  const { branchId, year } = route;
  const base = `/api/reports/branches/${encodeURIComponent(branchId)}/years/${year}`;
  $('.back').hidden = !ctx.seesProvince;
  $('.back').href = `#/province?year=${year}`;
  $('select[name=year]').innerHTML = f.yearOptions(year);
  $('select[name=year]').addEventListener('change', (e) => ctx.navigate({ view: 'branch', branchId, year: e.target.value }));
  for (const [format, accept] of [['docx', DOCX], ['pdf', 'application/pdf']]) {
    downloadButton($(`[data-action=${format}]`), $('[data-slot=download]'),
      () => `${base}/document?format=${format}`, accept, () => `bao-cao-${year}.${format}`);
  }
  // Another branch's officer gets 404 from the server (so ids do not leak); to the user it is the
  // same refusal as a 403.
  const foreign = !ctx.seesProvince && ctx.claims?.branch !== branchId;

  const error = (text) => {
    $('.error').textContent = text;
    $('.error').hidden = !text;
  };

  let seq = 0;
  async function load() {
    const mine = ++seq;
    let summary;
    try {
      summary = await getJson(base);
    } catch (e) {
      if (mine !== seq) return;
      const forbidden = e.status === 403 || (foreign && e.status === 404);
      error(forbidden ? message({ status: 403 }) : message(e));
      // Nothing of a refused branch may stay on screen, not even an earlier render.
      $('[data-slot=content]').hidden = true;
      $('[data-slot=cards]').innerHTML = '';
      if (forbidden) $('.filters').hidden = true;
      return;
    }
    if (mine !== seq) return;
    try {
      render(root, summary);
      error('');
      $('[data-slot=content]').hidden = false;
    } catch (e) {
      error(`Không hiển thị được số liệu (${e.message})`);
    }
  }

  load();
  return { refresh: () => load(), wants: (ids) => !ids || ids.includes(branchId) };
}
