/**
 * Server settings, validated once at start-up. Loopback by default: a leak database is for the
 * analyst's eyes, and binding anywhere else must be asked for.
 */
import { userInfo } from 'node:os';
import { z } from 'zod';

export const DEFAULT_PORT = 5174;

export const serverEnvSchema = z.object({
  host: z.string().min(1).default('127.0.0.1'),
  port: z.coerce.number().int().min(0).max(65535).default(DEFAULT_PORT),
  token: z.string().min(16, 'LEAKGRAPH_TOKEN must be at least 16 characters').optional(),
  webDir: z.string().optional(),
  /** The name notes and tags are signed with. */
  analyst: z.string().trim().min(1).max(100).optional(),
  /** PEM certificate and key files: served over HTTPS when both are given. */
  tlsCert: z.string().min(1).optional(),
  tlsKey: z.string().min(1).optional(),
  /** Plain HTTP beyond loopback, for use behind a reverse proxy that terminates TLS. */
  insecureHttp: z.boolean().default(false),
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Who writes the notes: LEAKGRAPH_ANALYST, else the operating-system user, else "analyst". */
export function defaultAnalyst(env: NodeJS.ProcessEnv = process.env): string {
  if (env.LEAKGRAPH_ANALYST?.trim()) return env.LEAKGRAPH_ANALYST.trim().slice(0, 100);
  try {
    return userInfo().username || 'analyst';
  } catch {
    // No passwd entry (some containers): a name is still needed.
    return 'analyst';
  }
}
