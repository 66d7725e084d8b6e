import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
const benchDir = '/work/main/scripts/bench';
const outDir = '/tmp/benchprof/dist';
const which = process.argv[2];
const markers = { name: 'markers', enforce: 'pre', transform(code, id) {
  if (!id.endsWith('bench.tsx')) return null;
  if (which === 'mount') return code.replace('root.render(tree);', 'globalThis.MARKER_START(); root.render(tree);').replace('const commit = await shown;', 'const commit = await shown; globalThis.MARKER_END();');
  return code.replace('control.click();', 'globalThis.MARKER_START(); control.click();').replace('const commit = await gone;', 'const commit = await gone; globalThis.MARKER_END();');
} };
await build({ root: benchDir, configFile: false, mode: 'production', logLevel: 'error', plugins: [markers, react()], define: { 'process.env.NODE_ENV': '"production"' },
  build: { outDir, emptyOutDir: true, target: 'esnext', minify: false } });
const server = await preview({ root: benchDir, configFile: false, logLevel: 'silent', build: { outDir }, preview: { host: '127.0.0.1', port: 0 } });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--js-flags=--expose-gc'] });
try {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    window.MARKER_START = function MARKER_START() { const t = performance.now(); while (performance.now() - t < 2); };
    window.MARKER_END = function MARKER_END() { const t = performance.now(); while (performance.now() - t < 2); };
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await page.goto(`http://127.0.0.1:${server.httpServer.address().port}/`);
  await page.waitForFunction(() => typeof window.benchOnce === 'function');
  await page.evaluate(() => window.benchOnce());
  await cdp.send('Profiler.start');
  await page.evaluate(() => window.benchOnce());
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map(n => [n.id, n]));
  const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  let t = profile.startTime; const times = profile.timeDeltas.map(d => (t += d));
  const stackHas = (id, name) => { for (let x = id; x; x = parent.get(x)) if (byId.get(x).callFrame.functionName === name) return true; return false; };
  const startIdx = profile.samples.findIndex(id => stackHas(id, 'MARKER_START'));
  let endIdx = profile.samples.findIndex((id, i) => i > startIdx && stackHas(id, 'MARKER_END'));
  console.log(which, 'window ms', ((times[endIdx] - times[startIdx]) / 1000).toFixed(1));
  const self = new Map(), incl = new Map();
  for (let i = startIdx; i < endIdx; i++) {
    const id = profile.samples[i]; const d = (profile.timeDeltas[i + 1] ?? 0) / 1000; const n = byId.get(id);
    const k = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) || 0) + d);
    const seen = new Set(); for (let x = id; x; x = parent.get(x)) { const f = byId.get(x).callFrame; const kk = `${f.functionName || '(anon)'}:${f.lineNumber}`; if (seen.has(kk)) continue; seen.add(kk); incl.set(kk, (incl.get(kk) || 0) + d); }
  }
  console.log('SELF'); console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 14).map(([k, v]) => `  ${v.toFixed(1)} ${k}`).join('\n'));
  console.log('INCLUSIVE'); console.log([...incl].sort((a, b) => b[1] - a[1]).slice(0, 45).map(([k, v]) => `  ${v.toFixed(1)} ${k}`).join('\n'));
} finally { await browser.close(); await server.close(); }
