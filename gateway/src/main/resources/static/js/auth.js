// Who is signed in. The token lives in sessionStorage: it dies with the tab, and never leaves this
// origin except in the Authorization header.

const TOKEN = 'congdoan.token';
const REFRESH = 'congdoan.refresh';
const PKCE = 'congdoan.pkce';

export const token = () => sessionStorage.getItem(TOKEN);

/** The JWT payload, decoded without verification: the server verifies, we only choose a view. */
export function claims() {
  const jwt = token();
  if (!jwt) return null;
  try {
    const part = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(part), (c) => c.charCodeAt(0));
    const payload = JSON.parse(new TextDecoder().decode(bytes));
    // An OIDC provider may nest roles (Keycloak: realm_access.roles); the platform's claim wins.
    payload.roles = payload.roles ?? payload.realm_access?.roles ?? [];
    return payload;
  } catch {
    return null;
  }
}

export function signedIn() {
  const c = claims();
  return !!c && (!c.exp || c.exp * 1000 > Date.now());
}

const STAFF = ['FEDERATION_STAFF', 'AUDITOR', 'ADMIN'];

/** Staff, auditors and admins see the province; everyone else only their own branch. */
export const seesProvince = (c) => !!c && c.roles.some((r) => STAFF.includes(r));

export async function devSignIn(sub, role, branch) {
  const res = await fetch('/dev/tokens', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ sub, roles: [role], branch: branch || null }),
  });
  const body = await res.json().catch(() => ({}));
  if (!res.ok || !body.token) throw new Error(body.detail || `Không đăng nhập được (${res.status})`);
  sessionStorage.setItem(TOKEN, body.token);
}

export function signOut() {
  clearTimeout(refreshTimer);
  sessionStorage.removeItem(TOKEN);
  sessionStorage.removeItem(REFRESH);
}

// --- OIDC authorization code with PKCE: the browser is a public client, so no secret, and the
// verifier proves that the code is redeemed by the tab that asked for it.

const b64url = (bytes) =>
  btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

const random = () => b64url(crypto.getRandomValues(new Uint8Array(32)));

const redirectUri = () => `${location.origin}/`;

const discovered = new Map();

/** The provider's endpoints, read once per page: sign-in, each refresh and sign-out use them. */
function discover(issuer) {
  if (!discovered.has(issuer)) {
    const reading = fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`).then((res) => {
      if (!res.ok) throw new Error(`Không đọc được cấu hình OIDC (${res.status})`);
      return res.json();
    });
    // a failed read is tried again next time, not remembered
    reading.catch(() => discovered.delete(issuer));
    discovered.set(issuer, reading);
  }
  return discovered.get(issuer);
}

/** Trades a grant at the provider's token endpoint for tokens, and keeps them. */
async function tokens(config, grant, failure) {
  const meta = await discover(config.issuer);
  const res = await fetch(meta.token_endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...grant, client_id: config.clientId }),
  });
  const body = await res.json().catch(() => ({}));
  if (!res.ok || !body.access_token) throw new Error(body.error_description || failure(res.status));
  keep(body);
}

export async function startOidc(config) {
  const meta = await discover(config.issuer);
  const verifier = random();
  const state = random();
  const challenge = b64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  // Keep the hash so the user lands back on the view they asked for.
  sessionStorage.setItem(PKCE, JSON.stringify({ verifier, state, hash: location.hash }));
  const url = new URL(meta.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: redirectUri(),
    scope: 'openid profile',
    // the provider's sign-in page in the app's language, whatever the browser's
    ui_locales: 'vi',
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  });
  location.assign(url);
}

/** Finishes a login when the issuer redirected back with ?code=…&state=…; false otherwise. */
export async function completeOidc(config) {
  const params = new URLSearchParams(location.search);
  if (!params.has('code') && !params.has('error')) return false;
  const saved = JSON.parse(sessionStorage.getItem(PKCE) || '{}');
  sessionStorage.removeItem(PKCE);
  // The code must not stay in the address bar or the history.
  history.replaceState(null, '', `/${saved.hash || ''}`);
  if (params.has('error')) throw new Error(params.get('error_description') || params.get('error'));
  if (!saved.state || saved.state !== params.get('state')) throw new Error('Phiên đăng nhập không hợp lệ');
  await tokens(
    config,
    {
      grant_type: 'authorization_code',
      code: params.get('code'),
      redirect_uri: redirectUri(),
      code_verifier: saved.verifier,
    },
    () => 'Không lấy được mã truy cập',
  );
  return true;
}

function keep(tokens) {
  sessionStorage.setItem(TOKEN, tokens.access_token);
  if (tokens.refresh_token) sessionStorage.setItem(REFRESH, tokens.refresh_token);
}

// --- Token refresh: an access token lives minutes (the provider decides); the app trades the
// refresh token for a new one before it expires, so a user working all afternoon is not sent back
// to the sign-in page, and a session ended at the provider ends here at the next refresh.

let refreshTimer = null;

/** When to refresh: a quarter of the token's life before it ends, at most a minute before. */
function refreshDelay() {
  const exp = claims()?.exp;
  if (!exp) return null;
  const left = exp * 1000 - Date.now();
  return Math.max(0, left - Math.min(60_000, left / 4));
}

function refresh(config) {
  return tokens(
    config,
    { grant_type: 'refresh_token', refresh_token: sessionStorage.getItem(REFRESH) },
    (status) => `refresh ${status}`,
  );
}

/**
 * Keeps the signed-in user's token fresh until sign-out; {@code onEnded} is called when the
 * provider refuses the refresh token (session ended or expired). A token already expired at page
 * load is refreshed at once.
 */
export async function keepFresh(config, onEnded) {
  clearTimeout(refreshTimer);
  if (!sessionStorage.getItem(REFRESH)) return;
  const delay = refreshDelay();
  if (delay === null) return;
  const run = async () => {
    try {
      await refresh(config);
      keepFresh(config, onEnded);
    } catch {
      sessionStorage.removeItem(REFRESH);
      onEnded();
    }
  };
  if (delay === 0) return run();
  refreshTimer = setTimeout(run, delay);
}

/** Ends the session at the provider too, then comes back to the app's first page. */
export async function endOidcSession(config) {
  const meta = await discover(config.issuer);
  if (!meta.end_session_endpoint) return;
  const url = new URL(meta.end_session_endpoint);
  url.search = new URLSearchParams({ client_id: config.clientId, post_logout_redirect_uri: redirectUri() });
  location.assign(url);
}
