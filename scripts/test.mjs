// npm test: the whole suite, under the conditions the tests are written for. Arguments go to Jest.
// - TZ=UTC, so that every date computation must name its zone to be right.
// - A self-signed certificate for 127.0.0.1, trusted through NODE_EXTRA_CA_CERTS, for the local
//   identity provider and Graph fake (they speak https, as the real ones do).
// - --experimental-vm-modules, because PGlite loads part of itself with a dynamic import.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from 'selfsigned';

const root = new URL('..', import.meta.url).pathname;
const tlsDir = join(root, '.cache', 'test-tls');

if (!existsSync(join(tlsDir, 'cert.pem'))) {
  mkdirSync(tlsDir, { recursive: true });
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    notBeforeDate: new Date(Date.now() - 86_400_000),
    notAfterDate: new Date(Date.now() + 10 * 365 * 86_400_000),
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, keyCertSign: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }] },
    ],
  });
  writeFileSync(join(tlsDir, 'cert.pem'), pems.cert);
  writeFileSync(join(tlsDir, 'key.pem'), pems.private, { mode: 0o600 });
}

console.log(
  `database: ${process.env.DATABASE_URL ? 'PostgreSQL server at DATABASE_URL' : 'embedded PGlite (DATABASE_URL unset)'}; ` +
    `redis: ${process.env.REDIS_URL ? 'server at REDIS_URL' : 'in-process stand-ins (REDIS_URL unset): tests that need a real Redis are skipped'}`,
);

const result = spawnSync(
  process.execPath,
  [join(root, 'node_modules/jest/bin/jest.js'), ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      TZ: 'UTC',
      NODE_EXTRA_CA_CERTS: join(tlsDir, 'cert.pem'),
      PLATZBUCH_TEST_TLS_DIR: tlsDir,
      NODE_OPTIONS: [process.env.NODE_OPTIONS, '--experimental-vm-modules', '--no-warnings=ExperimentalWarning']
        .filter(Boolean)
        .join(' '),
    },
  },
);
process.exit(result.status ?? 1);
