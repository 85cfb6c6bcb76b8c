import type { NetloomModel } from '../model/index.ts';
import type { InitMessage } from './loopContracts.ts';
import { planTraining } from './protocol.ts';

/** The init message the UI would send for `model`, optionally at another learning rate (tests only). */
export function initFor(model: NetloomModel, { lr, session = 1 }: { lr?: number; session?: number } = {}): InitMessage {
  const plan = planTraining(model.training);
  if (lr !== undefined) plan.hyperparameters.lr = lr;
  return { type: 'init', session, model, ...plan };
}
