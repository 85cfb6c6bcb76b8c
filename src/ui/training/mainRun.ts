/**
 * The main run: the training attached to the editor's graph, driven by the Train / Pause / Step
 * / Reset controls. Its weights flow back into the document whenever it stops (and before an
 * export). Editing the graph or the data settings after it started makes it stale (it stops if
 * it was training, and the dashboard says so); the next Train starts a new run. A new graph
 * (template, import, New) lets it go.
 */
import type { DataReference, NetloomModel, NodeWeights } from '../../model/index.ts';
import type { Hyperparameters, TableFile, TensorSnapshot } from '../../worker/protocol.ts';
import { planTraining, sameData, storedWeights } from '../../worker/protocol.ts';
import { addNewRun } from './runIdentity.ts';
import { describeRun } from './runNaming.ts';
import { setMainRunId, setMainRunStale, type StaleReason } from './runsStore.ts';
import { TrainingClient, type Heartbeat, type WorkerLike } from './trainingClient.ts';
import { TrainingRun } from './trainingRun.ts';

/** What the main run needs from the editor store (an interface, so tests can fake the editor). */
export interface EditorBinding {
  getModel(): NetloomModel;
  getStructureVersion(): number;
  /** Changes when a whole new graph replaced the document. */
  getGeneration(): number;
  subscribe(listener: () => void): () => void;
  applyTrainedWeights(weights: Record<string, NodeWeights>): void;
  /** Registers how to write weights held back while a run trains (an export calls it first); undefined unregisters. */
  setPendingWeights(write: (() => void) | undefined): void;
  /** The bytes of the table file a run on `source` trains on (the Data panel has them); undefined for other data. */
  tableFile?(source: DataReference): TableFile | undefined;
}

/** The ways the e2e tests can break the training worker. */
export type WorkerFault = 'crash' | 'kill' | 'hang';

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
  /**
   * The latest weights the worker sent, not yet in the document. Writing a large network's
   * weights converts millions of numbers, re-renders the graph and re-saves the document, so
   * while a run trains they wait here: they are written when it stops, and before an export.
   */
  private heldWeights: TensorSnapshot[] | undefined;
  private readonly unsubscribe: () => void;
  /** What every run of this controller is told when it starts: the inspected node, the speed, the statistics switch. */
  private readonly watch: { nodeId: string | null; stepsPerSecond: number | null; statistics: boolean } = {
    nodeId: null,
    stepsPerSecond: null,
    statistics: true,
  };

  constructor(
    private readonly editor: EditorBinding,
    private readonly spawnWorker?: () => WorkerLike,
    private readonly heartbeat?: Heartbeat,
  ) {
    this.unsubscribe = editor.subscribe(() => this.editorChanged());
    editor.setPendingWeights(() => this.writeHeldWeights());
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

  /** New weights from the seed: a run that can go on restarts its history; otherwise a new run starts and is reset at once. */
  reset(): void {
    if (this.run && !this.stale && this.run.canContinue) this.run.reset();
    // A new run starts from the graph's weights; resetting it at once gives the seed's and sends them back.
    else this.startRun(this.editor.getModel()).reset();
  }

  /** Writes the weights the run holds back into the document (where they still fit the graph). */
  writeHeldWeights(): void {
    const held = this.heldWeights;
    this.heldWeights = undefined;
    if (held && !this.stale) this.editor.applyTrainedWeights(storedWeights(held));
  }

  /** Sends live views of node `nodeId` (null: none) from this run and the next ones. */
  inspect(nodeId: string | null): void {
    this.watch.nodeId = nodeId;
    this.run?.inspect(nodeId);
  }

  /** Trains at most `stepsPerSecond` steps a second (null: full speed), this run and the next ones. */
  setSpeed(stepsPerSecond: number | null): void {
    this.watch.stepsPerSecond = stepsPerSecond;
    this.run?.setSpeed(stepsPerSecond);
  }

  /** Records the layer statistics or not, this run and the next ones. */
  setStatistics(on: boolean): void {
    this.watch.statistics = on;
    this.run?.setStatistics(on);
  }

  /** Forgets the run if it is the main one (it was removed from the run list). */
  release(runId: string): void {
    if (this.run?.id !== runId) return;
    this.run.detach();
    this.run = undefined;
  }

  /**
   * The e2e tests' debug hook: the worker throws (`crash`), ends without a word as an
   * out-of-memory kill would (`kill`), or loops forever (`hang`).
   */
  breakWorkerForTesting(fault: WorkerFault): void {
    if (fault === 'kill') this.client?.killWorkerForTesting();
    else this.client?.send({ type: fault === 'crash' ? 'debugCrash' : 'debugHang' });
  }

  dispose(): void {
    this.unsubscribe();
    this.editor.setPendingWeights(undefined);
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
    this.client ??= new TrainingClient(this.spawnWorker, this.heartbeat);
    const { id } = addNewRun(describeRun(model, this.previousModel));
    setMainRunId(id);
    this.heldWeights = undefined;
    const run = new TrainingRun(id, this.client, model, {
      onWeights: (tensors) => {
        if (!this.stale) this.heldWeights = tensors;
      },
      onStopped: () => this.writeHeldWeights(),
      table: this.editor.tableFile?.(planTraining(model.training).data.source),
    });
    this.run = run;
    this.runStructure = this.editor.getStructureVersion();
    this.runGeneration = this.editor.getGeneration();
    this.stale = false;
    this.previousModel = model;
    run.start();
    run.setStatistics(this.watch.statistics);
    run.setSpeed(this.watch.stepsPerSecond);
    run.inspect(this.watch.nodeId);
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

  /**
   * After a graph edit, what the run had learnt goes into the document first (where it still fits
   * the edited graph); new data has dropped the trained weights, so the run's are not written
   * back then. Later weights of the run are ignored.
   */
  private markStale(run: TrainingRun, reason: StaleReason): void {
    const held = this.heldWeights;
    this.heldWeights = undefined;
    this.stale = true;
    setMainRunStale(reason);
    if (held && reason === 'graph') this.editor.applyTrainedWeights(storedWeights(held));
    if (run.isPlaying) run.stop(STOP_REASONS[reason]);
  }

  /**
   * A new graph: the run stays in the list, but nothing on the dashboard speaks for the new graph
   * yet, and the weights it held back belong to the old one.
   */
  private letGo(run: TrainingRun): void {
    if (run.isPlaying) run.stop(STOP_REASONS.graph);
    run.detach();
    this.run = undefined;
    this.heldWeights = undefined;
    this.previousModel = undefined;
    setMainRunId(undefined);
  }
}

function sameHyperparameters(a: Hyperparameters, b: Hyperparameters): boolean {
  return a.optimizer === b.optimizer && a.lr === b.lr && a.batchSize === b.batchSize && a.l2 === b.l2;
}
