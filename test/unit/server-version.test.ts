import { DatabaseSetupError, serverFlavorOf } from '../../src/db/startupErrors';

/**
 * The outbox writes one notification's recipients with INSERT … SELECT over JSON_TABLE (issue 17):
 * start-up refuses a server without it, by its version, rather than failing the first access
 * request.
 */
describe('serverFlavorOf', () => {
  it.each([
    ['10.11.19-MariaDB-0+deb12u1', 'mariadb'],
    ['10.6.0-MariaDB', 'mariadb'],
    ['11.4.2-MariaDB-log', 'mariadb'],
    ['8.0.4', 'mysql'],
    ['8.4.3', 'mysql'],
    ['9.1.0-commercial', 'mysql'],
  ])('accepts %s as %s', (version, flavor) => {
    expect(serverFlavorOf(version)).toBe(flavor);
  });

  it.each(['10.5.27-MariaDB', '10.3.39-MariaDB-0+deb10u1', '5.7.44-log', '8.0.3-rc'])(
    'refuses %s with what to do',
    (version) => {
      expect(() => serverFlavorOf(version)).toThrow(DatabaseSetupError);
      expect(() => serverFlavorOf(version)).toThrow(/or later \(JSON_TABLE\)\. Upgrade the server/);
    },
  );
});
