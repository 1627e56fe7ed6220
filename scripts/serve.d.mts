// Types for scripts/serve.mjs (plain JavaScript: it runs with `node`, no build step).
import type { Server } from 'node:http';

export const APP_ID: string;
export const MARKER_PATH: string;

export function serveRenderer(options?: {
  root?: string;
  port?: number;
  host?: string;
}): Promise<Server>;

export function isOurServer(port: number, host?: string, timeoutMs?: number): Promise<boolean>;

export type PortClaim<S = Server> =
  | { kind: 'listening'; port: number; server: S }
  | { kind: 'running'; port: number }
  | { kind: 'full' };

export function claimPort<S = Server>(options: {
  first: number;
  count?: number;
  listen: (port: number) => Promise<S>;
  isOurs: (port: number) => Promise<boolean>;
}): Promise<PortClaim<S>>;
