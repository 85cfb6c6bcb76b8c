/**
 * Runs are named from what they are: the graph's name, the dataset, and what differs from the
 * run before, e.g. "#3 xor · Circle · lr 0.1" or "#4 deep-sigmoid · Circle · 10 × fn=relu".
 */
import { dataLabel, type ModelNode, type NetloomModel } from '../../model/index.ts';
import { planTraining } from '../../worker/protocol.ts';
import { graphName } from '../store/graphName.ts';

/** More differences than this are summarised ("+3 more"): a name has to fit a legend. */
const MAX_LISTED = 2;

/** "xor · XOR", plus what changed since `previous` (the model the previous run trained); a table's file or name stands for the dataset. */
export function describeRun(model: NetloomModel, previous?: NetloomModel): string {
  const { data } = planTraining(model.training);
  const parts = [graphName(model), dataLabel(data.source)];
  const changes = previous ? [...graphChanges(previous, model), ...settingChanges(previous, model)] : [];
  return [...parts, ...summarise(changes)].join(' · ');
}

/**
 * Training settings that differ, as "lr 0.1", "seed 2" (the dataset is in the name already;
 * "columns" when the same table is read with another target or features).
 */
export function settingChanges(previous: NetloomModel, next: NetloomModel): string[] {
  const before = planTraining(previous.training);
  const after = planTraining(next.training);
  const changes: string[] = [];
  const compare = (label: string, a: unknown, b: unknown, show: string = String(b)) => {
    if (a !== b) changes.push(`${label} ${show}`);
  };
  const sameTable = dataLabel(before.data.source) === dataLabel(after.data.source);
  if (sameTable && JSON.stringify(before.data.source) !== JSON.stringify(after.data.source)) changes.push('columns');
  compare('noise', before.data.noise, after.data.noise);
  compare('train split', before.data.trainFraction, after.data.trainFraction, `${Math.round(after.data.trainFraction * 100)} %`);
  compare('seed', before.data.seed, after.data.seed);
  compare('optimizer', before.hyperparameters.optimizer, after.hyperparameters.optimizer);
  compare('lr', before.hyperparameters.lr, after.hyperparameters.lr);
  compare('batch', before.hyperparameters.batchSize, after.hyperparameters.batchSize);
  compare('L2', before.hyperparameters.l2, after.hyperparameters.l2);
  return changes;
}

/** Node changes: "+dense3", "−act2", "dense1 units=16"; "rewired" when only wires changed. */
export function graphChanges(previous: NetloomModel, next: NetloomModel): string[] {
  const before = new Map(previous.nodes.map((node) => [node.id, node]));
  const after = new Map(next.nodes.map((node) => [node.id, node]));
  const changes: string[] = [];
  for (const node of next.nodes) {
    const old = before.get(node.id);
    if (!old || old.type !== node.type) changes.push(`+${node.id}`);
    else changes.push(...paramChanges(old, node));
  }
  for (const node of previous.nodes) if (after.get(node.id)?.type !== node.type) changes.push(`−${node.id}`);
  if (changes.length === 0 && !sameEdges(previous, next)) changes.push('rewired');
  return changes;
}

function paramChanges(old: ModelNode, node: ModelNode): string[] {
  const oldParams: Record<string, unknown> = old.params;
  const params: Record<string, unknown> = node.params;
  const keys = new Set([...Object.keys(oldParams), ...Object.keys(params)]);
  return [...keys].filter((key) => oldParams[key] !== params[key]).map((key) => `${node.id} ${key}=${String(params[key])}`);
}

function sameEdges(a: NetloomModel, b: NetloomModel): boolean {
  const key = (model: NetloomModel) => model.edges.map((edge) => `${edge.source}>${edge.target}`).sort().join();
  return key(a) === key(b);
}

/** At most `MAX_LISTED` changes; the same change on many nodes ("act1 fn=relu", "act2 fn=relu"…) reads "10 × fn=relu". */
function summarise(changes: string[]): string[] {
  if (changes.length <= MAX_LISTED) return changes;
  const isParam = (change: string) => /^\S+ \S+=/.test(change);
  const others = changes.filter((change) => !isParam(change));
  const params = changes.filter(isParam).map((change) => change.slice(change.indexOf(' ') + 1));
  const shared = params.length > 1 && params.every((param) => param === params[0]);
  const grouped = shared ? [`${params.length} × ${params[0]}`, ...others] : changes;
  if (grouped.length <= MAX_LISTED) return grouped;
  return [...grouped.slice(0, MAX_LISTED), `+${grouped.length - MAX_LISTED} more`];
}
