import { describe, expect, it } from 'vitest';
import { createTestDatabase, dialectsUnderTest } from '../test-support/databases.js';
import type { SchemaDescription } from './dialect/index.js';

/** Sorts indexes so that engines listing them in different orders compare equal. */
function normalise(schema: SchemaDescription): SchemaDescription {
  const result: SchemaDescription = {};
  for (const [table, description] of Object.entries(schema).sort(([a], [b]) => a.localeCompare(b))) {
    result[table] = {
      columns: description.columns,
      indexes: [...description.indexes].sort((a, b) => a.columns.join().localeCompare(b.columns.join())),
    };
  }
  return result;
}

async function migratedSchema(dialect: 'sqlite' | 'postgres'): Promise<SchemaDescription> {
  const database = await createTestDatabase(dialect);
  try {
    return normalise(await database.dialect.describeSchema(database.db));
  } finally {
    await database.close();
  }
}

describe('migrations', () => {
  it('create every table of the contract', async () => {
    const schema = await migratedSchema('sqlite');
    expect(Object.keys(schema)).toEqual(expect.arrayContaining(['periods', 'quarters', 'targets', 'reports', 'users']));
    expect(schema.reports?.indexes).toContainEqual({ columns: ['target_id', 'institution_id'], unique: true });
  });

  if (dialectsUnderTest().includes('postgres')) {
    it('produce the same schema on SQLite and PostgreSQL', async () => {
      const [sqlite, postgres] = await Promise.all([migratedSchema('sqlite'), migratedSchema('postgres')]);
      expect(postgres).toEqual(sqlite);
    });
  }
});
