// The live feed: GET /api/reports/live is text/event-stream behind a bearer token, and EventSource
// cannot send headers, so the stream is read with fetch() and its frames parsed here.
import { token } from './auth.js';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Splits complete SSE frames off the buffer; returns [frames, rest]. */
export function parseFrames(buffer) {
  const frames = [];
  // A CR at the very end may be half of a CRLF split between two chunks: keep it for the next.
  const held = buffer.endsWith('\r') ? '\r' : '';
  const parts = buffer.slice(0, buffer.length - held.length).replace(/\r\n?/g, '\n').split('\n\n');
  const rest = parts.pop() + held;
  for (const part of parts) {
    const frame = { event: 'message', data: [] };
    for (const line of part.split('\n')) {
      if (!line || line.startsWith(':')) continue; // comments are keep-alives
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') frame.event = value;
      else if (field === 'data') frame.data.push(value);
    }
    if (frame.data.length || frame.event !== 'message') {
      frames.push({ event: frame.event, data: frame.data.join('\n') });
    }
  }
  return [frames, rest];
}

/**
 * Keeps the stream open until stop() is called, reconnecting with exponential backoff (1 s … 30 s,
 * jittered so that many dashboards do not reconnect in step after a restart).
 */
export function connect({ onChange, onStatus, onUnauthorized }) {
  let stopped = false;
  let controller;
  let delay = 1000;

  async function once() {
    controller = new AbortController();
    const res = await fetch('/api/reports/live', {
      headers: { Authorization: `Bearer ${token()}`, Accept: 'text/event-stream' },
      cache: 'no-store',
      signal: controller.signal,
    });
    if (res.status === 401) {
      stopped = true;
      onUnauthorized();
      return;
    }
    if (!res.ok || !res.body) throw new Error(`live ${res.status}`);
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      let frames;
      [frames, buffer] = parseFrames(buffer + value);
      for (const frame of frames) {
        if (frame.event === 'ready') {
          delay = 1000;
          onStatus(true);
        } else if (frame.event === 'changed') {
          let ids = null;
          try {
            ids = JSON.parse(frame.data).branchIds ?? null;
          } catch {
            /* an unreadable frame still means something changed */
          }
          onChange(ids);
        }
      }
    }
  }

  (async () => {
    while (!stopped) {
      try {
        await once();
      } catch {
        /* dropped or refused: retried below */
      }
      if (stopped) break;
      onStatus(false);
      await sleep(delay * (0.75 + Math.random() / 2));
      delay = Math.min(delay * 2, 30_000);
    }
  })();

  return {
    stop() {
      stopped = true;
      controller?.abort();
      onStatus(false);
    },
  };
}

/** Coalesces bursts (a roster import changes hundreds of projections) into one refetch. */
export function debounce(fn, ms = 300) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
