/**
 * Demo mailbox: every thread of the scenario, month by month (a thread is filed under the month it starts).
 */
import { SEPTEMBER } from './threads-2024-09.js';
import { OCTOBER } from './threads-2024-10.js';
import { NOVEMBER } from './threads-2024-11.js';
import { DECEMBER } from './threads-2024-12.js';
import { EARLY_2025 } from './threads-2025.js';
import type { ThreadSpec } from './types.js';

export const THREADS: ThreadSpec[] = [...SEPTEMBER, ...OCTOBER, ...NOVEMBER, ...DECEMBER, ...EARLY_2025];
