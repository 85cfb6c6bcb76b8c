import { formatIssue, parseModelJson, type NetloomModel } from '../../model/index.ts';
import type { Notice } from './viewStore.ts';

/** More than this and the message stops being readable; the rest is summarised. */
const MAX_LISTED_ISSUES = 6;

export type ImportResult = { ok: true; model: NetloomModel } | { ok: false; notice: Notice };

/** Reads a dropped or picked file's text as a netloom model, or says what is wrong and where. */
export function readModelFile(fileName: string, text: string): ImportResult {
  const result = parseModelJson(text);
  if (result.ok) return result;
  const lines = result.issues.map((issue) => (issue.nodeId ? `${formatIssue(issue)} (node ${issue.nodeId})` : formatIssue(issue)));
  const hidden = lines.length - MAX_LISTED_ISSUES;
  const details = hidden > 0 ? [...lines.slice(0, MAX_LISTED_ISSUES), `…and ${hidden} more`] : lines;
  return { ok: false, notice: { title: `Could not import ${fileName}; the graph is unchanged.`, details } };
}
