import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { setNodeParams } from '../../store/commands.ts';
import { runCommand } from '../../store/documentStore.ts';
import type { FlowNodeOf } from '../flowTypes.ts';
import { LOSS_LABELS } from './functionLabels.ts';
import { describeWidth, NodeFrame } from './NodeFrame.tsx';
import { ChoiceField } from './ParamFields.tsx';

export const LossNode = memo(function LossNode({ data }: NodeProps<FlowNodeOf<'loss'>>) {
  const { node } = data;
  return (
    <NodeFrame data={data} details={`compares ${describeWidth(data.inputWidth)} with the targets`}>
      <ChoiceField
        label="Loss"
        nodeId={node.id}
        value={node.params.fn}
        options={LOSS_LABELS}
        onChange={(fn) => runCommand(setNodeParams, node.id, { fn })}
      />
    </NodeFrame>
  );
});
