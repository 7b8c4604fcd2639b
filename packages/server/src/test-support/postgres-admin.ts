/** Creating and dropping throwaway PostgreSQL databases for tests. */
import pg from 'pg';

/** The URL of database `name` on the same server as `baseUrl`. */
export function urlForDatabase(baseUrl: string, name: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs one statement on the server's maintenance connection. */
export async function adminQuery(baseUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Creates database `name` as a copy of `template`, retrying while another copy is being made. */
export async function createDatabaseFromTemplate(baseUrl: string, name: string, template: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await adminQuery(baseUrl, `create database "${name}" template "${template}"`);
      return;
    } catch (error) {
      // 55006: the template is in use by a concurrent copy; it frees up within milliseconds.
      if ((error as { code?: string }).code !== '55006' || attempt > 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 80));
    }
  }
}

/** Drops database `name`, ending any connection still open to it. */
export async function dropDatabase(baseUrl: string, name: string): Promise<void> {
  await adminQuery(baseUrl, `drop database if exists "${name}" with (force)`);
}
