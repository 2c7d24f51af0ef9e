// The benchmarks' CPU readings (tools/bench/proc-cpu.ts) against procps' `ps`, an independent reader
// of the same kernel counters, on the one JVM the tests always have: the test Neo4j. `ps` truncates
// to whole seconds and the JVM's own housekeeping runs between the two reads, hence the tolerances.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

import { testInstance } from '../../../db/instance.js';
import { instanceStatus } from '../../../db/server.js';
import { jvmCpuOf, partSeconds, processAgeSeconds } from '../../../tools/bench/proc-cpu.js';
import { testNeo4j } from '../../support/db.js';

/** `ps` columns for one process (or, with threads, one row per thread). */
function ps(pid: number, columns: string, threads = false): string[][] {
  const out = execFileSync('ps', [...(threads ? ['-L'] : []), '-p', String(pid), '-o', columns], { encoding: 'utf8' });
  return out
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s{2,}|\s(?=\d+$)/));
}

describe('CPU readings of the benchmarks', () => {
  it("reads the test Neo4j's age, CPU and its JIT compilers' share as ps does", async () => {
    testNeo4j();
    const pid = (await instanceStatus(testInstance())).pid;
    expect(pid, 'the test Neo4j runs and its pid is known').toBeDefined();

    const reading = jvmCpuOf(pid)!;
    const jit = partSeconds(reading, 'jit');
    const gc = partSeconds(reading, 'gc');
    const [[psAge, psCpu]] = ps(pid!, 'etimes=,cputimes=') as [[string, string]];
    const psThreads = ps(pid!, 'comm=,cputimes=', true);

    expect(Math.abs(processAgeSeconds(pid)! - Number(psAge))).toBeLessThanOrEqual(2);
    expect(Math.abs(reading.total - Number(psCpu))).toBeLessThanOrEqual(3);

    // HotSpot's compiler threads, as ps names them; each is counted to within its rounding.
    const compilers = psThreads.filter(([name]) => /^C\d CompilerThre/.test(name!));
    expect(compilers.length, 'ps lists the C1/C2 compiler threads').toBeGreaterThan(0);
    const psJit = compilers.reduce((sum, [, seconds]) => sum + Number(seconds), 0);
    expect(jit).toBeGreaterThan(0);
    expect(Math.abs(jit - psJit)).toBeLessThanOrEqual(compilers.length + 2);
    const collectors = psThreads.filter(([name]) => /^(GC Thread|G1 )/.test(name!));
    expect(collectors.length, 'ps lists G1 collector threads').toBeGreaterThan(0);
    const psGc = collectors.reduce((sum, [, seconds]) => sum + Number(seconds), 0);
    expect(Math.abs(gc - psGc)).toBeLessThanOrEqual(collectors.length + 2);
    expect(jit + gc).toBeLessThanOrEqual(reading.total + 0.01);
  });
});
