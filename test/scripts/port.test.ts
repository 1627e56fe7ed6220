// A second `npm start` finds the port taken: by our own running app (open it) or by another
// program (move to the next free port and say which). Never Node's EADDRINUSE stack.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { claimPort, isOurServer, serveRenderer } from '../../scripts/serve.mjs';
import { parsePort, portLine, StartError } from '../../scripts/start.mjs';

const inUse = (): Error => Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE' });

/** A fake machine: `ours` and `others` are taken ports; listening on a free one succeeds. */
function machine(ours: number[], others: number[]) {
  const tried: number[] = [];
  return {
    tried,
    listen: async (port: number) => {
      tried.push(port);
      if (ours.includes(port) || others.includes(port)) throw inUse();
      return `server on ${port}`;
    },
    isOurs: async (port: number) => ours.includes(port),
  };
}

describe('claimPort', () => {
  it('listens on the wanted port when it is free', async () => {
    const m = machine([], []);
    expect(await claimPort({ first: 5183, ...m })).toEqual({
      kind: 'listening',
      port: 5183,
      server: 'server on 5183',
    });
  });

  it('finds the running app on the wanted port and does not listen elsewhere', async () => {
    const m = machine([5183], []);
    expect(await claimPort({ first: 5183, ...m })).toEqual({ kind: 'running', port: 5183 });
    expect(m.tried).toEqual([5183]);
  });

  it('moves past another program to the next free port', async () => {
    const m = machine([], [5183, 5184]);
    expect(await claimPort({ first: 5183, ...m })).toMatchObject({
      kind: 'listening',
      port: 5185,
    });
  });

  it('finds the running app where an earlier start moved it', async () => {
    const m = machine([5184], [5183]);
    expect(await claimPort({ first: 5183, ...m })).toEqual({ kind: 'running', port: 5184 });
  });

  it('gives up after `count` ports', async () => {
    const m = machine([], [5183, 5184, 5185]);
    expect(await claimPort({ first: 5183, count: 3, ...m })).toEqual({ kind: 'full' });
    expect(m.tried).toEqual([5183, 5184, 5185]);
  });

  it('passes on other listen errors for the caller to word', async () => {
    const denied = Object.assign(new Error('listen EACCES'), { code: 'EACCES' });
    await expect(
      claimPort({
        first: 80,
        listen: async () => {
          throw denied;
        },
        isOurs: async () => false,
      }),
    ).rejects.toBe(denied);
  });
});

describe('what a start says about the port', () => {
  it('nothing when it got the port it wanted', () => {
    expect(portLine(5183, { kind: 'listening', port: 5183, server: null }, true)).toBeNull();
  });

  it('that the app is already running and is being opened', () => {
    expect(portLine(5183, { kind: 'running', port: 5183 }, true)).toBe(
      'Jobbasen Løn kører allerede — åbner det kørende program (http://127.0.0.1:5183/).',
    );
    expect(portLine(5183, { kind: 'running', port: 5183 }, false)).toBe(
      'Jobbasen Løn kører allerede på http://127.0.0.1:5183/.',
    );
  });

  it('which port it took instead, and that data belong to the address', () => {
    const line = portLine(5183, { kind: 'listening', port: 5184, server: null }, true);
    expect(line).toMatch(/^Port 5183 er optaget af et andet program/);
    expect(line).toContain('http://127.0.0.1:5184/');
    expect(line).toContain('Data gemmes pr. adresse');
  });

  it('how to go on when every port is taken', () => {
    expect(portLine(5183, { kind: 'full' }, true)).toMatch(
      /^Portene 5183–5192 er optaget .* JOBBASEN_PORT=/,
    );
  });
});

describe('parsePort', () => {
  it('defaults to 5183 and accepts a port number', () => {
    expect(parsePort(undefined)).toBe(5183);
    expect(parsePort('')).toBe(5183);
    expect(parsePort('6000')).toBe(6000);
  });

  it.each(['abc', '0', '70000', '51.5'])('refuses %s in Danish', (value) => {
    expect(() => parsePort(value)).toThrow(StartError);
    expect(() => parsePort(value)).toThrow(/JOBBASEN_PORT skal være et portnummer/);
  });
});

describe('isOurServer', () => {
  const servers: Server[] = [];
  afterEach(async () => {
    for (const s of servers.splice(0)) {
      s.closeAllConnections();
      await new Promise((ok) => s.close(ok));
    }
  });
  const portOf = (s: Server): number => (s.address() as AddressInfo).port;

  it('recognises the renderer server by its marker', async () => {
    const server = await serveRenderer({ port: 0, root: '/nonexistent' });
    servers.push(server);
    expect(await isOurServer(portOf(server))).toBe(true);
  });

  it('does not mistake another web server for ours', async () => {
    const other = createServer((_req, res) => res.end('{"app":"jobbasen-lon"}'));
    await new Promise<void>((ok) => other.listen(0, '127.0.0.1', ok));
    servers.push(other);
    expect(await isOurServer(portOf(other))).toBe(false);
  });

  it('treats a server that never answers as not ours', async () => {
    const silent = createServer(() => {});
    await new Promise<void>((ok) => silent.listen(0, '127.0.0.1', ok));
    servers.push(silent);
    expect(await isOurServer(portOf(silent), '127.0.0.1', 200)).toBe(false);
  });

  it('treats a closed port as not ours', async () => {
    const s = createServer();
    await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
    const port = portOf(s);
    await new Promise((ok) => s.close(ok));
    expect(await isOurServer(port)).toBe(false);
  });
});
