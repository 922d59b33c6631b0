// pglite-socket 0.2 queues each protocol message on its own, so between one client's Parse and its
// Bind/Execute another client's statement may run on the single PGlite session: results get mixed
// up (found by the e2e tests). This replaces the server's queue loop with one that, besides keeping
// an open transaction's messages together (as the original does), keeps each client's request whole:
// once a client's message runs, only that client's messages run until its request ends with Sync,
// a simple Query or Terminate.
import "server-only";
import type { PGlite } from "@electric-sql/pglite";
import type { PGLiteSocketServer } from "@electric-sql/pglite-socket";

type QueuedMessage = {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: Error) => void;
};

type QueueState = {
  db: PGlite;
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  processQueue: () => Promise<void>;
  clearQueueForHandler: (handlerId: number) => void;
};

const SYNC = 0x53; // 'S'
const QUERY = 0x51; // 'Q'
const TERMINATE = 0x58; // 'X'

/** Does this message end a request (so another client may go next)? A startup message has no type byte. */
export function endsRequest(message: Uint8Array): boolean {
  const type = message[0];
  if (type === SYNC || type === QUERY || type === TERMINATE) return true;
  return message.length >= 8 && type === 0 && new DataView(message.buffer, message.byteOffset).getInt32(4) === 196608;
}

export function keepRequestsWhole(server: PGLiteSocketServer): void {
  const state = (server as unknown as { queryQueue: QueueState }).queryQueue;
  let midRequest = false;

  state.processQueue = async function processQueue() {
    if (state.processing) return;
    state.processing = true;
    try {
      while (state.queue.length > 0) {
        const sticky = (midRequest || state.db.isInTransaction()) && state.lastHandlerId !== null;
        const index = sticky ? state.queue.findIndex((q) => q.handlerId === state.lastHandlerId) : 0;
        if (index === -1) break; // wait for the current client's next message
        const [item] = state.queue.splice(index, 1);
        let sent = 0;
        try {
          await state.db.runExclusive(() =>
            state.db.execProtocolRawStream(item.message, {
              onRawData: (data: Uint8Array) => {
                sent += data.length;
                item.onData(data);
              },
            }),
          );
          state.lastHandlerId = item.handlerId;
          midRequest = !endsRequest(item.message);
          item.resolve(sent);
        } catch (error) {
          state.lastHandlerId = item.handlerId;
          midRequest = false;
          item.reject(error as Error);
        }
      }
    } finally {
      state.processing = false;
    }
  };

  // a client that disconnects in the middle of a request must not block the others
  const clear = state.clearQueueForHandler.bind(state);
  state.clearQueueForHandler = (handlerId: number) => {
    clear(handlerId);
    if (state.lastHandlerId === handlerId && !state.db.isInTransaction()) {
      midRequest = false;
      state.lastHandlerId = null;
      void state.processQueue();
    }
  };
}
