import { useReactFlow } from '@xyflow/react';
import { dataLabel, dataReferenceOf } from '../../model/index.ts';
import { useCompileResult } from '../store/compileModel.ts';
import { useModel } from '../store/index.ts';
import { updateView, useViewValue } from '../store/viewStore.ts';

/** Problems listed before the rest is counted: a broken file can have thousands. */
const LISTED_PROBLEMS = 20;

/**
 * Under the canvas: "Ready" with the parameter count, or the compile errors in full (the first
 * `LISTED_PROBLEMS`), each leading to its node (a long list scrolls); and, when the browser
 * refuses to keep the graph, why autosave failed. A status region, so changes are announced.
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
      <div className="status-line status-line--ready" role="status">
        <span className="status-line__dot" aria-hidden="true" />
        <strong>Ready</strong>
        <span>{result.network.totalParams.toLocaleString('en')} parameters</span>
        <span>{result.network.ops.filter((op) => op.node.type === 'dense').length} dense layers</span>
        {named && <span>data: {dataLabel(dataReferenceOf(model.training))}</span>}
        {saveFailure}
      </div>
    );
  }
  const count = result.errors.length;
  return (
    <div className="status-line status-line--errors" role="status">
      <span className="status-line__dot" aria-hidden="true" />
      <strong>{count === 1 ? '1 problem' : `${count} problems`}</strong>
      <ul className="status-line__errors" tabIndex={0} aria-label="Problems">
        {result.errors.slice(0, LISTED_PROBLEMS).map((error) => (
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
        {count > LISTED_PROBLEMS && <li>…and {(count - LISTED_PROBLEMS).toLocaleString('en-US')} more</li>}
      </ul>
      {saveFailure}
    </div>
  );
}
