// Start-up, sign-in, hash routing and the live feed. Routes: #/province?year=&parentUnion=
// and #/branch/<id>[/<tab>]?year= — hash routes, so a refetch or a filter never reloads the page.
import * as auth from './auth.js';
import { onUnauthorized } from './api.js';
import { disposeIn } from './charts.js';
import { branchView } from './branch.js';
import { provinceView } from './province.js';
import { screenView } from './workspace.js';
import { connect, debounce } from './live.js';
import { ROLES, esc } from './format.js';

const main = document.querySelector('main');
const header = document.querySelector('.topbar');
let config = { signIn: 'dev' };
let view = null;
let live = null;

function parseRoute() {
  const [path, search] = location.hash.replace(/^#/, '').split('?');
  const q = new URLSearchParams(search || '');
  const year = Number(q.get('year')) || new Date().getFullYear();
  const branch = /^\/branch\/([^/]+)(?:\/([a-z]+))?$/.exec(path || '');
  if (branch) return { view: 'branch', branchId: decodeURIComponent(branch[1]), tab: branch[2] || '', year };
  const page = /^\/(staff|audit)\/([a-z-]+)$/.exec(path || '');
  if (page) return { view: 'page', section: page[1], tab: page[2], year };
  return { view: 'province', year, parentUnion: q.get('parentUnion') || '' };
}

function navigate(route) {
  const q = new URLSearchParams({ year: route.year });
  if (route.parentUnion) q.set('parentUnion', route.parentUnion);
  location.hash =
    route.view === 'branch'
      ? `#/branch/${encodeURIComponent(route.branchId)}${route.tab ? `/${route.tab}` : ''}?${q}`
      : `#/province?${q}`;
}

function show() {
  if (!auth.signedIn()) return showSignIn();
  const claims = auth.claims();
  const seesProvince = auth.seesProvince(claims);
  let route = parseRoute();
  if (route.view === 'province' && !seesProvince) {
    if (!claims.branch) return showMessage('Tài khoản chưa được gắn với công đoàn cơ sở nào.');
    route = { view: 'branch', branchId: claims.branch, tab: '', year: route.year };
  }
  disposeIn(main);
  if (route.view !== 'branch') {
    const mine = PAGES.filter((p) => p[4].some((r) => claims.roles.includes(r)));
    const page = mine.find(([section, tab]) => route.view === 'page' && section === route.section && tab === route.tab);
    main.innerHTML = `${pageTabs(route, mine)}<section class="view"></section>`;
    const root = main.querySelector('.view');
    if (page) view = screenView(root, page[3], null);
    else if (route.view === 'page') return showMessage('Trang này không dành cho vai trò của bạn.');
    else view = provinceView(root, route, navigate);
    return;
  }
  main.innerHTML = `${tabs(route)}<section class="view"></section>`;
  const root = main.querySelector('.view');
  const screen = TABS.find(([tab]) => tab === route.tab)?.[2];
  view = screen
    ? screenView(root, screen, route.branchId)
    : branchView(root, route, { claims, seesProvince, navigate });
}

// [hash tail, label, screen]: the branch's overview, then the screens where its work is recorded.
const TABS = [
  ['', 'Tổng quan', null],
  ['members', 'Đoàn viên', 'roster'],
  ['welfare', 'Chăm lo', 'welfare'],
  ['donations', 'Vận động', 'donations'],
  ['finance', 'Tài chính', 'finance'],
  ['records', 'Hoạt động', 'records'],
  ['review', 'Tổng kết năm', 'review'],
];

// The province's pages beyond the dashboards: [section, tab, label, screen, roles who do that work].
const AUDIT = ['AUDITOR', 'ADMIN'];
const STAFF = ['FEDERATION_STAFF', 'ADMIN'];
const PAGES = [
  ['audit', 'history', 'Lịch sử sự kiện', 'audit-history', AUDIT],
  ['audit', 'as-of', 'Báo cáo tại thời điểm', 'audit-as-of', AUDIT],
  ['audit', 'replays', 'Dựng lại', 'audit-replays', AUDIT],
  ['audit', 'verification', 'Kiểm tra chuỗi', 'audit-verification', AUDIT],
  ['staff', 'branches', 'Công đoàn cơ sở', 'staff-branches', STAFF],
  ['staff', 'attention', 'Cần xử lý', 'staff-attention', STAFF],
  ['staff', 'campaigns', 'Vận động toàn tỉnh', 'staff-campaigns', STAFF],
];

function pageTabs(route, mine) {
  if (!mine.length) return '';
  const here = route.view === 'page' ? `#/${route.section}/${route.tab}` : '#/province';
  const links = [['#/province', 'Toàn tỉnh'], ...mine.map(([section, tab, text]) => [`#/${section}/${tab}`, text])].map(
    ([href, text]) => `<a href="${href}"${href === here ? ' aria-current="page"' : ''}>${esc(text)}</a>`,
  );
  return `<nav class="tabs" aria-label="Công việc của Liên đoàn">${links.join('')}</nav>`;
}

function tabs(route) {
  const base = `#/branch/${encodeURIComponent(route.branchId)}`;
  const links = TABS.map(([tab, text]) => {
    const current = tab === route.tab ? ' aria-current="page"' : '';
    return `<a href="${base}${tab ? `/${tab}` : ''}?year=${route.year}"${current}>${esc(text)}</a>`;
  });
  return `<nav class="tabs" aria-label="Công việc của công đoàn cơ sở">${links.join('')}</nav>`;
}

function showMessage(text) {
  disposeIn(main);
  view = null;
  main.innerHTML = `<section class="view"><div class="error" role="alert">${esc(text)}</div></section>`;
}

function renderHeader() {
  const c = auth.signedIn() ? auth.claims() : null;
  header.querySelector('.user').innerHTML = c
    ? `${esc(c.name ?? c.preferred_username ?? c.sub)} · ${esc(c.roles.map((r) => ROLES[r] ?? r).join(', '))}` +
      (c.branch ? ` · ${esc(c.branch)}` : '')
    : '';
  header.querySelector('[data-action=sign-out]').hidden = !c;
}

function setLive(connected) {
  header.querySelector('.live').hidden = !connected;
}

// Changes arrive in bursts; collect the branch ids and refetch once the burst is over.
let pending = new Set();
let everything = false;
const flush = debounce(() => {
  const ids = everything ? null : [...pending];
  pending = new Set();
  everything = false;
  if (view && view.wants(ids)) view.refresh();
}, 300);

function startLive() {
  live?.stop();
  live = connect({
    onStatus: setLive,
    onUnauthorized: expired,
    onChange(ids) {
      if (ids) ids.forEach((id) => pending.add(id));
      else everything = true;
      flush();
    },
  });
}

function signedInNow() {
  renderHeader();
  startLive();
  show();
}

/** Signs out here, and at the OIDC provider too unless the session already ended there. */
function signOut(atProviderToo = true) {
  live?.stop();
  live = null;
  const atProvider = atProviderToo && config.signIn === 'oidc' && auth.token();
  auth.signOut();
  renderHeader();
  showSignIn();
  if (atProvider) auth.endOidcSession(config).catch(() => {});
}

function expired() {
  if (auth.token()) signOut(false);
}

function showSignIn(error = '') {
  disposeIn(main);
  view = null;
  const tpl = document.getElementById(config.signIn === 'oidc' ? 'sign-in-oidc' : 'sign-in-dev');
  main.replaceChildren(tpl.content.cloneNode(true));
  const form = main.querySelector('form');
  const status = form.querySelector('.status');
  status.textContent = error;
  const role = form.elements.role;
  const branchRow = form.querySelector('.branch-field');
  const syncRole = () => {
    if (!role) return;
    branchRow.hidden = role.value !== 'BRANCH_OFFICER';
    form.elements.branch.required = role.value === 'BRANCH_OFFICER';
  };
  role?.addEventListener('change', syncRole);
  syncRole();
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    status.textContent = 'Đang đăng nhập…';
    try {
      if (config.signIn === 'oidc') return await auth.startOidc(config);
      const branch = role.value === 'BRANCH_OFFICER' ? form.elements.branch.value.trim() : null;
      await auth.devSignIn(form.elements.sub.value.trim(), role.value, branch);
      signedInNow();
    } catch (err) {
      status.textContent = err.message;
    }
  });
}

async function boot() {
  header.querySelector('[data-action=sign-out]').addEventListener('click', () => signOut());
  onUnauthorized(expired);
  window.addEventListener('hashchange', () => (auth.signedIn() ? show() : expired()));
  try {
    const res = await fetch('/dashboard/config', { cache: 'no-store' });
    if (res.ok) config = await res.json();
  } catch {
    // Without a config the local sign-in is the only one that can work.
  }
  try {
    if (config.signIn === 'oidc') {
      await auth.completeOidc(config);
      await auth.keepFresh(config, expired);
    }
  } catch (err) {
    return showSignIn(err.message);
  }
  if (auth.signedIn()) signedInNow();
  else {
    auth.signOut();
    renderHeader();
    showSignIn();
  }
}

boot();
