import { useConnection } from '@xyflow/react';
import { useModel } from '../store/index.ts';
import { useViewValue } from '../store/viewStore.ts';
import { connectionRefusal } from './connectionRefusal.ts';

/**
 * Says why a wire cannot go where the pointer is while the user drags it (React Flow only
 * marks the handle), and for a moment after a refused drop.
 */
export function ConnectionHint() {
  const liveReason = useLiveRefusal();
  const lastRefusal = useViewValue((view) => view.connectionRefusal);
  const reason = liveReason ?? lastRefusal;
  if (!reason) return null;
  return (
    <p className="connection-hint" role="status">
      Can’t connect: {reason}
    </p>
  );
}

function useLiveRefusal(): string | null {
  const model = useModel();
  const connection = useConnection();
  if (!connection.inProgress || !connection.toNode || !connection.toHandle) return null;
  return connectionRefusal(
    model,
    { nodeId: connection.fromNode.id, handle: connection.fromHandle.type, port: connection.fromHandle.id ?? null },
    { nodeId: connection.toNode.id, handle: connection.toHandle.type, port: connection.toHandle.id ?? null },
  );
}
