import type { PlanSummary } from '../../worker/tableProtocol.ts';
import { useModelValue } from '../store/index.ts';
import { dataController } from './controller.ts';

/** The encoded width the data gives, against the Input node's size, with the one-click fix when they differ. */
export function InputWidth({ plan }: { plan: PlanSummary }) {
  const inputSize = useModelValue((model) => model.nodes.find((node) => node.type === 'input')?.params.size as number | undefined);
  const { inputSize: needed, outputSize, task, classes } = plan.description;
  const head = task === 'regression' ? '1 output (regression)' : classes.length === 2 ? '1 sigmoid or 2 softmax outputs' : `${outputSize} softmax outputs`;
  const fits = inputSize === needed;
  return (
    <div className={fits ? 'input-width input-width--fits' : 'input-width'}>
      <p>
        Encoded: <strong>{needed.toLocaleString('en-US')} inputs</strong> → {head}.{' '}
        {inputSize !== undefined && (fits ? 'The Input node matches.' : `The Input node has ${inputSize}.`)}
      </p>
      {inputSize !== undefined && !fits && (
        <button type="button" className="data-button data-button--primary" onClick={() => dataController().fitInputNode()}>
          Set the Input node to {needed.toLocaleString('en-US')} features
        </button>
      )}
    </div>
  );
}
