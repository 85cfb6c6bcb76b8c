import { describe, expect, it } from 'vitest';
import { serializeModel, xorTemplate } from '../../model/index.ts';
import { readModelFile } from './importFile.ts';

describe('readModelFile', () => {
  it('reads a saved model back unchanged', () => {
    const model = { ...xorTemplate(), weights: { dense2: { kernel: [[1, 2, 3, 4, 5, 6, 7, 8]], bias: [0] } } };
    expect(readModelFile('xor.netloom.json', serializeModel(model))).toEqual({ ok: true, model });
  });

  it('says where a file is not JSON', () => {
    const result = readModelFile('broken.json', '{\n  "format": "netloom",\n  oops\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.notice.title).toBe('Could not import broken.json; the graph is unchanged.');
    expect(result.notice.details[0]).toMatch(/not valid JSON: .* at line 3, column 3/);
  });

  it('names the field and the node of a schema error', () => {
    const model = xorTemplate();
    const bad = { ...model, nodes: model.nodes.map((node) => (node.id === 'dense1' ? { ...node, params: { units: -3 } } : node)) };
    const result = readModelFile('bad.json', JSON.stringify(bad));
    expect(result.ok ? [] : result.notice.details).toEqual(['nodes[1].params.units: expected a positive integer (node dense1)']);
  });

  it('refuses other formats and future versions with the reason', () => {
    const other = readModelFile('a.json', '{"format": "keras"}');
    const future = readModelFile('b.json', JSON.stringify({ ...xorTemplate(), version: 7 }));
    expect(other.ok ? '' : other.notice.details[0]).toMatch(/^format: expected "netloom"/);
    expect(future.ok ? '' : future.notice.details[0]).toMatch(/format version 7/);
  });

  it('lists a few issues and counts the rest', () => {
    const nodes = Array.from({ length: 10 }, (_, i) => ({ id: `d${i}`, type: 'dense', params: { units: 0 } }));
    const result = readModelFile('many.json', JSON.stringify({ format: 'netloom', version: 1, nodes, edges: [] }));
    expect(result.ok ? [] : result.notice.details).toHaveLength(7);
    expect(result.ok ? '' : result.notice.details.at(-1)).toBe('…and 4 more');
  });
});
