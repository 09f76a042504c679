import * as echarts from 'echarts';
import { h } from './dom.js';

const FONT = '"WenQuanYi Micro Hei", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif';

/** An ECharts chart in a new box; the instance is on box.chart. */
export function chart(name, option, ctx, height = 320) {
  const box = h('div', { class: 'chart', dataset: { chart: name }, role: 'img' });
  box.style.height = height + 'px';
  ctx.afterAttach(() => {
    const instance = echarts.init(box, null, { renderer: 'canvas' });
    instance.setOption({ textStyle: { fontFamily: FONT }, animation: false, ...option });
    box.chart = instance;
    const resize = () => instance.resize();
    window.addEventListener('resize', resize);
    ctx.onDispose(() => { window.removeEventListener('resize', resize); instance.dispose(); });
  });
  return box;
}

/** Horizontal stacked bars, one per category; highlight names one category to mark. */
export function bars(name, { categories, series, highlight }, ctx) {
  const height = Math.max(200, 28 * categories.length + 80);
  return chart(name, {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 30, bottom: 8, containLabel: true },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: categories, inverse: true,
      axisLabel: { width: 180, overflow: 'truncate',
        formatter: v => (v === highlight ? '{mark|' + v + '}' : v), rich: { mark: { fontWeight: 'bold', color: '#d62828' } } } },
    series: series.map(s => ({ type: 'bar', stack: 'all', name: s.name, data: s.data, color: s.color })),
  }, ctx, height);
}
