import { netloom } from './runners/netloom.ts';
import { WORKLOADS } from './workloads.ts';
for (const w of WORKLOADS.slice(0, 2)) {
const { step } = netloom.prepare(w, 1);
const res = [];
for (let round = 0; round < 6; round++) { const t0 = performance.now(); let n = 0; while (performance.now() - t0 < 400) { step(); n++; } res.push(Math.round(n * w.batchSize / ((performance.now() - t0) / 1000))); }
console.log(w.id, res.join(' '));
}
