import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { denseParamCount } from '../../../model/index.ts';
import { setNodeParams } from '../../store/commands.ts';
import { runCommand } from '../../store/documentStore.ts';
import type { FlowNodeOf, ModelNodeData } from '../flowTypes.ts';
import { NodeFrame } from './NodeFrame.tsx';
import { IntegerField } from './ParamFields.tsx';

export const DenseNode = memo(function DenseNode({ data }: NodeProps<FlowNodeOf<'dense'>>) {
  const { node } = data;
  return (
    <NodeFrame data={data} details={describeDense(data)}>
      <IntegerField
        label="Units"
        unit="units"
        nodeId={node.id}
        value={node.params.units}
        onCommit={(units) => runCommand(setNodeParams, node.id, { units })}
      />
    </NodeFrame>
  );
});

/** "2 → 8 · 24 parameters · trained" */
function describeDense({ node, inputWidth, hasWeights }: ModelNodeData<'dense'>): string {
  const training = hasWeights ? 'trained' : 'untrained';
  if (inputWidth === undefined) return `? → ${node.params.units} · ${training}`;
  const params = denseParamCount(inputWidth, node.params);
  return `${inputWidth} → ${node.params.units} · ${params.toLocaleString('en')} parameters · ${training}`;
}
