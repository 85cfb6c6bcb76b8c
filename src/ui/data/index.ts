/**
 * The data a model trains on, from the UI's side: the Data panel (built-in datasets, or a CSV a
 * person drops, picks or pastes), the views of the test split that fit the data, and what the
 * training controls need (why Train must wait, the file's bytes for the worker).
 */
export { dataController, startData, tableFileFor } from './controller.ts';
export { DataPanel } from './DataPanel.tsx';
export { DataViews } from './views/DataViews.tsx';
export { useDataBlocker } from './useDataBlocker.ts';
export { useDataShape } from './useDataShape.ts';
