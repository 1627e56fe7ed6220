// Types for scripts/start.mjs (plain JavaScript: it runs with `node`, no build step).
import type { PortClaim } from './serve.mjs';

export const DEFAULT_PORT: number;
export class StartError extends Error {}

export type BuildDecision = 'first' | 'sources' | 'outputs' | 'fresh';
export interface BuildStamp {
  sources: string;
  outputs: string;
}

export function buildInputs(root: string): string[];
export function sourcesHash(root: string): string;
export function outputsHash(root: string): string | null;
export function readStamp(root: string): BuildStamp | null;
export function writeStamp(root: string, stamp: BuildStamp): void;
export function removeStamp(root: string): void;
export function buildDecision(
  stamp: BuildStamp | null,
  now: { sources: string; outputs: string | null },
): BuildDecision;
export function buildLine(decision: BuildDecision): string;
export function parsePort(value: string | undefined): number;
export function portLine(wanted: number, claim: PortClaim<unknown>, opens: boolean): string | null;
