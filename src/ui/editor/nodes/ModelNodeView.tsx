import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { parameterCount, specOf, type ModelNode, type ParamField } from '../../../model/index.ts';
import { setNodeParams } from '../../store/commands.ts';
import { runCommand } from '../../store/documentStore.ts';
import type { AnyNodeData, ModelFlowNode } from '../flowTypes.ts';
import { NodeFrame } from './NodeFrame.tsx';
import { ChoiceField, DecimalField, IntegerField } from './ParamFields.tsx';

/**
 * The view of a node of any kind, built from its spec: the ports, the parameter fields and a
 * details line. A kind needs no view of its own unless it shows something its params cannot.
 */
export const ModelNodeView = memo(function ModelNodeView({ data }: NodeProps<ModelFlowNode>) {
  const { node } = data;
  return (
    <NodeFrame data={data} details={describeNode(data)}>
      {specOf(node).fields.map((field) => (
        <FieldView key={field.key} field={field} node={node} />
      ))}
    </NodeFrame>
  );
});

function FieldView({ field, node }: { field: ParamField; node: ModelNode }) {
  const spec = specOf(node);
  // A param a document leaves out (a dense node's `init` in an older file) shows its default.
  const value = (node.params as Record<string, unknown>)[field.key] ?? (spec.defaultParams as Record<string, unknown>)[field.key];
  const commit = (next: unknown) => runCommand(setNodeParams, node.id, { [field.key]: next });
  switch (field.kind) {
    case 'integer':
      return <IntegerField label={field.label} unit={field.unit} min={field.min} nodeId={node.id} value={value as number} onCommit={commit} />;
    case 'number':
      return (
        <DecimalField label={field.label} unit={field.label.toLowerCase()} bounds={field.bounds} nodeId={node.id} value={value as number} onCommit={commit} />
      );
    case 'choice':
      return <ChoiceField label={field.label} nodeId={node.id} value={value as string} options={field.options} onChange={commit} />;
    default: {
      const unknown: never = field;
      return unknown;
    }
  }
}

/**
 * "2 → 8 · 24 parameters · trained", "3 + 2 → 5", "feeds 2 features per sample",
 * "compares 1 value with the targets": what the node does with the widths around it.
 */
export function describeNode({ node, inputWidths, outputWidth, hasWeights }: AnyNodeData): string {
  const spec = specOf(node);
  if (spec.inputPorts(node.params) === 0) return `feeds ${describeWidth(outputWidth, 'feature')} per sample`;
  if (!spec.hasOutput) return `compares ${describeWidth(outputWidth, 'value')} with the targets`;
  const flow = `${inputWidths ? inputWidths.join(' + ') : '?'} → ${outputWidth ?? '?'}`;
  if (spec.tensorNames.length === 0) return flow;
  const training = hasWeights ? 'trained' : 'untrained';
  if (!inputWidths) return `${flow} · ${training}`;
  const params = parameterCount(spec.tensors(inputWidths, node.params));
  return `${flow} · ${params.toLocaleString('en')} parameters · ${training}`;
}

/** "8 values" / "1 feature" / "an unknown number of values". */
function describeWidth(width: number | undefined, noun: string): string {
  if (width === undefined) return `an unknown number of ${noun}s`;
  return width === 1 ? `1 ${noun}` : `${width} ${noun}s`;
}
