/**
 * How a run's record changes: pure functions of (record, event), so the store stays a dumb
 * container and these rules can be tested without a worker.
 */
import { unhandledMessage, type FromWorker } from '../../worker/protocol.ts';
import type { RunRecord, RunStatus } from './runTypes.ts';

export function newRunRecord(id: string, name: string, color: string): RunRecord {
  return { id, name, color, status: 'idle', denseIds: [], loss: [], gradients: [] };
}

/** The record after one message from its worker (messages that do not touch the record return it unchanged). */
export function applyWorkerMessage(run: RunRecord, message: FromWorker): RunRecord {
  switch (message.type) {
    // Sent after `init` and after `reset`: the history starts again, the run keeps its place.
    case 'ready':
      return { ...run, denseIds: message.denseIds, loss: [], gradients: [], status: 'idle', message: undefined };
    case 'metrics':
      if (message.points.length === 0 && message.gradients.length === 0) return run;
      return {
        ...run,
        loss: run.loss.concat(message.points),
        gradients: run.gradients.concat(message.gradients),
      };
    case 'status':
      return withStatus(run, message.status);
    case 'diverged':
      return { ...run, status: 'diverged', message: message.message };
    case 'error':
      return { ...run, status: run.status === 'running' ? 'paused' : run.status, message: message.message };
    case 'boundary':
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
