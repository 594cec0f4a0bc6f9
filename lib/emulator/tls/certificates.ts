// The emulator's local certificate authority and its server certificate for 127.0.0.1, ::1 and localhost,
// so az, Python's azure-core and the JS SDKs can talk to it over TLS unchanged (every real client refuses to
// send a bearer token over plain http). Generated on first start into the data folder and reused after; the
// CA's private key is never written: when the server certificate nears expiry both are made anew.
// X.509 via node-forge (no dependencies, no globals); the RSA keys come from Node's native generator.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import forge from 'node-forge';

const DAY_MS = 86_400_000;
const CA_SUBJECT = [
  { name: 'commonName', value: 'Registry Hub ARM emulator local CA' },
  { name: 'organizationName', value: 'Registry Hub' },
];
const SERVER_SUBJECT = [
  { name: 'commonName', value: 'localhost' },
  { name: 'organizationName', value: 'Registry Hub ARM emulator' },
];
/** The names the server certificate is valid for: the emulator only listens on loopback. */
export const SERVER_NAMES = { dns: ['localhost'], ip: ['127.0.0.1', '::1'] };

/** PEM texts of the CA certificate and the server's certificate and private key. */
export interface EmulatorCertificates {
  caPem: string;
  certPem: string;
  keyPem: string;
}

// Positive, 16 random bytes: RFC 5280 serials must be unique per CA and at most 20 octets.
const serial = () => {
  const bytes = randomBytes(16);
  bytes[0] &= 0x7f;
  return bytes.toString('hex');
};

function rsaKeys(): { privateKey: forge.pki.rsa.PrivateKey; publicKey: forge.pki.rsa.PublicKey; privatePem: string } {
  const keys = generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
  return { privateKey: forge.pki.privateKeyFromPem(keys.privateKey), publicKey: forge.pki.publicKeyFromPem(keys.publicKey), privatePem: keys.privateKey };
}

function certificate(publicKey: forge.pki.rsa.PublicKey, now: number, days: number): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  cert.serialNumber = serial();
  cert.validity.notBefore = new Date(now - DAY_MS);
  cert.validity.notAfter = new Date(now + days * DAY_MS);
  return cert;
}

/** Makes a new CA and a server certificate it signed (the CA key is discarded). */
export function generateCertificates(now = Date.now()): EmulatorCertificates {
  const caKeys = rsaKeys();
  const ca = certificate(caKeys.publicKey, now, 3650);
  ca.setSubject(CA_SUBJECT);
  ca.setIssuer(CA_SUBJECT);
  ca.setExtensions([
    { name: 'basicConstraints', cA: true, pathLenConstraint: 0, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  ca.sign(caKeys.privateKey, forge.md.sha256.create());

  const serverKeys = rsaKeys();
  const server = certificate(serverKeys.publicKey, now, 825);
  server.setSubject(SERVER_SUBJECT);
  server.setIssuer(CA_SUBJECT);
  server.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    { name: 'subjectAltName', altNames: [...SERVER_NAMES.dns.map((value) => ({ type: 2, value })), ...SERVER_NAMES.ip.map((ip) => ({ type: 7, ip }))] },
    { name: 'subjectKeyIdentifier' },
    { name: 'authorityKeyIdentifier', keyIdentifier: ca.generateSubjectKeyIdentifier().getBytes() },
  ]);
  server.sign(caKeys.privateKey, forge.md.sha256.create());
  return { caPem: forge.pki.certificateToPem(ca), certPem: forge.pki.certificateToPem(server), keyPem: serverKeys.privatePem };
}

const FILES = { caPem: 'ca.pem', certPem: 'server.pem', keyPem: 'server-key.pem' } as const;
// Renew a month ahead so a long-running emulator never serves an expired certificate.
const RENEW_BEFORE_MS = 30 * DAY_MS;

function readStored(dir: string, now: number): EmulatorCertificates | undefined {
  if (!Object.values(FILES).every((f) => existsSync(path.join(dir, f)))) return undefined;
  const stored = {
    caPem: readFileSync(path.join(dir, FILES.caPem), 'utf8'),
    certPem: readFileSync(path.join(dir, FILES.certPem), 'utf8'),
    keyPem: readFileSync(path.join(dir, FILES.keyPem), 'utf8'),
  };
  try {
    const cert = forge.pki.certificateFromPem(stored.certPem);
    return cert.validity.notAfter.getTime() - now > RENEW_BEFORE_MS ? stored : undefined;
  } catch {
    return undefined; // unreadable: make new ones
  }
}

// In-memory emulators (tests) share one set per process: generating RSA keys costs about a second.
let processCertificates: EmulatorCertificates | undefined;

/** The certificates in `dir` (e.g. `.data/tls`), generated and written there on first use; without a dir, the process's own set. */
export function loadOrCreateCertificates(dir: string | undefined, now = Date.now()): EmulatorCertificates {
  if (!dir) return (processCertificates ??= generateCertificates(now));
  const stored = readStored(dir, now);
  if (stored) return stored;
  const fresh = generateCertificates(now);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, FILES.caPem), fresh.caPem);
  writeFileSync(path.join(dir, FILES.certPem), fresh.certPem);
  writeFileSync(path.join(dir, FILES.keyPem), fresh.keyPem, { mode: 0o600 });
  chmodSync(path.join(dir, FILES.keyPem), 0o600);
  return fresh;
}
