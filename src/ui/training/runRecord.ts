/**
 * How a run's record changes: pure functions of (record, event), so the store stays a dumb
 * container and these rules can be tested without a worker.
 */
import { unhandledMessage, type FromWorker } from '../../worker/protocol.ts';
import type { LossPoint, ProbePoint, RunRecord, RunStatus } from './runTypes.ts';

/**
 * Probe points kept per run. The worker sends up to ten a second, each a few hundred numbers;
 * past this many, every other one is dropped, so a long run keeps an even thinning of its history.
 */
export const MAX_PROBE_POINTS = 600;

export function newRunRecord(id: string, name: string, color: string, label = name): RunRecord {
  return { id, name, label, color, status: 'idle', denseIds: [], activations: [], loss: [], gradients: [], probes: [] };
}

/** New points after the old; a first new point of the last old one's step replaces it (it came back with an evaluation). */
function appendPoints(points: LossPoint[], added: readonly LossPoint[]): LossPoint[] {
  const resent = added.length > 0 && points.length > 0 && added[0]!.step === points.at(-1)!.step;
  return (resent ? points.slice(0, -1) : points).concat(added);
}

/** `kept` followed by `added`, halved (the latest point always kept) whenever it grows past `MAX_PROBE_POINTS`. */
export function appendProbes(kept: readonly ProbePoint[], added: readonly ProbePoint[]): ProbePoint[] {
  let all = kept.concat(added);
  while (all.length > MAX_PROBE_POINTS) {
    const last = all.length - 1;
    all = all.filter((_, i) => (last - i) % 2 === 0);
  }
  return all;
}

/** The record after one message from its worker (messages that do not touch the record return it unchanged). */
export function applyWorkerMessage(run: RunRecord, message: FromWorker): RunRecord {
  switch (message.type) {
    // Sent after `init` and after `reset`: the history starts again, the run keeps its place.
    case 'ready':
      return {
        ...run,
        denseIds: message.denseIds,
        activations: message.activations,
        loss: [],
        gradients: [],
        probes: [],
        status: 'idle',
        message: undefined,
      };
    case 'metrics':
      if (message.points.length === 0 && message.gradients.length === 0 && message.probes.length === 0) return run;
      return {
        ...run,
        loss: appendPoints(run.loss, message.points),
        gradients: run.gradients.concat(message.gradients),
        probes: message.probes.length === 0 ? run.probes : appendProbes(run.probes, message.probes),
      };
    case 'status':
      return withStatus(run, message.status);
    case 'diverged':
      return { ...run, status: 'diverged', message: message.message };
    case 'error':
      return { ...run, status: run.status === 'running' ? 'paused' : run.status, message: message.message };
    case 'boundary':
    case 'inspection':
    case 'predictions':
    case 'weights':
    case 'pong':
      return run;
    default:
      return unhandledMessage(message);
  }
}

/** A new status clears the previous stop reason only when the run moves again. */
export function withStatus(run: RunRecord, status: RunStatus, message?: string): RunRecord {
  if (run.status === status && message === undefined) return run;
  const keepMessage = status !== 'running' && message === undefined;
  return { ...run, status, message: keepMessage ? run.message : message };
}

/** The message a person sees when the worker behind a run died. */
export function crashMessage(reason: string): string {
  return `The training worker crashed (${reason}). A new worker has been started; the graph and the charts are intact — press Train to continue from the last saved weights.`;
}
