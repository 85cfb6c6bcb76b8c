import { beforeEach, describe, expect, it } from 'vitest';
import { xorTemplate } from '../../model/index.ts';
import { getDocumentState, resetDocument } from './documentStore.ts';
import {
  addNodeAt,
  commitDrag,
  connectNodes,
  copySelection,
  deleteNodesAndEdges,
  pasteClipboard,
  selectAll,
  showDragPositions,
} from './editorActions.ts';
import { getViewState, updateView } from './viewStore.ts';

const model = () => getDocumentState().model;
const pastSteps = () => getDocumentState().history.past.length;

beforeEach(() => {
  resetDocument(xorTemplate());
  updateView({ selectedNodeIds: [], selectedEdgeIds: [], dragPositions: null, notice: null });
});

describe('editor gestures', () => {
  it('adding a node selects it', () => {
    const id = addNodeAt('dense', { x: 0, y: 0 });
    expect(id).toBe('dense3');
    expect(getViewState().selectedNodeIds).toEqual(['dense3']);
  });

  it('refuses a loop with the reason, and wires a valid connection', () => {
    addNodeAt('dense', { x: 0, y: 0 });
    addNodeAt('activation', { x: 0, y: 0 });
    expect(connectNodes({ source: 'dense3', target: 'act3' })).toEqual({ ok: true });
    const loop = connectNodes({ source: 'act3', target: 'dense3' });
    expect(loop.ok ? '' : loop.reason).toMatch(/loop/);
    expect(model().edges.filter((edge) => edge.target === 'dense3')).toEqual([]);
  });

  it('a drag shows moves in the view and records one step on release', () => {
    const before = pastSteps();
    showDragPositions(new Map([['input', { x: 1, y: 1 }]]));
    showDragPositions(new Map([['input', { x: 2, y: 2 }]]));
    expect(model().nodes[0]!.position).toEqual(xorTemplate().nodes[0]!.position);
    commitDrag();
    expect(model().nodes[0]!.position).toEqual({ x: 2, y: 2 });
    expect(getViewState().dragPositions).toBeNull();
    expect(pastSteps()).toBe(before + 1);
  });

  it('copy then paste twice makes two shifted copies with fresh ids', () => {
    updateView({ selectedNodeIds: ['dense1', 'act1'] });
    expect(copySelection()).toBe(true);
    pasteClipboard();
    pasteClipboard();
    expect(model().nodes.map((node) => node.id).slice(-4)).toEqual(['dense3', 'act3', 'dense4', 'act4']);
    expect(getViewState().selectedNodeIds).toEqual(['dense4', 'act4']);
    const [first, second] = [model().nodes.at(-4)!, model().nodes.at(-2)!];
    expect(second.position!.x).toBeGreaterThan(first.position!.x);
  });

  it('select all then delete empties the canvas in one step', () => {
    selectAll();
    deleteNodesAndEdges(getViewState().selectedNodeIds, []);
    expect(model().nodes).toEqual([]);
    expect(model().edges).toEqual([]);
    expect(pastSteps()).toBe(1);
  });
});
