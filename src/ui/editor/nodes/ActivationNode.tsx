import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { setNodeParams } from '../../store/commands.ts';
import { runCommand } from '../../store/documentStore.ts';
import type { FlowNodeOf } from '../flowTypes.ts';
import { ACTIVATION_LABELS } from './functionLabels.ts';
import { describeWidth, NodeFrame } from './NodeFrame.tsx';
import { ChoiceField } from './ParamFields.tsx';

export const ActivationNode = memo(function ActivationNode({ data }: NodeProps<FlowNodeOf<'activation'>>) {
  const { node } = data;
  return (
    <NodeFrame data={data} details={`applied to ${describeWidth(data.inputWidth)}, no parameters`}>
      <ChoiceField
        label="Function"
        nodeId={node.id}
        value={node.params.fn}
        options={ACTIVATION_LABELS}
        onChange={(fn) => runCommand(setNodeParams, node.id, { fn })}
      />
    </NodeFrame>
  );
});
