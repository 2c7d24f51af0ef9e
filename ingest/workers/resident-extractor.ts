/**
 * The resident extractor (issue 13): a long-running leakgraph process (`serve`, `start`, or
 * `leakgraph extractor`) keeps an entity worker loaded, with its lexicons and the last run's gazetteer,
 * behind a socket in the data folder. An ingest of a few new mails hands its entity pass to it instead
 * of loading the extractor itself (~1.3 CPU-s) and building the gazetteer from scratch (~0.4 CPU-s per
 * 23,000 correspondents; the resident one only applies what changed).
 *
 * This is the ingest's side: connect, send the correspondents and the work, read the results in
 * order. The socket is a Unix socket in an owner-only folder, so only the analyst's own processes
 * reach it and nothing listens on the network. A host that is busy with another ingest, runs another
 * build of leakgraph, or goes away mid-run costs nothing but speed: the work goes to a local worker
 * thread, started then with the same correspondents, and the items the host had not answered are
 * extracted there.
 */
import { lstatSync, statSync } from 'node:fs';
import { type Socket, createConnection } from 'node:net';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { Correspondent } from '../extract/entities/types.js';
import type { EntityExtractor } from './entity-extractor.js';
import { FrameReader, encodeFrame } from './frames.js';
import { WorkerPool } from './pool.js';
import type { EntityResult, EntityWork } from './protocol.js';

export type HostMessage =
  | { type: 'hello'; build: string }
  | { type: 'ready' }
  | { type: 'busy' }
  | { type: 'results'; results: EntityResult[] }
  | { type: 'error'; error: string };

/** 'begin' asks for the session (one ingest at a time), 'end' gives it back; a connection that only reads the hello takes none. */
export type ClientMessage =
  | { type: 'begin' }
  /** The correspondents as JSON: one string is read and handed to the host's worker in a few ms. */
  | { type: 'configure'; correspondents: string }
  | { type: 'work'; items: EntityWork[] }
  | { type: 'end' };

/**
 * Which build of leakgraph a process runs: this module's path and modification time (a rebuild
 * rewrites it). A host of another build may extract differently, so an ingest does not use it.
 */
export function buildStamp(): string {
  const file = fileURLToPath(import.meta.url);
  return `${file}@${statSync(file).mtimeMs}`;
}

// A Unix socket's path is at most 107 bytes on Linux and 103 on macOS; a longer one is cut short, silently.
const MAX_SOCKET_PATH_BYTES = 103;

/** Why `path` cannot be a Unix socket's, if it cannot. */
export function socketPathTooLong(path: string): string | undefined {
  const bytes = Buffer.byteLength(path);
  if (bytes <= MAX_SOCKET_PATH_BYTES) return undefined;
  return `its socket's path (${path}) is ${bytes} bytes, more than a Unix socket takes (${MAX_SOCKET_PATH_BYTES}): set LEAKGRAPH_HOME to a shorter folder`;
}

const ownerOnly = (mode: number) => (mode & 0o077) === 0;
const mine = (uid: number) => process.getuid === undefined || uid === process.getuid();

/**
 * Why the socket at `path` must not be used, if it must not: a path too long to be a socket's, or a
 * folder or socket that is not this user's own and closed to others (a folder someone else could
 * write to lets them listen there and be handed the mail). `socket: false`: check the folder only.
 */
export function socketPlaceProblem(path: string, socket = true): string | undefined {
  const tooLong = socketPathTooLong(path);
  if (tooLong) return tooLong;
  const folder = lstatSync(dirname(path), { throwIfNoEntry: false });
  if (!folder) return `${dirname(path)} does not exist`;
  if (!folder.isDirectory() || !mine(folder.uid) || !ownerOnly(folder.mode))
    return `${dirname(path)} is not a folder of this user's own, closed to others`;
  if (!socket) return undefined;
  const file = lstatSync(path, { throwIfNoEntry: false });
  if (!file?.isSocket()) return `${path} is not a socket`;
  if (!mine(file.uid) || !ownerOnly(file.mode)) return `${path} is not this user's own, closed to others`;
  return undefined;
}

const CHUNK_ITEMS = 64;
// Text per chunk, as the local pool bounds it: a frame stays far below MAX_FRAME_BYTES however long the bodies.
const CHUNK_CHARS = 1024 * 1024;
// Chunks out at the host at once: enough to keep its worker busy across the socket's round trips.
const IN_FLIGHT_CHUNKS = 6;
// A host answers its greeting at once (its worker loads in the background); one that does not is stuck.
const GREETING_MS = 1_000;
// A host gives a session back at once; a closing ingest does not wait longer than this for it.
const CLOSE_MS = 1_000;

interface Waiting {
  items: EntityWork[];
  resolve: (results: EntityResult[]) => void;
}

export class ResidentExtractor implements EntityExtractor {
  readonly workers = 1;
  private readonly reader = new FrameReader();
  private waiting: Waiting[] = [];
  private correspondents: Correspondent[] | undefined;
  private fallback: WorkerPool<'entities'> | undefined;
  private lost: string | undefined;
  private closed = false;
  private granted = false;
  private settle: ((ok: boolean) => void) | undefined;
  /** True once the host gave this client the session; false if it is busy, of another build, or silent. */
  readonly session: Promise<boolean>;

