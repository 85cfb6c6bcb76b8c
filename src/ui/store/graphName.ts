import type { NetloomModel } from '../../model/index.ts';

/** What a graph without a name is called (in run names, file names and the name field's placeholder). */
export const UNTITLED = 'untitled';

/** The graph's name as people see it: runs and exported files are named after it. */
export function graphName(model: NetloomModel): string {
  return model.name?.trim() || UNTITLED;
}
