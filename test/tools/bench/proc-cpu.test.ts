// The benchmarks' difference of two JVM readings (tools/bench/proc-cpu.ts), on hand-made readings:
// taken thread by thread, so that a compiler thread HotSpot started or ended between them is told.
import { describe, expect, it } from 'vitest';

import { type JvmCpu, cpuSecondsOf, jvmCpuOf, jvmCpuSpent, processAgeSeconds } from '../../../tools/bench/proc-cpu.js';

function reading(total: number, threads: Record<string, ['jit' | 'gc', number]>, start = 1000): JvmCpu {
  const map: JvmCpu['threads'] = new Map(
    Object.entries(threads).map(([tid, [kind, seconds]]) => [tid, { kind, seconds }]),
  );
  return { start, total, threads: map };
}

describe('jvmCpuSpent', () => {
  it('sums each thread’s difference, a thread started in between counted whole', () => {
    const before = reading(10, { '11': ['jit', 2], '12': ['jit', 1], '20': ['gc', 1] });
    const after = reading(12.34, { '11': ['jit', 2.96], '12': ['jit', 1.5], '13': ['jit', 0.4], '20': ['gc', 1] });
    expect(jvmCpuSpent(before, after)).toEqual({ total: 2.3, jit: 1.9, gc: 0 });
  });

  it('gives no JIT part when a compiler thread ended in between (its seconds went with it)', () => {
    const before = reading(10, { '11': ['jit', 2], '12': ['jit', 5], '20': ['gc', 1] });
    const after = reading(11, { '11': ['jit', 2.5], '20': ['gc', 1.2] });
    // Summed the plain way the JIT would have "spent" 2.5 - 7 = -4.5 s.
    expect(jvmCpuSpent(before, after)).toEqual({ total: 1, jit: null, gc: 0.2 });
  });

  it('gives nothing for a missing reading or another process under the same pid', () => {
    const before = reading(10, { '11': ['jit', 2] });
    expect(jvmCpuSpent(undefined, before)).toBeNull();
    expect(jvmCpuSpent(before, undefined)).toBeNull();
    expect(jvmCpuSpent(before, reading(3, { '11': ['jit', 1] }, 2000))).toBeNull();
  });

  it('reads nothing from a process that is not there', () => {
    const gone = 2 ** 22 + 1; // above Linux's largest pid (pid_max ≤ 2^22)
    expect(cpuSecondsOf(gone)).toBeUndefined();
    expect(jvmCpuOf(gone)).toBeUndefined();
    expect(processAgeSeconds(gone)).toBeUndefined();
  });
});
