/**
 * CPU seconds from /proc for the benchmarks: a process's (every thread), and a JVM's split by thread.
 *
 * The split is there because Neo4j's CPU over a run is not all query work: on a freshly started
 * server the JIT compilers cost about as much as the queries. `entities --rebuild` on the benchmark set
 * (44,326 messages), right after `db --test start`: 46 CPU-s in the C1/C2 compiler threads against
 * 35 in the Bolt workers; the same pass again: 11 against 24, and 25 s less wall time. A benchmark
 * that starts its database measures that warm-up with the rest; the split lets a reader tell.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

// Clock ticks per second of /proc/<pid>/stat (USER_HZ).
const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** utime + stime of a /proc stat line, in seconds: the fields after the command name (which may hold spaces and ')'). */
function statSeconds(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

/** How long ago the process `pid` started, in seconds (its start time in /proc against the system's uptime). */
export function processAgeSeconds(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const startTicks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
    const uptime = Number(readFileSync('/proc/uptime', 'utf8').split(' ')[0]);
    return Math.round(uptime - startTicks / CLOCK_TICKS);
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

/** A JVM's CPU seconds so far: all of it, its JIT compiler threads', its garbage collector's. */
export interface JvmCpu {
  total: number;
  jit: number;
  gc: number;
}

// HotSpot's thread names as /proc shows them (15 characters): "C2 CompilerThre", "C1 CompilerThre";
// G1's "GC Thread#0", "G1 Conc#0", "G1 Refine#0", "G1 Main Marker", "G1 Service".
const JIT_THREAD = /^C\d CompilerThre/;
const GC_THREAD = /^(GC Thread|G1 )/;

/**
 * The JVM `pid`'s CPU split by thread name. The JIT and GC threads live as long as the JVM, so the
 * difference of two readings is theirs over that time; `total` also counts threads that have ended.
 */
export function jvmCpuOf(pid: number | undefined): JvmCpu | undefined {
  const total = cpuSecondsOf(pid);
  if (total === undefined) return undefined;
  let jit = 0;
  let gc = 0;
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return undefined;
  }
  for (const tid of tasks) {
    try {
      const name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
      if (!JIT_THREAD.test(name) && !GC_THREAD.test(name)) continue;
      const seconds = statSeconds(readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8'));
      if (JIT_THREAD.test(name)) jit += seconds;
      else gc += seconds;
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return { total, jit, gc };
}

/** What a JVM spent between two readings, to a tenth of a second; null when either reading is missing (it stopped or restarted). */
export function jvmCpuSpent(before: JvmCpu | undefined, after: JvmCpu | undefined): JvmCpu | null {
  if (!before || !after) return null;
  const tenth = (n: number) => Math.round(n * 10) / 10;
  return {
    total: tenth(after.total - before.total),
    jit: tenth(after.jit - before.jit),
    gc: tenth(after.gc - before.gc),
  };
}
