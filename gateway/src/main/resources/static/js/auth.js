// Who is signed in. The token lives in sessionStorage: it dies with the tab, and never leaves this
// origin except in the Authorization header.

const TOKEN = 'congdoan.token';
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
  sessionStorage.removeItem(TOKEN);
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

async function discover(issuer) {
  const res = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
  if (!res.ok) throw new Error(`Không đọc được cấu hình OIDC (${res.status})`);
  return res.json();
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
  const meta = await discover(config.issuer);
  const res = await fetch(meta.token_endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: params.get('code'),
      redirect_uri: redirectUri(),
      client_id: config.clientId,
      code_verifier: saved.verifier,
    }),
  });
  const body = await res.json().catch(() => ({}));
  if (!res.ok || !body.access_token) throw new Error(body.error_description || 'Không lấy được mã truy cập');
  sessionStorage.setItem(TOKEN, body.access_token);
  return true;
}
