import { activation, add, concatenate, dense, graph, input, loss, type Wire } from '../compiler/testModels.ts';
import { compile } from '../compiler/index.ts';
import { createRng, type Rng } from '../engine/index.ts';
import { ACTIVATION_FNS, type ActivationFn, type ModelNode, type NetloomModel } from '../model/index.ts';

/** The heads the DAG exports are verified with: both classification heads and a linear output under mse. */
export const DAG_HEADS = ['softmax', 'sigmoid', 'mse'] as const;
export type DagHead = (typeof DAG_HEADS)[number];

/** Every hidden activation × every head, each with its own seed: the DAGs each export must reproduce. */
export const VERIFIED_DAGS = ACTIVATION_FNS.flatMap((hidden, i) => DAG_HEADS.map((head, j) => ({ hidden, head, seed: 100 + 3 * i + j })));

/**
 * A random DAG for the export tests. From input `x`: a dense layer, a skip, a concatenation,
 * then 2–5 random steps of the same three kinds:
 * - a dense layer (a quarter without bias) on any earlier value (so values fan out), followed
 *   by `hidden` three times in four;
 * - a skip: 1–3 dense + `hidden` layers of a value's width, joined back to the value by an
 *   Add; a third of the time a 3-input Add with a second, one-layer branch;
 * - a Concatenate of 2–3 earlier values (the input among them, or one value twice).
 * Values nothing reads are joined by a last Concatenate, then dense → head → loss. No weights:
 * the engine initialises them from `seed`.
 */
export function randomDag(hidden: ActivationFn, head: DagHead, seed: number): NetloomModel {
  const rng = createRng(seed, 'data');
  const dag = new DagBuilder(rng, hidden);
  dag.add(input('x', 2 + rng.int(5)), [], 0);
  const steps = [dag.denseStep, dag.skipStep, dag.concatStep];
  const extra = 2 + rng.int(4);
  for (let i = 0; i < extra; i++) steps.push([dag.denseStep, dag.skipStep, dag.concatStep][rng.int(3)]!);
  for (const step of steps) step.call(dag);

  const unread = dag.unread();
  const last = unread.length > 1 ? dag.add(concatenate(dag.id('join'), unread.length), unread) : unread[0]!;
  const outputs = head === 'softmax' ? 2 + rng.int(3) : head === 'sigmoid' ? 1 : 1 + rng.int(3);
  const out = dag.add(dense('out', outputs), [last], outputs);
  if (head === 'mse') dag.add(loss('L', 'mse'), [out], outputs);
  else dag.add(loss('L', head === 'softmax' ? 'cross_entropy' : 'binary_cross_entropy'), [dag.add(activation('head', head), [out], outputs)], outputs);
  return graph(dag.nodes, dag.wires, { name: `dag-${hidden}-${head}-${seed}`, training: { seed } });
}

class DagBuilder {
  readonly nodes: ModelNode[] = [];
  readonly wires: Wire[] = [];
  private readonly widths = new Map<string, number>();
  private readonly readers = new Map<string, number>();
  private count = 0;

  constructor(
    private readonly rng: Rng,
    private readonly hidden: ActivationFn,
  ) {}

  id(prefix: string): string {
    return `${prefix}${++this.count}`;
  }

  /** Appends `node` reading `sources` in port order; `width` defaults to the sum of the sources' widths (a Concatenate's). */
  add(node: ModelNode, sources: string[], width = sources.reduce((sum, source) => sum + this.widths.get(source)!, 0)): string {
    this.nodes.push(node);
    for (const source of sources) {
      this.wires.push([source, node.id]);
      this.readers.set(source, this.readers.get(source)! + 1);
    }
    this.widths.set(node.id, node.type === 'input' ? node.params.size : width);
    this.readers.set(node.id, 0);
    return node.id;
  }

  /** Values no node reads yet, in the order they were made. */
  unread(): string[] {
    return [...this.readers].filter(([, readers]) => readers === 0).map(([id]) => id);
  }

  denseStep(): void {
    const width = 2 + this.rng.int(5);
    const id = this.add(dense(this.id('d'), width, this.rng.uniform() < 0.25 ? false : undefined), [this.pick()], width);
    if (this.rng.uniform() < 0.75) this.add(activation(this.id('a'), this.hidden), [id], width);
  }

  skipStep(): void {
    const from = this.pick();
    const width = this.widths.get(from)!;
    const branches = [from, this.layers(from, width, 1 + this.rng.int(3))];
    if (this.rng.uniform() < 1 / 3) branches.push(this.layers(from, width, 1));
    this.add(add(this.id('add'), branches.length), branches, width);
  }

  concatStep(): void {
    const sources = Array.from({ length: 2 + this.rng.int(2) }, () => this.pick());
    this.add(concatenate(this.id('cat'), sources.length), sources);
  }

  /** `depth` dense + hidden pairs of `width` units from `from`; returns the last activation. */
  private layers(from: string, width: number, depth: number): string {
    let value = from;
    for (let i = 0; i < depth; i++) value = this.add(activation(this.id('a'), this.hidden), [this.add(dense(this.id('d'), width), [value], width)], width);
    return value;
  }

  private pick(): string {
    const values = [...this.widths.keys()];
    return values[this.rng.int(values.length)]!;
  }
}

/**
 * What makes two models the same network, whatever their document order: nodes (id, type,
 * params) and wires with the port each one takes, both sorted.
 */
export function networkShape(model: NetloomModel) {
  const result = compile(model);
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('; '));
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    name: model.name,
    nodes: model.nodes.map(({ id, type, params }) => ({ id, type, params })).sort(byId),
    wires: model.edges.map(({ source, target }, i) => `${source} → ${target}.${result.edgePorts[i]}`).sort(),
  };
}
