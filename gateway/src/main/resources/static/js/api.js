// Calls to /api/** with the bearer token, errors as problem+json, and downloads (a link cannot
// carry the Authorization header, so files are fetched and saved from a blob).
import { token } from './auth.js';

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail || `Lỗi ${status}`);
    this.status = status;
  }
}

let unauthorized = () => {};

/** Called on a 401: the token expired or was refused, so the user must sign in again. */
export function onUnauthorized(handler) {
  unauthorized = handler;
}

export const notifyUnauthorized = () => unauthorized();

export async function call(path, accept) {
  const res = await fetch(path, {
    // The app speaks Vietnamese, so it asks for its refusals in Vietnamese whatever the browser's language.
    headers: { Authorization: `Bearer ${token()}`, Accept: accept, 'Accept-Language': 'vi' },
    cache: 'no-store',
  });
  if (res.ok) return res;
  const problem = await res.json().catch(() => ({}));
  if (res.status === 401) unauthorized();
  throw refused(res, problem);
}

/** The problem a refusal answered, with how long to wait when the server said (429, 503). */
export function refused(res, problem) {
  const error = new ApiError(res.status, problem.detail || problem.title);
  error.retryAfter = Number(res.headers.get('Retry-After')) || null;
  return error;
}

export async function getJson(path) {
  return (await call(path, 'application/json')).json();
}

/** What to tell the user about a failed call. */
export function message(error) {
  if (error?.status === 403) return 'Bạn không có quyền xem công đoàn này';
  if (error?.status === 401) return 'Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại';
  if (error instanceof ApiError && error.status === 429 && error.retryAfter) {
    return `${error.message} Vui lòng thử lại sau ${error.retryAfter} giây.`;
  }
  if (error instanceof ApiError) return error.message;
  return `Không kết nối được máy chủ (${error?.message ?? error})`;
}

// RFC 6266: filename* (RFC 5987, UTF-8 — Vietnamese names) takes precedence over filename.
export function filenameOf(disposition, fallback) {
  const star = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(disposition || '');
  if (star) {
    try {
      return decodeURIComponent(star[2].trim().replace(/^"|"$/g, ''));
    } catch {
      /* fall through to the plain name */
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(disposition || '');
  return plain ? (plain[2] ?? plain[1]).trim() : fallback;
}

export async function download(path, accept, fallbackName) {
  const res = await call(path, accept);
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filenameOf(res.headers.get('Content-Disposition'), fallbackName);
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the save in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Wires a button to a download, showing progress and failure on the button's status line. */
export function downloadButton(button, status, path, accept, fallbackName) {
  button.addEventListener('click', async () => {
    button.disabled = true;
    status.textContent = 'Đang tải…';
    try {
      await download(path(), accept, fallbackName());
      status.textContent = '';
    } catch (e) {
      status.textContent = message(e);
    } finally {
      button.disabled = false;
    }
  });
}
