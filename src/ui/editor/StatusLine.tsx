import { useReactFlow } from '@xyflow/react';
import { dataLabel, dataReferenceOf } from '../../model/index.ts';
import { useCompileResult } from '../store/compileModel.ts';
import { useModel } from '../store/index.ts';
import { updateView, useViewValue } from '../store/viewStore.ts';

/**
 * Under the canvas: "Ready" with the parameter count, or every compile error, each leading to
 * its node; and, when the browser refuses to keep the graph, why autosave failed.
 */
export function StatusLine() {
  const model = useModel();
  const result = useCompileResult();
  const { fitView } = useReactFlow();
  const autosaveFailure = useViewValue((view) => view.autosaveFailure);
  const saveFailure = autosaveFailure && <span className="status-line__save-failure">{autosaveFailure}</span>;

  const showNode = (id: string) => {
    updateView({ selectedNodeIds: [id], selectedEdgeIds: [] });
    void fitView({ nodes: [{ id }], duration: 250, maxZoom: 1 });
  };

  if (result.ok) {
    const named = model.training?.dataset !== undefined || model.training?.data !== undefined;
    return (
      <footer className="status-line status-line--ready" role="status">
        <span className="status-line__dot" aria-hidden="true" />
        <strong>Ready</strong>
        <span>{result.network.totalParams.toLocaleString('en')} parameters</span>
        <span>{result.network.ops.filter((op) => op.node.type === 'dense').length} dense layers</span>
        {named && <span>data: {dataLabel(dataReferenceOf(model.training))}</span>}
        {saveFailure}
      </footer>
    );
  }
  const count = result.errors.length;
  return (
    <footer className="status-line status-line--errors" role="status">
      <span className="status-line__dot" aria-hidden="true" />
      <strong>{count === 1 ? '1 problem' : `${count} problems`}</strong>
      <ul className="status-line__errors">
        {result.errors.map((error) => (
          <li key={`${error.code}:${error.nodeIds.join()}:${error.message}`} title={error.message}>
            {error.nodeIds[0] ? (
              <button type="button" className="link-button" onClick={() => showNode(error.nodeIds[0]!)}>
                {error.message}
              </button>
            ) : (
              error.message
            )}
          </li>
        ))}
      </ul>
      {saveFailure}
    </footer>
  );
}
