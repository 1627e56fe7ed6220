// The DbContext every aggregate module writes through: a full disk stops writing until resumed,
// Dexie's wrappers are seen through, and validation fails as data (field issues, not strings).
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { createDbContext } from '../../renderer/db/context';
import { JobbasenDb } from '../../renderer/db';
import { DataError } from '../../shared/data/errors';
import { fixedClock } from './helpers';

const quota = () =>
  Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });

function freshContext() {
  const db = new JobbasenDb(`ctx-${Math.random().toString(36).slice(2)}`);
  return { db, ctx: createDbContext(db, { now: fixedClock() }) };
}

describe('DbContext', () => {
  it('turns a quota error into QUOTA, then refuses every write until resumeWrites', async () => {
    const { db, ctx } = freshContext();
    const err = await ctx
      .write(['meta'], () => Promise.reject(new Dexie.AbortError('aborted', quota())))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataError);
    expect(err).toMatchObject({ code: 'QUOTA', issues: [] });
    expect(ctx.writesStopped()).toBe(true);

    let ran = false;
    await expect(
      ctx.write(['meta'], async () => {
        ran = true;
      }),
    ).rejects.toMatchObject({ code: 'WRITES_STOPPED' });
    expect(ran).toBe(false);
    // Reading still works: the person can export a backup.
    expect(await ctx.read(['meta'], () => db.meta.count())).toBe(0);

    ctx.resumeWrites();
    expect(ctx.writesStopped()).toBe(false);
    await ctx.write(['meta'], () => db.meta.put({ key: 'k', value: 1 }));
    expect((await db.meta.get('k'))?.value).toBe(1);
  });

  it('rolls the whole transaction back on a quota error', async () => {
    const { db, ctx } = freshContext();
    await ctx
      .write(['meta'], async () => {
        await db.meta.put({ key: 'half', value: 1 });
        throw quota();
      })
      .catch(() => undefined);
    expect(await db.meta.get('half')).toBeUndefined();
  });

  it('passes other errors through; a DataError thrown inside stays itself', async () => {
    const { ctx } = freshContext();
    const mine = new DataError('CONFLICT', 'x');
    await expect(ctx.write(['meta'], () => Promise.reject(mine))).rejects.toBe(mine);
    await expect(ctx.write(['meta'], () => Promise.reject(new Error('other')))).rejects.toThrow(
      'other',
    );
    expect(ctx.writesStopped()).toBe(false);
  });

  it('fails validation with field issues (paths, Danish messages) and a summary', () => {
    const { ctx } = freshContext();
    const schema = z.strictObject({ hours: z.number({ error: 'skal være et tal' }) });
    const one = (() => {
      try {
        ctx.parse(schema, { hours: 'x' }, 'Fremmødet');
      } catch (e) {
        return e;
      }
    })() as DataError;
    expect(one.code).toBe('VALIDATION');
    expect(one.issues).toEqual([{ path: ['hours'], message: 'skal være et tal' }]);
    expect(one.message).toBe('Fremmødet er ikke gemt: Timer: skal være et tal');

    const rows = (() => {
      try {
        ctx.parseAll(schema, [{ hours: 1 }, { hours: 2, extra: 1 }], 'Fremmødet');
      } catch (e) {
        return e;
      }
    })() as DataError;
    expect(rows.issues).toEqual([{ path: [1, 'extra'], message: 'ukendt felt (stavefejl?)' }]);
  });
});
