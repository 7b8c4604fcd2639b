/** The acting user is loaded with every grant permission checks use, in order, or not at all when not active. */
import { expect, it } from 'vitest';
import { findSessionActor, insertSession } from '../../db/repositories/session.repository.js';
import { insertUser, insertVerifierAssignments } from '../../db/repositories/user.repository.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { loadFixture } from '../../test-support/fixture.js';
import { actorOf, loadUserActor } from './actor.service.js';

const AT = '2025-07-01T00:00:00.000Z';
const NO_GRANTS = { roles: [], verifierAksiIds: [], contributorOutputIds: [], contributorUnitIds: [] };

describeEachDatabase('loading the acting user', (database) => {
  it('carries every role, verifier aksi, contributor output and work unit, each in order', async () => {
    const { db } = database();
    const fixture = await loadFixture(database());
    const institutionId = fixture.institutionIds.semarang;
    const userId = await insertUser(
      db,
      {
        email: 'dua.peran@uji.pantau.id',
        name: 'Dua Peran',
        institution_id: institutionId,
        password_hash: null,
        status: 'active',
        locale: 'id',
        phone: null,
        created_at: AT,
        updated_at: AT,
      },
      ['verifier', 'contributor'],
    );
    const aksi = [...fixture.aksiIds].sort((a, b) => b - a).slice(0, 2);
    await insertVerifierAssignments(db, userId, aksi);
    const outputs = fixture.outputIds.slice(0, 3);
    await db
      .insertInto('contributor_outputs')
      .values([...outputs].reverse().map((output_id) => ({ user_id: userId, output_id })))
      .execute();
    const units: number[] = [];
    for (const code of ['INSPEKTORAT', 'BAPPEDA']) {
      const { id } = await db
        .insertInto('work_units')
        .values({
          institution_id: institutionId,
          code,
          name: code,
          short_name: null,
          kind: 'opd',
          active: 1,
          created_at: AT,
          updated_at: AT,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      units.push(id);
    }
    await db
      .insertInto('contributor_units')
      .values(units.map((unit_id) => ({ user_id: userId, unit_id })))
      .execute();

    const actor = await loadUserActor(db, userId, 'session');
    expect(actor).toMatchObject({
      userId,
      email: 'dua.peran@uji.pantau.id',
      institutionId,
      roles: ['contributor', 'verifier'],
      verifierAksiIds: [...aksi].sort((a, b) => a - b),
      contributorOutputIds: [...outputs].sort((a, b) => a - b),
      contributorUnitIds: [...units].sort((a, b) => a - b),
      via: 'session',
    });

    // A signed-in request loads the same actor with its session, in one statement.
    await insertSession(db, {
      id_hash: 'sesi-dua-peran',
      user_id: userId,
      csrf_token: 'csrf',
      created_at: AT,
      last_seen_at: AT,
      expires_at: AT,
      ended_at: null,
      end_reason: null,
      ip: null,
      user_agent: null,
    });
    const found = await findSessionActor(db, 'sesi-dua-peran');
    expect(found?.session).toEqual({ user_id: userId, csrf_token: 'csrf', last_seen_at: AT, expires_at: AT });
    expect(actorOf(userId, found?.user, found?.grants ?? NO_GRANTS, 'session')).toEqual(actor);
  });

  it('has empty grants for a user holding none, and no actor for a disabled user', async () => {
    const { db } = database();
    await loadFixture(database());
    const user = (email: string, status: string) =>
      insertUser(
        db,
        {
          email,
          name: email,
          institution_id: null,
          password_hash: null,
          status,
          locale: 'id',
          phone: null,
          created_at: AT,
          updated_at: AT,
        },
        [],
      );
    const bare = await user('tanpa.peran@uji.pantau.id', 'active');
    expect(await loadUserActor(db, bare, 'token')).toMatchObject({
      roles: [],
      verifierAksiIds: [],
      contributorOutputIds: [],
      contributorUnitIds: [],
    });
    expect(await loadUserActor(db, await user('nonaktif@uji.pantau.id', 'disabled'), 'session')).toBeNull();
    expect(await loadUserActor(db, 999_999, 'session')).toBeNull();
    expect(await findSessionActor(db, 'tidak-ada')).toBeUndefined();
    const session = (id_hash: string, user_id: number) =>
      insertSession(db, {
        id_hash,
        user_id,
        csrf_token: 'csrf',
        created_at: AT,
        last_seen_at: AT,
        expires_at: AT,
        ended_at: null,
        end_reason: null,
        ip: null,
        user_agent: null,
      });
    await session('sesi-tanpa-peran', bare);
    expect(await findSessionActor(db, 'sesi-tanpa-peran')).toMatchObject({
      user: { status: 'active' },
      grants: NO_GRANTS,
    });
    await session('sesi-nonaktif', await user('nonaktif.sesi@uji.pantau.id', 'disabled'));
    const disabled = await findSessionActor(db, 'sesi-nonaktif');
    expect(disabled?.user?.status).toBe('disabled');
    expect(actorOf(disabled?.session.user_id ?? 0, disabled?.user, NO_GRANTS, 'session')).toBeNull();
  });
});
