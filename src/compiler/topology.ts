import type { ModelEdge, ModelNode, NetloomModel, NodeOf } from '../model/index.ts';

/** One wire of the graph as the compiler walks it. */
export interface GraphEdge {
  source: string;
  target: string;
  /** The target port the document names (`in1`), if it names one. */
  targetHandle: string | undefined;
  /** Position in the document's edge list, for messages. */
  index: number;
}

/**
 * The model's nodes with adjacency lists, built once per compile so every walk is O(V + E).
 * Everything keyed by a node id is a Map: ids are free text, and `constructor` is a fine id.
 */
export interface Graph {
  /** Nodes by id, in document order. */
  nodes: Map<string, ModelNode>;
  /** Target ids of each node's outgoing edges, in document order (a target repeats once per wire). */
  next: Map<string, string[]>;
  /** Source ids of each node's incoming edges, in document order. */
  prev: Map<string, string[]>;
  /** Each node's incoming wires, in document order. */
  incoming: Map<string, GraphEdge[]>;
}

export function buildGraph(model: Pick<NetloomModel, 'nodes' | 'edges'>): Graph {
  const graph: Graph = { nodes: new Map(), next: new Map(), prev: new Map(), incoming: new Map() };
  for (const node of model.nodes) {
    graph.nodes.set(node.id, node);
    graph.next.set(node.id, []);
    graph.prev.set(node.id, []);
    graph.incoming.set(node.id, []);
  }
  model.edges.forEach((edge, index) => addEdge(graph, edge, index));
  return graph;
}

function addEdge(graph: Graph, edge: Pick<ModelEdge, 'source' | 'target' | 'targetHandle'>, index: number): void {
  // A loaded model never has dangling edges (the schema refuses them), but the editor may
  // compile mid-edit, e.g. while a node is being deleted; such an edge simply does not count.
  const outgoing = graph.next.get(edge.source);
  const incoming = graph.prev.get(edge.target);
  if (!outgoing || !incoming) return;
  outgoing.push(edge.target);
  incoming.push(edge.source);
  graph.incoming.get(edge.target)!.push({ source: edge.source, target: edge.target, targetHandle: edge.targetHandle, index });
}

export function successors(graph: Graph, id: string): readonly string[] {
  return graph.next.get(id) ?? [];
}

export function predecessors(graph: Graph, id: string): readonly string[] {
  return graph.prev.get(id) ?? [];
}

/** The nodes of one type, in document order. */
export function nodesOfType<T extends ModelNode['type']>(graph: Graph, type: T): NodeOf<T>[] {
  const found: NodeOf<T>[] = [];
  for (const node of graph.nodes.values()) if (node.type === type) found.push(node as NodeOf<T>);
  return found;
}

/** Every node reachable from `starts` (included) following edges forward or backward. */
export function reachable(graph: Graph, starts: readonly string[], direction: 'forward' | 'backward'): Set<string> {
  const neighbours = direction === 'forward' ? graph.next : graph.prev;
  const seen = new Set(starts);
  const stack = [...starts];
  while (stack.length > 0) {
    for (const id of neighbours.get(stack.pop()!) ?? []) {
      if (!seen.has(id)) {
        seen.add(id);
        stack.push(id);
      }
    }
  }
  return seen;
}

/**
 * The groups of nodes that lie on a loop (strongly connected components with more than one
 * node, or a node wired to itself), each in document order. Tarjan's algorithm, iterative so a
 * long chain cannot overflow the call stack.
 */
export function findLoops(graph: Graph): string[][] {
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const loops: string[][] = [];
  let counter = 0;

  const open = (id: string) => {
    index.set(id, counter);
    lowLink.set(id, counter);
    counter += 1;
    stack.push(id);
    onStack.add(id);
  };

  for (const root of graph.nodes.keys()) {
    if (index.has(root)) continue;
    open(root);
    // Each frame is a node and how many of its successors have been visited.
    const frames: { id: string; visited: number }[] = [{ id: root, visited: 0 }];
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const targets = successors(graph, frame.id);
      if (frame.visited < targets.length) {
        const target = targets[frame.visited]!;
        frame.visited += 1;
        if (!index.has(target)) {
          open(target);
          frames.push({ id: target, visited: 0 });
        } else if (onStack.has(target)) {
          lowLink.set(frame.id, Math.min(lowLink.get(frame.id)!, index.get(target)!));
        }
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) lowLink.set(parent.id, Math.min(lowLink.get(parent.id)!, lowLink.get(frame.id)!));
      if (lowLink.get(frame.id) === index.get(frame.id)) {
        const component = popComponent(stack, onStack, frame.id);
        if (component.length > 1 || successors(graph, frame.id).includes(frame.id)) loops.push(component);
      }
    }
  }
  const position = new Map([...graph.nodes.keys()].map((id, i) => [id, i]));
  return loops.map((component) => component.sort((a, b) => position.get(a)! - position.get(b)!));
}

function popComponent(stack: string[], onStack: Set<string>, rootId: string): string[] {
  const component: string[] = [];
  let id: string;
  do {
    id = stack.pop()!;
    onStack.delete(id);
    component.push(id);
  } while (id !== rootId);
  return component;
}

/**
 * The shortest loop through the first node of a group from `findLoops`, as a walk that returns
 * to its start (`['h', 'a', 'h']`), so a message can show people which wires close it.
 */
export function tracePath(graph: Graph, loop: readonly string[]): string[] {
  const start = loop[0]!;
  const members = new Set(loop);
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head]!;
    for (const target of successors(graph, id)) {
      if (target === start) return [...walkBack(cameFrom, id, start), start];
      if (members.has(target) && !cameFrom.has(target)) {
        cameFrom.set(target, id);
        queue.push(target);
      }
    }
  }
  // Every node of a strongly connected group lies on a loop back to itself.
  throw new Error(`no loop through ${start}`);
}

function walkBack(cameFrom: Map<string, string>, end: string, start: string): string[] {
  const path = [end];
  while (path.at(-1) !== start) path.push(cameFrom.get(path.at(-1)!)!);
  return path.reverse();
}

/**
 * Kahn's topological order of every node not on a loop: a node comes once all its sources
 * have. Ties keep document order, so a chain comes out as the chain and a run is repeatable.
 */
export function topologicalOrder(graph: Graph): string[] {
  const waiting = new Map<string, number>();
  const ready: string[] = [];
  for (const [id, sources] of graph.prev) {
    waiting.set(id, sources.length);
    if (sources.length === 0) ready.push(id);
  }
  for (let head = 0; head < ready.length; head++) {
    for (const target of successors(graph, ready[head]!)) {
      const left = waiting.get(target)! - 1;
      waiting.set(target, left);
      if (left === 0) ready.push(target);
    }
  }
  return ready;
}
