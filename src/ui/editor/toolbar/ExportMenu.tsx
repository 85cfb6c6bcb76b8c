import { serializeModel, type NetloomModel } from '../../../model/index.ts';
import {
  downloadOnnx,
  downloadPytorch,
  downloadTfjs,
  ONNX_DOWNLOAD_EXPLANATION,
  PYTORCH_DOWNLOAD_EXPLANATION,
  TFJS_DOWNLOAD_EXPLANATION,
} from '../../export/downloads.ts';
import { getModel } from '../../store/index.ts';
import { updateView } from '../../store/viewStore.ts';
import { MenuButton } from './MenuButton.tsx';
import { fileBaseName, saveTextFile } from './saveTextFile.ts';

/** The exporters throw readable errors (e.g. the graph is invalid); show them instead of failing silently. */
function exportAs(format: string, download: (model: NetloomModel) => void) {
  return () => {
    try {
      download(getModel());
    } catch (error) {
      updateView({ notice: { title: `Could not export ${format}.`, details: [(error as Error).message] } });
    }
  };
}

const ITEMS = [
  {
    label: 'Netloom JSON',
    description: 'The graph, its training settings and any trained weights; Import JSON opens it again.',
    onSelect: exportAs('Netloom JSON', (model) => saveTextFile(`${fileBaseName(model.name)}.netloom.json`, serializeModel(model))),
  },
  { label: 'TensorFlow.js', description: TFJS_DOWNLOAD_EXPLANATION, onSelect: exportAs('TensorFlow.js', downloadTfjs) },
  { label: 'ONNX', description: ONNX_DOWNLOAD_EXPLANATION, onSelect: exportAs('ONNX', downloadOnnx) },
  { label: 'PyTorch', description: PYTORCH_DOWNLOAD_EXPLANATION, onSelect: exportAs('PyTorch', downloadPytorch) },
];

export function ExportMenu() {
  return <MenuButton label="Export" items={ITEMS} />;
}
