import type { ActivationFn, LossFn } from '../model/index.ts';
import type { CompileError } from './types.ts';
import { nodesOfType, predecessors, type Graph } from './topology.ts';
import { nodeName } from './wording.ts';

interface RequiredHead {
  fn: ActivationFn;
  label: string;
  /** What the loss reads its input as, for the message. */
  expects: string;
}

/** Losses that read their input as probabilities; the engine fuses each with its activation. */
const REQUIRED_HEADS: Partial<Record<LossFn, RequiredHead>> = {
  cross_entropy: { fn: 'softmax', label: 'Softmax', expects: 'class probabilities that sum to 1' },
  binary_cross_entropy: { fn: 'sigmoid', label: 'Sigmoid', expects: 'probabilities between 0 and 1' },
};

/**
 * The activation directly before the loss must be the one the loss expects: cross_entropy
 * after a softmax, binary_cross_entropy after a sigmoid (mse takes anything).
 */
export function checkHead(graph: Graph): CompileError[] {
  const errors: CompileError[] = [];
  for (const loss of nodesOfType(graph, 'loss')) {
    const feeders = predecessors(graph, loss.id);
    if (feeders.length !== 1) continue;
    const required = REQUIRED_HEADS[loss.params.fn];
    const feeder = graph.nodes.get(feeders[0]!)!;
    if (!required || (feeder.type === 'activation' && feeder.params.fn === required.fn)) continue;
    const fix =
      feeder.type === 'activation'
        ? `change ${nodeName(feeder)} from ${feeder.params.fn} to ${required.fn}`
        : `add a ${required.label} activation before the loss`;
    errors.push({
      code: 'loss_head',
      nodeIds: [loss.id, feeder.id],
      message: `${nodeName(loss)} uses ${loss.params.fn}, which needs ${required.expects} from a ${required.fn}: ${fix}`,
    });
  }
  return errors;
}
