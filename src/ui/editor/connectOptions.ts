import type { Connection } from '../../compiler/index.ts';
import { portName, specOf, type NetloomModel } from '../../model/index.ts';
import { connectionRefusal, type WireEnd } from './connectionRefusal.ts';

/** A handle the keyboard's "Connect to…" / "Connect from…" menu offers, with what it says. */
export interface ConnectOption {
  end: WireEnd;
  /** "Dense dense2", or "Concatenate cat · in1" for one port of a merge node. */
  label: string;
}

/**
 * Every handle a wire from `from` could be dropped on, in document order: the same check a
 * drag makes (`connectionRefusal`, the compiler's `canConnect`), so the menu offers exactly
 * what a drag would accept. From an output: each free input port; from an input: each output.
 */
export function connectOptions(model: NetloomModel, from: WireEnd): ConnectOption[] {
  const options: ConnectOption[] = [];
  for (const node of model.nodes) {
    const spec = specOf(node);
    const name = `${spec.label} ${node.id}`;
    const ends: ConnectOption[] = [];
    if (from.handle === 'target') {
      if (spec.hasOutput) ends.push({ end: { nodeId: node.id, handle: 'source', port: 'out' }, label: name });
    } else {
      const ports = spec.inputPorts(node.params);
      for (let port = 0; port < ports; port++) {
        const end: WireEnd = { nodeId: node.id, handle: 'target', port: portName(port) };
        ends.push({ end, label: ports > 1 ? `${name} · ${portName(port)}` : name });
      }
    }
    options.push(...ends.filter((option) => connectionRefusal(model, from, option.end) === null));
  }
  return options;
}

/** The wire between two handles, output first, as `connectNodes` (and a drag) makes it. */
export function wireBetween(from: WireEnd, to: WireEnd): Connection {
  const [output, input] = from.handle === 'source' ? [from, to] : [to, from];
  return { source: output.nodeId, target: input.nodeId, targetHandle: input.port };
}
