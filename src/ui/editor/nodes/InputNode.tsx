import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { runCommand } from '../../store/documentStore.ts';
import { setNodeParams } from '../../store/commands.ts';
import type { FlowNodeOf } from '../flowTypes.ts';
import { NodeFrame } from './NodeFrame.tsx';
import { IntegerField } from './ParamFields.tsx';

export const InputNode = memo(function InputNode({ data }: NodeProps<FlowNodeOf<'input'>>) {
  const { node } = data;
  return (
    <NodeFrame data={data} details={`feeds ${node.params.size} features per sample`}>
      <IntegerField
        label="Size"
        unit="features"
        nodeId={node.id}
        value={node.params.size}
        onCommit={(size) => runCommand(setNodeParams, node.id, { size })}
      />
    </NodeFrame>
  );
});
