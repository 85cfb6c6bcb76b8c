/**
 * What the dashboard knows about one training run. The training session (worker side of the UI)
 * fills these; the charts only read them. Numbers come from the engine, never recomputed here.
 */
import type { GradientPoint, LossPoint, ProbedActivation, ProbePoint } from '../../worker/metricTypes.ts';

export type {
  ActivationStats,
  BoundarySnapshot,
  ConfusionMatrix,
  DigitSamples,
  GradientPoint,
  Histogram,
  LossPoint,
  NodeInspection,
  PredictionViews,
  ProbedActivation,
  ProbePoint,
  RegressionFit,
} from '../../worker/metricTypes.ts';

export type RunStatus = 'idle' | 'running' | 'paused' | 'done' | 'diverged' | 'crashed';

export interface RunRecord {
  id: string;
  /** Shown in legends and the run list: number, graph, dataset and what changed, e.g. "#3 xor · XOR · lr 0.1". */
  name: string;
  /** Written at the end of the run's lines in overlays, e.g. "#3" or "#4 sigmoid". */
  label: string;
  /** Colour of this run in overlays. */
  color: string;
  status: RunStatus;
  /** Dense node ids from first to last layer. */
  denseIds: string[];
  loss: LossPoint[];
  gradients: GradientPoint[];
  /** Activation nodes by depth, with their functions: the order of each probe point's activation statistics. */
  activations: ProbedActivation[];
  /** The layer statistics over time (at most `MAX_PROBE_POINTS`, thinned evenly as the run grows). */
  probes: ProbePoint[];
  /** Why the run stopped, in words a person understands (divergence, crash). */
  message?: string;
}
