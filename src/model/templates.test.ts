import { describe, expect, it } from 'vitest';
import { formatIssue, loadModel, serializeModel } from './document.ts';
import { TEMPLATES } from './templates.ts';

describe('templates', () => {
  it.each(TEMPLATES.map((template) => [template.id, template] as const))('%s loads and round-trips', (_id, template) => {
    const model = template.create();
    const result = loadModel(JSON.parse(serializeModel(model)));
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
    expect(result.ok && result.model).toEqual(model);
  });

  it('gives every template a unique menu id', () => {
    const ids = TEMPLATES.map((template) => template.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('returns a fresh document on every call, so edits to one never leak into the next', () => {
    const first = TEMPLATES[0].create();
    first.nodes.pop();
    expect(TEMPLATES[0].create().nodes).toHaveLength(first.nodes.length + 1);
  });
});
