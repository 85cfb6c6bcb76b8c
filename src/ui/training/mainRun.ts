/**
 * The main run: the training attached to the editor's graph, driven by the Train / Pause / Step
 * / Reset controls. Its weights flow back into the document. Editing the graph or the data
 * settings after it started makes it stale (it stops if it was training, and the dashboard says
 * so); the next Train starts a new run. A new graph (template, import, New) lets it go.
 */
import type { DataReference, NetloomModel, NodeWeights } from '../../model/index.ts';
import type { Hyperparameters, TableFile } from '../../worker/protocol.ts';
import { planTraining, sameData } from '../../worker/protocol.ts';
import { addNewRun } from './runIdentity.ts';
import { describeRun } from './runNaming.ts';
import { setMainRunId, setMainRunStale, type StaleReason } from './runsStore.ts';
import { TrainingClient, type WorkerLike } from './trainingClient.ts';
import { TrainingRun } from './trainingRun.ts';

/** What the main run needs from the editor store (an interface, so tests can fake the editor). */
export interface EditorBinding {
  getModel(): NetloomModel;
  getStructureVersion(): number;
  /** Changes when a whole new graph replaced the document. */
  getGeneration(): number;
  subscribe(listener: () => void): () => void;
  applyTrainedWeights(weights: Record<string, NodeWeights>): void;
  /** The bytes of the table file a run on `source` trains on (the Data panel has them); undefined for other data. */
  tableFile?(source: DataReference): TableFile | undefined;
}

export const STOP_REASONS = {
  graph: 'The graph was edited, so training stopped. Press Train to start a new run on the edited network.',
  data: 'The data settings changed, so training stopped. Press Train to start a new run on the new data, from the initial weights.',
} as const satisfies Record<StaleReason, string>;

export class MainRunController {
  private client: TrainingClient | undefined;
  private run: TrainingRun | undefined;
  /** The structure version and document generation the current run was built from. */
  private runStructure = -1;
  private runGeneration = -1;
  private stale = false;
  /** The model the last main run started from: the next run's name says what changed since. */
  private previousModel: NetloomModel | undefined;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly editor: EditorBinding,
    private readonly spawnWorker?: () => WorkerLike,
  ) {
    this.unsubscribe = editor.subscribe(() => this.editorChanged());
  }

  train(): void {
    this.current().play();
  }

  pause(): void {
    this.run?.pause();
  }

  step(): void {
    this.current().step();
  }

  stepEpoch(): void {
    this.current().stepEpoch();
  }

  /** New weights from the seed. A run that can go on restarts its history; otherwise a new run starts without the graph's weights. */
  reset(): void {
    if (this.run && !this.stale && this.run.canContinue) this.run.reset();
    else this.startRun({ ...this.editor.getModel(), weights: undefined });
  }

  /** Forgets the run if it is the main one (it was removed from the run list). */
  release(runId: string): void {
    if (this.run?.id !== runId) return;
    this.run.detach();
    this.run = undefined;
  }

  /** Makes the worker throw, as a real crash would (the e2e test's debug hook). */
  crashWorkerForTesting(): void {
    this.client?.send({ type: 'debugCrash' });
  }

  dispose(): void {
    this.unsubscribe();
    this.run?.detach();
    this.client?.dispose();
  }

  /**
   * The run to command: the current one if it still trains this graph, else a new one from the
   * graph (and its weights: new data has dropped them, so that run starts from the seed's).
   */
  private current(): TrainingRun {
    if (this.run && !this.stale && this.run.canContinue) return this.run;
    return this.startRun(this.editor.getModel());
  }

  private startRun(model: NetloomModel): TrainingRun {
    this.run?.detach();
    this.client ??= new TrainingClient(this.spawnWorker);
    const { id } = addNewRun(describeRun(model, this.previousModel));
    setMainRunId(id);
    const run = new TrainingRun(id, this.client, model, {
      onWeights: (weights) => {
        if (!this.stale) this.editor.applyTrainedWeights(weights);
      },
      table: this.editor.tableFile?.(planTraining(model.training).data.source),
    });
    this.run = run;
    this.runStructure = this.editor.getStructureVersion();
    this.runGeneration = this.editor.getGeneration();
    this.stale = false;
    this.previousModel = model;
    run.start();
    return run;
  }

  private editorChanged(): void {
    const run = this.run;
    if (!run) return;
    if (this.editor.getGeneration() !== this.runGeneration) return this.letGo(run);
    if (this.stale) return;
    const { data, hyperparameters, epochs } = planTraining(this.editor.getModel().training);
    if (this.editor.getStructureVersion() !== this.runStructure) return this.markStale(run, 'graph');
    if (!sameData(data, run.settings.data)) return this.markStale(run, 'data');
    if (!sameHyperparameters(hyperparameters, run.hyperparameters)) run.setHyperparameters(hyperparameters);
    if (epochs !== run.epochs) run.setEpochs(epochs);
  }

  private markStale(run: TrainingRun, reason: StaleReason): void {
    this.stale = true;
    setMainRunStale(reason);
    if (run.isPlaying) run.stop(STOP_REASONS[reason]);
  }

  /** A new graph: the run stays in the list, but nothing on the dashboard speaks for the new graph yet. */
  private letGo(run: TrainingRun): void {
    if (run.isPlaying) run.stop(STOP_REASONS.graph);
    run.detach();
    this.run = undefined;
    this.previousModel = undefined;
    setMainRunId(undefined);
  }
}

function sameHyperparameters(a: Hyperparameters, b: Hyperparameters): boolean {
  return a.optimizer === b.optimizer && a.lr === b.lr && a.batchSize === b.batchSize && a.l2 === b.l2;
}
