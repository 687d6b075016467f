// ECharts from the webjar (a classic script defining window.echarts). Without it the dashboards
// still work: every chart has a table next to it.
import { num, vnd } from './format.js';

const PALETTE = ['#c8102e', '#1f5fa8', '#e0a100', '#2e8b57', '#7b4fa0', '#d2691e', '#4a90a4', '#8c8c8c'];
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';

const observer =
  'ResizeObserver' in window
    ? new ResizeObserver((items) => items.forEach((i) => window.echarts?.getInstanceByDom(i.target)?.resize()))
    : null;

/**
 * Draws into el, reusing the chart already there: a live refresh then updates in place instead of
 * flashing an empty canvas.
 */
function draw(el, option) {
  if (!el || !window.echarts) return;
  let chart = window.echarts.getInstanceByDom(el);
  if (!chart) {
    chart = window.echarts.init(el, null, { renderer: 'canvas' });
    observer?.observe(el);
  }
  chart.setOption({ color: PALETTE, textStyle: { fontFamily: FONT }, animationDuration: 300, ...option }, true);
}

const empty = (values) => values.every((v) => !Number(v));

const noData = {
  title: { text: 'Chưa có số liệu', left: 'center', top: 'middle', textStyle: { color: '#888', fontSize: 14 } },
};

export function pie(el, items, money = false) {
  if (empty(items.map((i) => i.value))) return draw(el, noData);
  draw(el, {
    tooltip: { trigger: 'item', formatter: (p) => `${p.name}: ${money ? vnd(p.value) : num(p.value)} (${p.percent}%)` },
    legend: { bottom: 0, type: 'scroll' },
    series: [
      {
        type: 'pie',
        radius: ['35%', '65%'],
        center: ['50%', '45%'],
        label: { formatter: (p) => `${p.name}\n${money ? vnd(p.value) : num(p.value)}` },
        data: items,
      },
    ],
  });
}

/** Vertical bars for short labels (age bands, finance lines). */
export function bars(el, labels, values, money = false) {
  if (empty(values)) return draw(el, noData);
  const fmt = money ? vnd : num;
  draw(el, {
    tooltip: { trigger: 'axis', valueFormatter: fmt },
    grid: { left: 8, right: 8, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, hideOverlap: true } },
    yAxis: { type: 'value', axisLabel: { formatter: money ? compact : num } },
    series: [
      {
        type: 'bar',
        data: values.map((v, i) => ({ value: v, itemStyle: { color: PALETTE[i % PALETTE.length] } })),
        label: { show: true, position: 'top', formatter: (p) => (money ? compact(p.value) : num(p.value)) },
      },
    ],
  });
}

/** Horizontal bars for long Vietnamese labels (welfare kinds, expense categories). */
export function hbars(el, labels, values, money = false) {
  if (empty(values)) return draw(el, noData);
  const fmt = money ? vnd : num;
  draw(el, {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: fmt },
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    // Few ticks: on a phone the value axis has room for three or four labels only.
    xAxis: { type: 'value', splitNumber: 3, axisLabel: { formatter: money ? compact : num, hideOverlap: true } },
    yAxis: { type: 'category', data: labels, inverse: true, axisLabel: { width: 150, overflow: 'truncate' } },
    series: [{ type: 'bar', data: values, label: { show: true, position: 'right', formatter: (p) => compact(p.value) } }],
  });
}

// Axis labels in millions ("tr") keep narrow charts readable on a phone.
function compact(v) {
  const n = Number(v);
  if (Math.abs(n) >= 1e9) return `${num(Math.round(n / 1e8) / 10)} tỷ`;
  if (Math.abs(n) >= 1e6) return `${num(Math.round(n / 1e5) / 10)} tr`;
  return num(n);
}

/** Frees the charts of a view that is being replaced. */
export function disposeIn(root) {
  root?.querySelectorAll('.chart').forEach((el) => {
    observer?.unobserve(el);
    window.echarts?.getInstanceByDom(el)?.dispose();
  });
}
