/**
 * ① read: what zip, tar and gzip readers share. A container lists its entries as ChildEntry
 * values, in archive order; the caller opens the ones it wants (the reader: all of them;
 * readRawCopy: the one it looks for). Entry names are checked, counted against the outermost
 * archive's budget, and labelled once per entry (entry-names.ts).
 */
import type { ReadEvents } from '../model.js';
import { LimitExceededError } from './errors.js';
import { type ArchiveBudget, type ByteSource, type InputNode, type NodeRef } from './input-node.js';
import type { ReadLimits } from './limits.js';
import { baseNameOf } from './mailbox-path.js';

export interface ReadContext {
  events: ReadEvents;
  limits: ReadLimits;
}

export interface ChildEntry {
  /** The element this entry adds to SourceRef.entries. */
  label: string;
  /** What a zip's directory declares of the entry, before it is inflated (zip-bomb checks). */
  declared?: { size: number; compressedSize: number };
  /** Opens the entry for reading; valid until the container moves to its next entry. */
  open(): Promise<InputNode>;
}

export type ContainerFormat = 'zip' | 'tar' | 'gzip';

export function budgetOf(node: InputNode): ArchiveBudget {
  node.budget ??= { bytes: 0, entries: 0 };
  return node.budget;
}

/** Counts one more entry of `node` against the outermost archive's budget; past the limit, stops the archive. */
export function countEntry(node: InputNode, ctx: ReadContext): void {
  const budget = budgetOf(node);
  budget.entries++;
  if (budget.entries > ctx.limits.maxArchiveEntries) {
    throw new LimitExceededError(
      'maxArchiveEntries',
      `${describeRef(node.ref)}: archive stopped at entry ${budget.entries}`,
      ctx.limits,
    );
  }
}

export function childRef(parent: InputNode, label: string): NodeRef {
  return { path: parent.ref.path, entries: [...parent.ref.entries, label] };
}

/** The node for an entry `path` ("a/b/1.eml", canonical) of container `parent`. */
export function childNode(
  parent: InputNode,
  format: ContainerFormat,
  label: string,
  path: string,
  head: Buffer,
  source: ByteSource,
): InputNode {
  const segments = path.split('/');
  return {
    ref: childRef(parent, label),
    name: segments.at(-1)!,
    dirs: [...parent.dirs, ...segments.slice(0, -1)],
    // A gzip layer only compresses its content: the content keeps the name the archive gave.
    rootLabel: format === 'gzip' ? parent.rootLabel : baseNameOf(parent.name),
    depth: parent.depth + 1,
    budget: budgetOf(parent),
    head,
    source,
  };
}

/** Shown in onSkip: the file and its entry chain. */
export function describeRef(ref: NodeRef): string {
  return [ref.path, ...ref.entries].join(' » ');
}
