// The screens where users record their work: Alpine.js components whose markup lives in
// /screens/<name>.html. Alpine watches the page, so a screen put into <main> starts by itself and
// is torn down when the next view replaces it.
import Alpine from '/webjars/alpinejs/3.14.9/dist/module.esm.min.js';
import { fieldDirective, outcomeDirective } from './forms.js';
import { registerRoster } from './roster.js';
import { registerWelfare } from './welfare.js';
import { registerDonations } from './donations.js';
import { registerFinance } from './finance.js';
import { registerRecords } from './records.js';
import { registerReview } from './review.js';
import { registerAuditHistory } from './audit-history.js';
import { registerAuditAsOf } from './audit-as-of.js';
import { registerAuditReplays } from './audit-replays.js';
import { registerAuditVerification } from './audit-verification.js';
import { registerStaffBranches } from './staff-branches.js';
import { registerStaffAttention } from './staff-attention.js';
import { registerStaffCampaigns } from './staff-campaigns.js';

let started = false;
const markup = new Map();

function start() {
  if (started) return;
  fieldDirective(Alpine);
  outcomeDirective(Alpine);
  registerRoster(Alpine);
  registerWelfare(Alpine);
  registerDonations(Alpine);
  registerFinance(Alpine);
  registerRecords(Alpine);
  registerReview(Alpine);
  registerAuditHistory(Alpine);
  registerAuditAsOf(Alpine);
  registerAuditReplays(Alpine);
  registerAuditVerification(Alpine);
  registerStaffBranches(Alpine);
  registerStaffAttention(Alpine);
  registerStaffCampaigns(Alpine);
  Alpine.start();
  started = true;
}

async function html(name) {
  if (!markup.has(name)) {
    markup.set(
      name,
      fetch(`/screens/${name}.html`).then((r) => {
        if (!r.ok) throw new Error(`Không tải được màn hình (${r.status})`);
        return r.text();
      }),
    );
  }
  return markup.get(name);
}

/**
 * A screen about one branch, refreshed by the live feed when that branch changes; or, with no
 * branch, a province page refreshed by any change.
 */
export function screenView(root, name, branchId) {
  start();
  let screen = null;
  root.innerHTML = '<p class="muted">Đang tải…</p>';
  html(name)
    .then((text) => {
      const t = document.createElement('template');
      t.innerHTML = text.trim();
      screen = t.content.firstElementChild;
      if (branchId) screen.dataset.branch = branchId;
      root.replaceChildren(screen);
    })
    .catch((e) => {
      markup.delete(name);
      root.innerHTML = `<div class="error" role="alert"></div>`;
      root.firstElementChild.textContent = e.message;
    });
  return {
    wants: (ids) => !ids || !branchId || ids.includes(branchId),
    refresh: () => screen?.isConnected && Alpine.$data(screen).load?.(),
  };
}
