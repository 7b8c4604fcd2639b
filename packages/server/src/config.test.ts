import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const OIDC = {
  PANTAU_OIDC_ISSUER: 'https://sso.jabarprov.go.id/realms/pegawai',
  PANTAU_OIDC_CLIENT_ID: 'pantau',
  PANTAU_OIDC_CLIENT_SECRET: 'rahasia-klien',
};

describe('single sign-on settings', () => {
  it('are off unless configured', () => {
    expect(loadConfig({}).oidc).toBeNull();
  });

  it('take issuer, client id and secret together, with a default button name', () => {
    expect(loadConfig(OIDC).oidc).toEqual({
      issuer: OIDC.PANTAU_OIDC_ISSUER,
      clientId: 'pantau',
      clientSecret: 'rahasia-klien',
      name: 'SSO instansi',
    });
    expect(loadConfig({ ...OIDC, PANTAU_OIDC_NAME: 'SSO Jabar' }).oidc?.name).toBe('SSO Jabar');
    expect(() => loadConfig({ PANTAU_OIDC_ISSUER: OIDC.PANTAU_OIDC_ISSUER })).toThrow(ConfigError);
    expect(() => loadConfig({ ...OIDC, PANTAU_OIDC_CLIENT_SECRET: undefined })).toThrow(/diisi bersama/);
  });

  it('refuse a plain-HTTP provider except on this machine', () => {
    expect(() => loadConfig({ ...OIDC, PANTAU_OIDC_ISSUER: 'http://sso.jabarprov.go.id' })).toThrow(/https/);
    expect(loadConfig({ ...OIDC, PANTAU_OIDC_ISSUER: 'http://127.0.0.1:8080' }).oidc?.issuer).toBe(
      'http://127.0.0.1:8080',
    );
  });
});
