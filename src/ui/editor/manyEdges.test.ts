import { describe, expect, it } from 'vitest';
import { countOperations } from '../../compiler/operationCount.testkit.ts';
import { layerStack, serializeModel, xorTemplate } from '../../model/index.ts';
import { findSavedGraph } from '../store/autosave.ts';
import { importModel } from '../store/commands.ts';
import { compileModel } from '../store/compileModel.ts';
import { getDocumentState, resetDocument } from '../store/documentStore.ts';
import { replaceDocument } from '../store/editorActions.ts';
import { INITIAL_VIEW_STATE } from '../store/viewStore.ts';
import { createFlowEdgeDeriver, createFlowNodeDeriver } from './flowElements.ts';

/** XOR's stack with `copies` more wires from the input into dense1, as a saved file holds it. */
function manyEdges(copies: number): string {
  const model = layerStack(2, [{ units: 8, fn: 'tanh' }, { units: 1, fn: 'sigmoid' }], 'binary_cross_entropy');
  for (let i = 0; i < copies; i++) model.edges.push({ source: 'input', target: 'dense1' });
  return serializeModel(model);
}

/** The autosave's text → the document (one undo step, stale weights, structure) → what the canvas draws. */
async function load(text: string) {
  const saved = await findSavedGraph({ read: async () => text, write: async () => {} }, () => undefined);
  if (saved.kind !== 'restored') throw new Error(`the save did not load: ${saved.kind}`);
  return () => {
    resetDocument(xorTemplate());
    replaceDocument(importModel, saved.model);
    const { model } = getDocumentState();
    const result = compileModel(model);
    const nodes = createFlowNodeDeriver()(model, result, INITIAL_VIEW_STATE);
    const edges = createFlowEdgeDeriver()(model, result, []);
    return { result, nodes, edges };
  };
}

describe('the editor’s load path on ~25,000 edges into one node (issue 15 item 8)', () => {
  it('takes steps in proportion to the edges: twice the edges, about twice the steps', async () => {
    const small = await load(manyEdges(2500));
    const large = await load(manyEdges(5000));
    const ratio = countOperations(large) / countOperations(small);
    expect(ratio).toBeLessThan(2.3);
  });

  it('loads 25,000 copies of one wire with a bounded number of steps per wire, and reports them as one problem', async () => {
    const run = await load(manyEdges(25_000));
    let loaded: ReturnType<typeof run> | undefined;
    const steps = countOperations(() => (loaded = run()));
    expect(steps / 25_000).toBeLessThan(100);
    const { result, nodes, edges } = loaded!;
    expect(result.ok ? [] : result.errors.map((error) => error.message)).toEqual([
      'the wire from "input" to Dense node "dense1" is there 25,001 times (edges[5], edges[6], edges[7] and 24,997 more): delete all but one',
    ]);
    expect(nodes.find((node) => node.id === 'dense1')!.data.errors).toHaveLength(1);
    // Drawn once, with how many copies there are.
    expect(edges.map((edge) => edge.label)).toEqual(['2 ×25,001', '8', '8', '1', '1']);
  });
});
