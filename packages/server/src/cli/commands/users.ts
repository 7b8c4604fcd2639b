/** `pantau users …`: add, list and set passwords of accounts. */
import { newUserSchema, ROLES } from '@pantau/core';
import { type Command, Option } from 'commander';
import { systemActor } from '../../audit/actor.js';
import { systemClock } from '../../clock.js';
import { configFromEnvironment, openMigratedDatabase } from '../../runtime.js';
import { demoSecondFactorCodeNow } from '../../services/accounts/demo-second-factor-code.service.js';
import { createUser, listAccounts, setPassword } from '../../services/accounts/user.service.js';
import { action, type OutputFormat, printRows, readStdin } from '../output.js';

const formatOption = () => new Option('--format <format>', 'output format').choices(['table', 'json']).default('table');

async function passwordFromInput(): Promise<string> {
  const password = process.env.PANTAU_PASSWORD ?? (await readStdin());
  if (!password) {
    throw new Error(
      'Kata sandi dibaca dari stdin atau PANTAU_PASSWORD / the password is read from stdin or PANTAU_PASSWORD\n' +
        '  contoh / example: echo "kata-sandi-panjang" | pantau users add …',
    );
  }
  return password;
}

async function withDatabase<T>(run: (db: Awaited<ReturnType<typeof openMigratedDatabase>>) => Promise<T>): Promise<T> {
  const database = await openMigratedDatabase(configFromEnvironment());
  try {
    return await run(database);
  } finally {
    await database.close();
  }
}

export function registerUsers(program: Command): void {
  const users = program.command('users').description('Manage user accounts / kelola akun pengguna');

  users
    .command('add')
    .description('Create an account; password from stdin or PANTAU_PASSWORD / buat akun')
    .requiredOption('--email <email>', 'e-mail address (login)')
    .addOption(new Option('--role <role...>', 'one or more roles').choices([...ROLES]).makeOptionMandatory())
    .option('--name <name>', 'display name (default: the part of the e-mail before @)')
    .option(
      '--institution <code>',
      'institution code (K/L code or Kemendagri region code); required for institution roles',
    )
    .option('--aksi <codes>', 'verifier only: comma-separated aksi codes, e.g. 1,4,7')
    .option('--outputs <codes>', 'contributor only: comma-separated output codes it is limited to, e.g. 1.1,4.2')
    .option('--period <code>', 'period of --aksi / --outputs, e.g. 2025-2026')
    .option('--locale <locale>', 'id or en', 'id')
    .addOption(formatOption())
    .action(
      action(async (options: Record<string, string | string[] | undefined> & { format: OutputFormat }) => {
        const input = newUserSchema.parse({
          email: options.email,
          name: options.name ?? String(options.email).split('@')[0],
          roles: options.role,
          institutionCode: options.institution ?? null,
          verifierAksi: typeof options.aksi === 'string' ? options.aksi.split(',').map((c) => c.trim()) : [],
          contributorOutputs:
            typeof options.outputs === 'string' ? options.outputs.split(',').map((c) => c.trim()) : [],
          locale: options.locale,
        });
        const password = await passwordFromInput();
        const id = await withDatabase((database) =>
          createUser(database.db, systemClock, systemActor('cli'), {
            ...input,
            password,
            period: options.period as string | undefined,
          }),
        );
        printRows(
          [{ id, email: input.email, roles: input.roles.join(','), institution: input.institutionCode }],
          options.format,
        );
      }),
    );

  users
    .command('list')
    .description('List accounts / daftar akun')
    .addOption(formatOption())
    .action(
      action(async (options: { format: OutputFormat }) => {
        const accounts = await withDatabase((database) => listAccounts(database.db));
        printRows(
          accounts.map((a) => ({
            id: a.id,
            email: a.email,
            name: a.name,
            roles: options.format === 'json' ? a.roles : a.roles.join(','),
            institution: a.institution,
            status: a.status,
          })),
          options.format,
        );
      }),
    );

  users
    .command('password')
    .description('Set a new password; read from stdin or PANTAU_PASSWORD / ganti kata sandi')
    .requiredOption('--email <email>', 'e-mail address of the account')
    .action(
      action(async (options: { email: string }) => {
        const password = await passwordFromInput();
        await withDatabase((database) =>
          setPassword(database.db, systemClock, systemActor('cli'), options.email, password),
        );
        process.stdout.write(`Kata sandi diganti / password changed: ${options.email}\n`);
      }),
    );

  users
    .command('totp-code')
    .description('Demo accounts only: the current authenticator code / kode autentikator akun contoh')
    .argument('<email>', 'e-mail address of a demo account')
    .action(
      action(async (email: string) => {
        const config = configFromEnvironment();
        const result = await withDatabase((database) =>
          demoSecondFactorCodeNow({ config, database, clock: systemClock }, email),
        );
        process.stdout.write(
          `${result.code}\n(${result.email}: berlaku ${result.secondsLeft} detik lagi / valid for ${result.secondsLeft} more seconds)\n`,
        );
      }),
    );
}
