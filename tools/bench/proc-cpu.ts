/**
 * CPU seconds from /proc for the benchmarks: a process's (every thread), and a JVM's split by thread.
 *
 * The split is there because Neo4j's CPU over a run is not all query work: on a freshly started
 * server the JIT compilers cost about as much as the queries (the figures of 7 December 2026 are in the
 * README's Development section). A benchmark that starts its database measures that warm-up with the
 * rest; the split lets a reader tell.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

// Clock ticks per second of /proc/<pid>/stat (USER_HZ).
const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** The fields of a /proc stat line after the command name (which may hold spaces and ')'): [0] is field 3. */
function statFields(stat: string): string[] {
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** utime + stime (fields 14 and 15) of a /proc stat line, in seconds. */
function statSeconds(stat: string): number {
  const fields = statFields(stat);
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

/** starttime (field 22) of a /proc stat line: clock ticks after boot. */
function startTicks(stat: string): number {
  return Number(statFields(stat)[19]);
}

/** How long ago the process `pid` started, in seconds (its start time in /proc against the system's uptime). */
export function processAgeSeconds(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const start = startTicks(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    const uptime = Number(readFileSync('/proc/uptime', 'utf8').split(' ')[0]);
    return Math.round(uptime - start / CLOCK_TICKS);
  } catch {
    return undefined;
  }
}

/** user + system CPU seconds a process (all its threads, past and present) has used so far; undefined once it is gone. */
export function cpuSecondsOf(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    return statSeconds(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return undefined;
  }
}

/** A JVM's CPU seconds so far: all of it, and each of its JIT compiler and garbage collector threads'. */
export interface JvmCpu {
  /** When the process started, in clock ticks after boot: a restarted server may get the same pid. */
  start: number;
  total: number;
  /** Seconds of each JIT or GC thread, by thread id (see jvmCpuSpent). */
  threads: Map<string, { kind: 'jit' | 'gc'; seconds: number }>;
}

/** The seconds of a reading's JIT (or GC) threads together. */
export function partSeconds(reading: JvmCpu, kind: 'jit' | 'gc'): number {
  let seconds = 0;
  for (const thread of reading.threads.values()) if (thread.kind === kind) seconds += thread.seconds;
  return seconds;
}

/** What a JVM spent between two readings, to a tenth of a second; a part is null when it cannot be told. */
export interface JvmCpuSpent {
  total: number;
  jit: number | null;
  gc: number | null;
}

// HotSpot's thread names as /proc shows them (15 characters): "C2 CompilerThre", "C1 CompilerThre";
// G1's "GC Thread#0", "G1 Conc#0", "G1 Refine#0", "G1 Main Marker", "G1 Service".
const JIT_THREAD = /^C\d CompilerThre/;
const GC_THREAD = /^(GC Thread|G1 )/;

/**
 * The JVM `pid`'s CPU split by thread name. The threads are read before the total, so that the
 * parts never exceed it; `total` also counts threads that have ended.
 */
export function jvmCpuOf(pid: number | undefined): JvmCpu | undefined {
  if (!pid) return undefined;
  const threads: JvmCpu['threads'] = new Map();
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return undefined;
  }
  for (const tid of tasks) {
    try {
      const name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
      const kind = JIT_THREAD.test(name) ? 'jit' : GC_THREAD.test(name) ? 'gc' : undefined;
      if (kind) threads.set(tid, { kind, seconds: statSeconds(readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8')) });
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  return { start: startTicks(stat), total: statSeconds(stat), threads };
}

/**
 * What a JVM spent between two readings; null when either is missing or the process is another one
 * (restarted). Taken thread by thread: HotSpot starts extra compiler threads under load and ends them
 * when idle (one C1 and one C2 on two cores, more on bigger machines), and a thread that ended between
 * the readings took its seconds with it — the JIT's (or GC's) part is then null rather than too low.
 * One that both started and ended between the readings is not seen at all, and the part is short by
 * its seconds; HotSpot never ends the first thread of each compiler, all there is on two cores.
 */
export function jvmCpuSpent(before: JvmCpu | undefined, after: JvmCpu | undefined): JvmCpuSpent | null {
  if (!before || !after || before.start !== after.start) return null;
  const tenth = (n: number) => Math.round(n * 10) / 10;
  const part = (kind: 'jit' | 'gc'): number | null => {
    for (const [tid, thread] of before.threads) if (thread.kind === kind && !after.threads.has(tid)) return null;
    let seconds = 0;
    for (const [tid, thread] of after.threads)
      if (thread.kind === kind) seconds += thread.seconds - (before.threads.get(tid)?.seconds ?? 0);
    return tenth(seconds);
  };
  return { total: tenth(after.total - before.total), jit: part('jit'), gc: part('gc') };
}
