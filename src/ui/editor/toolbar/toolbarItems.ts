import { ACTIVATION_FNS, ACTIVATION_LABELS, TEMPLATES, type ActivationFn, type NetloomModel } from '../../../model/index.ts';
import { downloadExport, EXPORT_FORMATS, type ExportFormat } from '../../export/downloads.ts';
import { undoEdit } from '../../store/documentStore.ts';
import { UNTITLED } from '../../store/graphName.ts';
import { getModel, loadTemplate, newGraph, setAllActivations, tidyLayout, writePendingWeights } from '../../store/index.ts';
import { updateView } from '../../store/viewStore.ts';
import { showToast } from '../../toast/toastStore.ts';
import type { MenuItem } from './MenuButton.tsx';

/** What the toolbar's buttons and menus do; the narrow window's single menu offers the same. */

const undoAction = { label: 'Undo', run: undoEdit };

export function startNewGraph(): void {
  newGraph(UNTITLED);
  showToast('New empty graph.', undoAction);
}

export function tidy(): void {
  void tidyLayout();
}

export const TEMPLATE_ITEMS: readonly MenuItem[] = TEMPLATES.map((template) => ({
  label: template.label,
  onSelect: () =>
    void loadTemplate(template.id).then(() => showToast(`Loaded the template “${template.label}”.`, undoAction)),
}));

/** Softmax only makes sense as an output head, which this leaves alone. */
const HIDDEN_ACTIVATIONS = ACTIVATION_FNS.filter((fn): fn is Exclude<ActivationFn, 'softmax'> => fn !== 'softmax');

export const ACTIVATION_ITEMS: readonly MenuItem[] = HIDDEN_ACTIVATIONS.map((fn) => ({
  label: ACTIVATION_LABELS[fn],
  description: 'Every hidden activation; the output activation the loss needs stays as it is.',
  onSelect: () => {
    const changed = setAllActivations(fn);
    showToast(
      changed === 0 ? `Every hidden activation is already ${ACTIVATION_LABELS[fn]}.` : `Set ${changed} activations to ${ACTIVATION_LABELS[fn]}.`,
      changed === 0 ? undefined : undoAction,
    );
  },
}));

/** Saves the export and confirms it; the exporters' readable errors (an invalid graph) go above the canvas. */
async function exportAs(format: ExportFormat): Promise<void> {
  const { label } = EXPORT_FORMATS[format];
  try {
    // A running run's latest weights, which it holds back while it trains.
    writePendingWeights();
    showToast(`Exported ${await downloadExport(format, getModel())} (${label}).`);
  } catch (error) {
    updateView({ notice: { title: `Could not export ${label}.`, details: [(error as Error).message] } });
  }
}

/** One item per format, with the file it saves (named after the graph). */
export function exportItems(model: NetloomModel): MenuItem[] {
  return (Object.keys(EXPORT_FORMATS) as ExportFormat[]).map((format) => ({
    label: EXPORT_FORMATS[format].label,
    detail: EXPORT_FORMATS[format].fileName(model),
    description: EXPORT_FORMATS[format].explanation,
    onSelect: () => void exportAs(format),
  }));
}
