/**
 * The main run: the training attached to the editor's graph, driven by the Train / Pause / Step
 * / Reset controls. Its weights flow back into the document whenever it stops (and before an
 * export); editing the graph (or the data settings) while it trains stops it and says why, so
 * a stale network never trains silently.
 */
import type { DataReference, NetloomModel, NodeWeights } from '../../model/index.ts';
import type { Hyperparameters, TableFile, TensorSnapshot } from '../../worker/protocol.ts';
import { planTraining, sameData, storedWeights } from '../../worker/protocol.ts';
import { addRun, setMainRunId } from './runsStore.ts';
import { newRunRecord } from './runRecord.ts';
import { nextRunColor, nextRunId } from './runIdentity.ts';
import { TrainingClient, type Heartbeat, type WorkerLike } from './trainingClient.ts';
import { TrainingRun } from './trainingRun.ts';

/** What the main run needs from the editor store (an interface, so tests can fake the editor). */
export interface EditorBinding {
  getModel(): NetloomModel;
  getStructureVersion(): number;
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
  graphEdited: 'The graph was edited, so training stopped. Press Train to start a new run on the edited network.',
  dataChanged: 'The dataset settings changed, so training stopped. Press Train to start a new run on the new data.',
} as const;

export class MainRunController {
  private client: TrainingClient | undefined;
  private run: TrainingRun | undefined;
  /** The structure version the current run was built from. */
  private runStructure = -1;
  /** True once the graph or the data moved on from what the run trains. */
  private stale = false;
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

  /** The run to command: the current one if it still trains this graph, else a new one from the graph. */
  private current(): TrainingRun {
    if (this.run && !this.stale && this.run.canContinue) return this.run;
    return this.startRun(this.editor.getModel());
  }

  private startRun(model: NetloomModel): TrainingRun {
    this.run?.detach();
    this.client ??= new TrainingClient(this.spawnWorker, this.heartbeat);
    const settings = planTraining(model.training);
    const id = nextRunId();
    addRun(newRunRecord(id, `${model.name ?? 'Network'} · seed ${settings.data.seed}`, nextRunColor()));
    setMainRunId(id);
    this.heldWeights = undefined;
    const run = new TrainingRun(id, this.client, model, {
      onWeights: (tensors) => {
        if (!this.stale) this.heldWeights = tensors;
      },
      onStopped: () => this.writeHeldWeights(),
      table: this.editor.tableFile?.(settings.data.source),
    });
    this.run = run;
    this.runStructure = this.editor.getStructureVersion();
    this.stale = false;
    run.start();
    run.setStatistics(this.watch.statistics);
    run.setSpeed(this.watch.stepsPerSecond);
    run.inspect(this.watch.nodeId);
    return run;
  }

  private editorChanged(): void {
    const run = this.run;
    if (!run || this.stale) return;
    const { data, hyperparameters } = planTraining(this.editor.getModel().training);
    if (this.editor.getStructureVersion() !== this.runStructure) this.markStale(run, STOP_REASONS.graphEdited);
    else if (!sameData(data, run.settings.data)) this.markStale(run, STOP_REASONS.dataChanged);
    else if (!sameHyperparameters(hyperparameters, run.hyperparameters)) run.setHyperparameters(hyperparameters);
  }

  /** What the run had learnt goes into the document first (where it still fits the edited graph); later weights are ignored. */
  private markStale(run: TrainingRun, reason: string): void {
    const held = this.heldWeights;
    this.heldWeights = undefined;
    this.stale = true;
    if (held) this.editor.applyTrainedWeights(storedWeights(held));
    if (run.isPlaying) run.stop(reason);
  }
}

function sameHyperparameters(a: Hyperparameters, b: Hyperparameters): boolean {
  return a.optimizer === b.optimizer && a.lr === b.lr && a.batchSize === b.batchSize && a.l2 === b.l2;
}
