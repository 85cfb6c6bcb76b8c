import { describe, expect, it } from 'vitest';
import { deepTemplate, xorTemplate } from '../../model/index.ts';
import { hiddenActivationIds } from './activations.ts';

describe('hiddenActivationIds', () => {
  it('lists every activation but the head that feeds the loss', () => {
    expect(hiddenActivationIds(deepTemplate('sigmoid', 3, 4))).toEqual(['act1', 'act2', 'act3']);
    expect(hiddenActivationIds(xorTemplate())).toEqual(['act1']);
  });

  it('counts an unwired activation as hidden', () => {
    const model = xorTemplate();
    expect(hiddenActivationIds({ ...model, edges: [] })).toEqual(['act1', 'act2']);
  });
});
