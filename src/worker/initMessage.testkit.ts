import type { NetloomModel } from '../model/index.ts';
import type { InitMessage } from './loopContracts.ts';
import { resolveTraining } from './trainingSettings.ts';

/** The init message the UI would send for `model`, optionally at another learning rate (tests only). */
export function initFor(model: NetloomModel, { lr, session = 1 }: { lr?: number; session?: number } = {}): InitMessage {
  const settings = resolveTraining(model.training);
  if (lr !== undefined) settings.hyperparameters.lr = lr;
  return { type: 'init', session, model, ...settings };
}