  constructor(private readonly socket: Socket) {
    this.session = new Promise((resolve) => (this.settle = resolve));
    const silent = setTimeout(() => this.lose('no answer from the resident extractor'), GREETING_MS);
    void this.session.then(() => clearTimeout(silent));
    socket.on('data', (chunk: Buffer) => {
      try {
        for (const value of this.reader.push(chunk)) this.receive(value as HostMessage);
      } catch (error) {
        this.lose(`unreadable answer: ${String(error)}`);
      }
    });
    socket.on('error', (error) => this.lose(error.message));
    socket.on('close', () => this.lose('the resident extractor closed the connection'));
  }

  /** The host had the session and read everything asked so far (false once work went to a local thread). */
  get resident(): boolean {
    return this.granted && this.fallback === undefined;
  }

  private receive(message: HostMessage): void {
    if (message.type === 'hello') {
      if (message.build === buildStamp()) this.write({ type: 'begin' });
      else this.lose('the resident extractor runs another build of leakgraph');
    } else if (message.type === 'ready') {
      this.granted = true;
      this.settle?.(true);
    } else if (message.type === 'busy') this.lose('the resident extractor is serving another ingest');
    else if (message.type === 'results') this.waiting.shift()?.resolve(message.results);
    else this.lose(message.error);
  }

  /** False when the message could not be sent (too large to frame): the host is given up, the work goes local. */
  private write(message: ClientMessage): boolean {
    try {
      this.socket.write(encodeFrame(message));
      return true;
    } catch (error) {
      this.lose(`could not send to the resident extractor: ${String(error)}`);
      return false;
    }
  }

  private lose(reason: string): void {
    if (this.lost !== undefined) return;
    this.lost = reason;
    this.settle?.(false);
    this.socket.destroy();
    const waiting = this.waiting;
    this.waiting = [];
    for (const { items, resolve } of waiting) void this.local(items).then(resolve);
  }

  private local(items: EntityWork[]): Promise<EntityResult[]> {
    this.fallback ??= new WorkerPool('entities', 1, {
      ...(this.correspondents && { correspondents: this.correspondents }),
    });
    return collect(this.fallback.map(items));
  }

  configure(patch: { correspondents: Correspondent[] }): void {
    this.correspondents = patch.correspondents;
    if (this.fallback) this.fallback.configure(patch);
    if (this.lost === undefined)
      this.write({ type: 'configure', correspondents: JSON.stringify(patch.correspondents) });
  }

  private send(items: EntityWork[]): Promise<EntityResult[]> {
    if (this.lost !== undefined || !this.write({ type: 'work', items })) return this.local(items);
    return new Promise((resolve) => this.waiting.push({ items, resolve }));
  }

  async *map(source: AsyncIterable<EntityWork> | Iterable<EntityWork>): AsyncGenerator<EntityResult> {
    const pending: Promise<EntityResult[]>[] = [];
    let chunk: EntityWork[] = [];
    let chars = 0;
    for await (const item of source) {
      chunk.push(item);
      chars += item.text.length;
      if (chunk.length >= CHUNK_ITEMS || chars >= CHUNK_CHARS) {
        pending.push(this.send(chunk));
        chunk = [];
        chars = 0;
      }
      while (pending.length >= IN_FLIGHT_CHUNKS) yield* await pending.shift()!;
    }
    if (chunk.length > 0) pending.push(this.send(chunk));
    while (pending.length > 0) yield* await pending.shift()!;
  }

  /** Gives the session back and waits until the host has (so the next ingest finds it free), at most CLOSE_MS. */
  async close(): Promise<void> {
    if (this.lost === undefined && !this.closed) {
      this.closed = true;
      const gone = new Promise((resolve) => this.socket.once('close', resolve));
      this.write({ type: 'end' });
      await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, CLOSE_MS).unref())]);
    }
    this.closed = true;
    // Work still out (the pass failed elsewhere) is abandoned, as WorkerPool.close abandons it, not read locally.
    this.waiting = [];
    this.lose('closed');
    await this.fallback?.close();
  }
}

/** Every result of a map, in order. */
export async function collect(results: AsyncIterable<EntityResult>): Promise<EntityResult[]> {
  const all: EntityResult[] = [];
  for await (const result of results) all.push(result);
  return all;
}

/** The first message a socket brings, or undefined after `ms`, an error or its end. */
function firstMessage(socket: Socket, ms: number): Promise<HostMessage | undefined> {
  return new Promise((resolve) => {
    const reader = new FrameReader();
    const done = (message: HostMessage | undefined) => {
      clearTimeout(timer);
      socket.off('data', onData).off('error', onEnd).off('close', onEnd);
      resolve(message);
    };
    const onData = (chunk: Buffer) => {
      try {
        const [first] = reader.push(chunk);
        if (first !== undefined) done(first as HostMessage);
      } catch {
        done(undefined);
      }
    };
    const onEnd = () => done(undefined);
    const timer = setTimeout(onEnd, ms);
    socket.on('data', onData).on('error', onEnd).on('close', onEnd);
  });
}

/** Whether a host answers at `path` (its hello), without taking its session. */
export async function hostAnswers(path: string, ms = GREETING_MS): Promise<boolean> {
  const socket = createConnection(path);
  socket.on('error', () => {});
  const message = await firstMessage(socket, ms);
  socket.destroy();
  return message !== undefined;
}

/**
 * The resident extractor at `path`, if one runs there, is free and runs this build; else undefined
 * (the caller starts its own worker). Never throws: no host is the ordinary case.
 */
export async function connectResidentExtractor(path: string): Promise<ResidentExtractor | undefined> {
  try {
    if (socketPlaceProblem(path)) return undefined;
  } catch {
    return undefined; // a folder this user may not even look into
  }
  const client = new ResidentExtractor(createConnection(path));
  if (await client.session) return client;
  await client.close();
  return undefined;
}
