// `npm start` twice, for real: the second start says in Danish that the app runs and exits 0,
// with no Node stack trace; a port held by another program moves the app and says where.
// JOBBASEN_SKIP_BUILD keeps these runs off the shared out/; --no-open keeps windows shut.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { isOurServer } from '../../scripts/serve.mjs';

const ENV = {
  ...process.env,
  JOBBASEN_BROWSER_MODE: '1',
  JOBBASEN_SKIP_BUILD: '1',
  JOBBASEN_NO_OPEN: '',
};
const STACK = /EADDRINUSE|^\s+at /m;

interface Start {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

const children: ChildProcess[] = [];
const servers: Server[] = [];

afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill();
  for (const s of servers.splice(0)) await new Promise((ok) => s.close(ok));
});

function start(port: number | string): Start {
  const child = spawn(process.execPath, ['scripts/start.mjs', '--no-open'], {
    env: { ...ENV, JOBBASEN_PORT: String(port) },
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

async function until(run: Start, pattern: RegExp): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    if (pattern.test(run.stdout())) return;
    if (run.child.exitCode !== null) break;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  throw new Error(`no ${pattern} in:\n${run.stdout()}\n${run.stderr()}`);
}

/** Two free neighbouring ports (the second is where a moved start lands). */
async function freePorts(): Promise<number> {
  for (;;) {
    const probe = createServer();
    await new Promise<void>((ok) => probe.listen(0, '127.0.0.1', ok));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((ok) => probe.close(ok));
    const next = createServer();
    const free = await new Promise<boolean>((ok) => {
      next.once('error', () => ok(false));
      next.listen(port + 1, '127.0.0.1', () => ok(true));
    });
    if (free) {
      await new Promise((ok) => next.close(ok));
      return port;
    }
  }
}

describe('npm start, twice', () => {
  it('the second start says the app runs, in Danish, and exits 0 without a stack trace', async () => {
    const port = await freePorts();
    const first = start(port);
    await until(first, /kører på http:\/\/127\.0\.0\.1:\d+\//);
    expect(first.stdout()).toContain(`http://127.0.0.1:${port}/`);

    const second = start(port);
    expect(await second.exited).toBe(0);
    expect(second.stdout()).toContain(`Jobbasen Løn kører allerede på http://127.0.0.1:${port}/.`);
    expect(second.stderr()).not.toMatch(STACK);
    // The first app still runs, untouched.
    expect(await isOurServer(port)).toBe(true);
  });

  it('a port held by another program: the start takes the next port and says which', async () => {
    const port = await freePorts();
    const other = createServer((_req, res) => res.end('not us'));
    await new Promise<void>((ok) => other.listen(port, '127.0.0.1', ok));
    servers.push(other);

    const run = start(port);
    await until(run, /kører på/);
    expect(run.stdout()).toContain(
      `Port ${port} er optaget af et andet program: Jobbasen Løn bruger http://127.0.0.1:${port + 1}/ i stedet.`,
    );
    expect(run.stderr()).not.toMatch(STACK);
    expect(await isOurServer(port + 1)).toBe(true);

    // And a start after that finds the app where it moved.
    const again = start(port);
    expect(await again.exited).toBe(0);
    expect(again.stdout()).toContain('Jobbasen Løn kører allerede');
    expect(again.stdout()).toContain(`http://127.0.0.1:${port + 1}/`);
  });

  it('a bad JOBBASEN_PORT is refused in Danish, exit 1, no stack trace', async () => {
    const run = start('abc');
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toMatch(/^JOBBASEN_PORT skal være et portnummer fra 1 til 65535/);
    expect(run.stderr()).not.toMatch(STACK);
  });
});
