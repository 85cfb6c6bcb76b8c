import { deflateSync, Inflate } from 'fflate';
import { formatIssue, loadModel, parseJson, shortestFloat32, type NetloomModel, type Tensor } from '../../model/index.ts';

/**
 * A network in a link: the model document, compact JSON, deflated (fflate, level 9) and
 * base64url-encoded into the URL fragment as `#model=…`. The fragment never reaches a server.
 * Decoding is the reverse, bounded at every step, and ends in `loadModel` (parse → migrate →
 * validate), the one way a document gets into Netloom.
 */

/** The fragment key a Netloom link uses; other fragments are not ours and are left alone. */
export const LINK_KEY = 'model';

/** Browsers accept URLs of a few MB; past a million characters a file is the better way to share. */
export const MAX_LINK_LENGTH = 1_000_000;

/**
 * The most a link's data may inflate to. A 1 MB link of ordinary JSON expands a few times over;
 * deflate can expand 1000-fold, so without a bound a short hostile link could fill the memory.
 */
export const MAX_INFLATED_BYTES = 16 * 1024 * 1024;

/** Input is fed to the inflater in slices this small, so one slice can overshoot the bound by at most ~1 MB. */
const INFLATE_SLICE = 1024;

/** What a link carries besides the graph (nodes, edges, name and positions, always). */
export interface LinkContents {
  /** The trained weights, as float32 (what the engine computes with). */
  weights: boolean;
  /** The `training` block: dataset, optimizer, learning rate, batch size, epochs, seed… */
  training: boolean;
}

export type EncodedLink = { ok: true; url: string } | { ok: false; length: number; message: string };

/**
 * The link that opens `model` at `base` (the page's URL without its fragment), or why it
 * cannot be made (longer than `MAX_LINK_LENGTH`).
 */
export function encodeModelLink(model: NetloomModel, contents: LinkContents, base: string): EncodedLink {
  const json = JSON.stringify(sharedDocument(model, contents));
  const url = `${base}#${LINK_KEY}=${toBase64Url(deflateSync(new TextEncoder().encode(json), { level: 9 }))}`;
  if (url.length <= MAX_LINK_LENGTH) return { ok: true, url };
  return { ok: false, length: url.length, message: tooLongMessage('would be', url.length) };
}

/**
 * What a link holds of `model`: positions rounded to whole pixels, weights rounded to the
 * shortest decimal that reads back as the same float32 (lossless for the engine), and the
 * weights or training settings left out unless asked for. Everything else is kept as it is.
 */
export function sharedDocument(model: NetloomModel, contents: LinkContents): NetloomModel {
  const { weights, training, ...rest } = model;
  return {
    ...rest,
    nodes: model.nodes.map((node) => (node.position ? { ...node, position: roundPosition(node.position) } : node)),
    ...(contents.weights && weights ? { weights: mapValues(weights, (tensors) => mapValues(tensors, roundTensor)) } : {}),
    ...(contents.training && training ? { training } : {}),
  };
}

export type DecodedLink = { ok: true; model: NetloomModel } | { ok: false; message: string };

/**
 * The model a `#model=…` fragment's data holds, or one sentence saying what is wrong with it:
 * too long, not base64url, cut short or not deflate data, expanding past `MAX_INFLATED_BYTES`,
 * not UTF-8 text, not JSON, or not a valid Netloom model (with the first reason and where).
 */
export function decodeModelLink(data: string): DecodedLink {
  if (data.length > MAX_LINK_LENGTH) return refuse(tooLongMessage('is', data.length));
  if (data.length === 0) return refuse('The link holds no network: nothing follows “#model=”.');
  const bytes = fromBase64Url(data);
  if (typeof bytes === 'string') return refuse(bytes);
  const inflated = inflateBounded(bytes, MAX_INFLATED_BYTES);
  if (typeof inflated === 'string') return refuse(inflated);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return refuse('The link is damaged: its data is not text.');
  }
  const parsed = parseJson(text);
  if (!parsed.ok) return refuse(`The link is damaged: its data is ${parsed.issue.message}.`);
  const loaded = loadModel(parsed.value);
  if (!loaded.ok) {
    const more = loaded.issues.length > 1 ? ` (and ${loaded.issues.length - 1} more)` : '';
    return refuse(`The link does not hold a valid Netloom model: ${formatIssue(loaded.issues[0]!)}${more}.`);
  }
  return loaded;
}

function refuse(message: string): DecodedLink {
  return { ok: false, message };
}

function tooLongMessage(verb: string, length: number): string {
  const millions = (length / 1_000_000).toFixed(1);
  return `The link ${verb} ${millions} million characters; links stop at 1 million. Share a file instead: Export → Netloom JSON, then Import JSON.`;
}

/** Inflates raw deflate data, stopping as soon as the output passes `limit` bytes. Returns the bytes or why not. */
function inflateBounded(data: Uint8Array, limit: number): Uint8Array | string {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    size += chunk.length;
    if (size <= limit) chunks.push(chunk);
    finished ||= final;
  });
  try {
    for (let start = 0; start < data.length && size <= limit; start += INFLATE_SLICE) {
      const end = Math.min(start + INFLATE_SLICE, data.length);
      inflater.push(data.subarray(start, end), end === data.length);
    }
  } catch {
    return 'The link is damaged or cut short: its data does not decompress.';
  }
  if (size > limit) return `The link expands to more than ${limit / (1024 * 1024)} MB, which no network of this editor needs; it was not opened.`;
  if (!finished) return 'The link is cut short: its data ends too early.';
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

const BASE64URL = /^[A-Za-z0-9_-]*$/;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // String.fromCharCode takes arguments; slices keep the call within the engine's argument limit.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes, or why the text is not base64url (a stray character, or a length no encoding gives). */
function fromBase64Url(text: string): Uint8Array | string {
  if (!BASE64URL.test(text)) {
    const at = [...text].findIndex((char) => !/[A-Za-z0-9_-]/.test(char));
    return `The link is damaged: character ${at + 1} of its data (“${[...text][at]}”) cannot be in a Netloom link.`;
  }
  // 4 characters carry 3 bytes; a remainder of 1 character carries none, so the text was cut.
  if (text.length % 4 === 1) return 'The link is cut short: its data ends in the middle of a byte.';
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

function roundPosition<P extends { x: number; y: number }>(position: P): P {
  return { ...position, x: Math.round(position.x), y: Math.round(position.y) };
}

function roundTensor(tensor: Tensor): Tensor {
  return tensor.map((entry: number | number[]) => (typeof entry === 'number' ? shortestFloat32(entry) : entry.map(shortestFloat32))) as Tensor;
}

function mapValues<T, U>(record: Record<string, T>, map: (value: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, map(value)]));
}
