import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { compile } from '../../compiler/index.ts';
import { xorTemplate, type NetloomModel } from '../../model/index.ts';
import { INITIAL_VIEW_STATE, type ViewState } from '../store/viewStore.ts';
import { createFlowEdgeDeriver, createFlowNodeDeriver, edgeIds } from './flowElements.ts';

const view: ViewState = INITIAL_VIEW_STATE;

/** XOR with a dense layer too wide to build: an error about dense1 only. */
const broken = (): NetloomModel =>
  produce(xorTemplate(), (draft) => {
    draft.nodes.find((node) => node.id === 'dense1')!.params = { units: 5000 };
  });

describe('createFlowEdgeDeriver', () => {
  it('labels each wire with the width it carries', () => {
    const model = xorTemplate();
    const edges = createFlowEdgeDeriver()(model, compile(model), []);
    expect(edges.map((edge) => [edge.id, edge.label])).toEqual([
      ['input->dense1', '2'],
      ['dense1->act1', '8'],
      ['act1->dense2', '8'],
      ['dense2->act2', '1'],
      ['act2->loss', '1'],
    ]);
  });

  it('reuses unchanged wires and rebuilds the ones whose width or selection changed', () => {
    const derive = createFlowEdgeDeriver();
    const model = xorTemplate();
    const before = derive(model, compile(model), []);
    const wider = produce(model, (draft) => {
      draft.nodes.find((node) => node.id === 'dense1')!.params = { units: 4 };
    });
    const after = derive(wider, compile(wider), ['act2->loss']);
    expect(after.map((edge, i) => edge === before[i])).toEqual([true, false, false, true, false]);
  });

  it('gives copies of one wire one id, and the same source on two ports of a merge node two', () => {
    expect(edgeIds([{ source: 'a', target: 'b' }, { source: 'a', target: 'b' }], ['in0', undefined])).toEqual(['a->b', 'a->b']);
    expect(edgeIds([{ source: 'a', target: 'cat' }, { source: 'a', target: 'cat' }], ['in0', 'in1'])).toEqual(['a->cat', 'a->cat#1']);
  });

  it('draws copies of one wire once, with how many there are', () => {
    const model = produce(xorTemplate(), (draft) => {
      draft.edges.push({ source: 'input', target: 'dense1' }, { source: 'input', target: 'dense1' });
    });
    const edges = createFlowEdgeDeriver()(model, compile(model), []);
    expect(edges.map((edge) => [edge.id, edge.label])).toEqual([
      ['input->dense1', '2 ×3'],
      ['dense1->act1', '8'],
      ['act1->dense2', '8'],
      ['dense2->act2', '1'],
      ['act2->loss', '1'],
    ]);
    expect(edges[0]!.ariaLabel).toBe('Edge from input to dense1, width 2, 3 copies of this wire');
  });
});

describe('createFlowNodeDeriver', () => {
  it('puts compile errors on the nodes they name', () => {
    const model = broken();
    const nodes = createFlowNodeDeriver()(model, compile(model), view);
    const dense1 = nodes.find((node) => node.id === 'dense1')!;
    expect(dense1.data.errors.join()).toMatch(/dense1.*5000 units/);
    expect(nodes.find((node) => node.id === 'input')!.data.errors).toEqual([]);
  });

  it('reuses every node object but the dragged one, so React Flow re-renders one node per frame', () => {
    const derive = createFlowNodeDeriver();
    const model = xorTemplate();
    const result = compile(model);
    const before = derive(model, result, view);
    const during = derive(model, result, { ...view, dragPositions: new Map([['act1', { x: 5, y: 6 }]]) });
    const changed = during.filter((node, i) => node !== before[i]).map((node) => node.id);
    expect(changed).toEqual(['act1']);
    expect(during.find((node) => node.id === 'act1')!.position).toEqual({ x: 5, y: 6 });
    // The view's data is untouched by a move, so the memoised node view skips rendering.
    expect(during.find((node) => node.id === 'act1')!.data).toBe(before.find((node) => node.id === 'act1')!.data);
  });

  it('keeps the node views’ data when a move is committed to the model', () => {
    const derive = createFlowNodeDeriver();
    const model = xorTemplate();
    const before = derive(model, compile(model), view);
    const moved = produce(model, (draft) => {
      draft.nodes[2]!.position = { x: 1, y: 2 };
    });
    const after = derive(moved, compile(moved), view);
    expect(after[2]!.position).toEqual({ x: 1, y: 2 });
    expect(after.every((node, i) => node.data === before[i]!.data)).toBe(true);
  });

  it('marks selection and shows annotations', () => {
    const model = xorTemplate();
    const annotation = { tone: 'warning' as const, message: 'vanishing gradient' };
    const nodes = createFlowNodeDeriver()(model, compile(model), { ...view, selectedNodeIds: ['dense1'], annotations: new Map([['dense1', annotation]]) });
    const dense1 = nodes.find((node) => node.id === 'dense1')!;
    expect(dense1.selected).toBe(true);
    expect(dense1.data.showDetails).toBe(true);
    expect(dense1.data.annotation).toBe(annotation);
  });

  it('shows details only while a single node is selected', () => {
    const model = xorTemplate();
    const nodes = createFlowNodeDeriver()(model, compile(model), { ...view, selectedNodeIds: ['dense1', 'dense2'] });
    expect(nodes.filter((node) => node.selected)).toHaveLength(2);
    expect(nodes.some((node) => node.data.showDetails)).toBe(false);
  });
});
