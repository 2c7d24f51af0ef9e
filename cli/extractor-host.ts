/**
 * The host of the resident extractor (ingest/workers/resident-extractor.ts): one entity worker, loaded
 * as the host starts and kept, serving the ingests of this data folder one at a time over a Unix
 * socket in an owner-only folder. Its gazetteer stays in the worker between runs, so a run's
 * correspondents only change the entries of the people who changed (gazetteer/live-gazetteer.ts).
 *
 * Run by `leakgraph serve` and `start` (an analyst exploring the graph while new mail comes in) and
 * alone by `leakgraph extractor`. A `leakgraph extractor` process holds ~190 MB idle (the lexicons),
 * 200–260 MB after ingests into a graph of 23,000 correspondents (measured on the ×4 benchmark graph).
 */
import { chmodSync, existsSync, lstatSync, mkdirSync, rmSync } from 'node:fs';
import { type Server, type Socket, createServer } from 'node:net';
import { dirname } from 'node:path';

import { startEntityWorker } from '../ingest/workers/entity-worker.js';
import { FrameReader, MAX_FRAME_BYTES, encodeFrame } from '../ingest/workers/frames.js';
import type { WorkerPool } from '../ingest/workers/pool.js';
import {
  type ClientMessage,
  type HostMessage,
  buildStamp,
  collect,
  hostAnswers,
  socketPathTooLong,
  socketPlaceProblem,
} from '../ingest/workers/resident-extractor.js';

export interface ExtractorHost {
  path: string;
  /** Ingests served so far. */
  readonly sessions: number;
  close(): Promise<void>;
}

const send = (socket: Socket, message: HostMessage) => {
  if (!socket.destroyed) socket.write(encodeFrame(message));
};

interface Sessions {
  /** The connection holding the session, if any: one ingest at a time. */
  holder: Socket | undefined;
  served: number;
}

// Before its session begins a connection has nothing large to say; only the session's holder may send a run's worth.
const GREETING_FRAME_BYTES = 64 * 1024;

/** A message of the shape the protocol gives it, or undefined (anything else is refused). */
function clientMessage(value: unknown): ClientMessage | undefined {
  const m = value as Partial<ClientMessage> | null;
  if (typeof m !== 'object' || m === null) return undefined;
  if (m.type === 'begin' || m.type === 'end') return m as ClientMessage;
  if (m.type === 'configure' && typeof m.correspondents === 'string') return m as ClientMessage;
  if (m.type === 'work' && Array.isArray(m.items)) return m as ClientMessage;
  return undefined;
}

/** One connection: hello; then, once it has begun its session, configure and work, answered in order. */
function serveConnection(socket: Socket, pool: WorkerPool<'entities'>, build: string, sessions: Sessions): void {
  const reader = new FrameReader(GREETING_FRAME_BYTES);
  let answered: Promise<void> = Promise.resolve();
  // The worker keeps the last session's correspondents: work before this session's own is refused.
  let configured = false;
  const refuse = (error: string) => {
    send(socket, { type: 'error', error });
    socket.destroy();
  };
  const release = () => {
    if (sessions.holder === socket) sessions.holder = undefined;
  };
  socket.on('data', (chunk: Buffer) => {
    let values: unknown[];
    try {
      values = reader.push(chunk);
    } catch (error) {
      refuse(String(error));
      return;
    }
    for (const value of values) {
      const message = clientMessage(value);
      if (!message) {
        refuse('not a message of the resident extractor');
        return;
      }
      if (message.type === 'begin') {
        if (sessions.holder && sessions.holder !== socket) {
          send(socket, { type: 'busy' });
          socket.end();
          return;
        }
        sessions.holder = socket;
        sessions.served++;
        reader.limit = MAX_FRAME_BYTES;
        send(socket, { type: 'ready' });
      } else if (sessions.holder !== socket) {
        refuse('no session: begin first');
        return;
      } else if (message.type === 'end') {
        // Free before the socket closes: the ingest waits for the close, and the next one may begin at once.
        release();
        socket.end();
        return;
      } else if (message.type === 'configure') {
        pool.configure({ correspondentsJson: message.correspondents });
        configured = true;
      } else if (!configured) {
        refuse('work sent before the correspondents');
        return;
      } else {
        // Handed to the pool now (it keeps the worker busy); answered after the work before it.
        const results = collect(pool.map(message.items));
        answered = answered
          .then(async () => send(socket, { type: 'results', results: await results }))
          .catch((error: unknown) => refuse(String(error)));
      }
    }
  });
  socket.on('error', () => socket.destroy());
  socket.once('close', release);
  send(socket, { type: 'hello', build });
}

/**
 * Starts a host at `path`, or returns undefined when one already answers there (another `serve` of
 * this data folder). A socket file left by a host that was killed is removed.
 */
export async function startExtractorHost(path: string): Promise<ExtractorHost | undefined> {
  const tooLong = socketPathTooLong(path);
  if (tooLong) throw new Error(tooLong);
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  // A folder of this user's own left open to others is closed; anything else (a link, another user's) is refused.
  const folder = lstatSync(dirname(path));
  if (folder.isDirectory() && folder.uid === process.getuid?.()) chmodSync(dirname(path), 0o700);
  const problem = socketPlaceProblem(path, false);
  if (problem) throw new Error(problem);
  if (existsSync(path)) {
    if (await hostAnswers(path)) return undefined;
    rmSync(path, { force: true });
  }
  const pool = startEntityWorker();
  const build = buildStamp();
  const sessions: Sessions = { holder: undefined, served: 0 };
  const open = new Set<Socket>();
  const server: Server = createServer((socket) => {
    open.add(socket);
    socket.once('close', () => open.delete(socket));
    serveConnection(socket, pool, build, sessions);
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(path, () => resolve());
    });
    chmodSync(path, 0o600);
  } catch (error) {
    server.close();
    await pool.close();
    throw error;
  }
  return {
    path,
    get sessions() {
      return sessions.served;
    },
    async close() {
      for (const socket of open) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.close();
      rmSync(path, { force: true });
    },
  };
}
