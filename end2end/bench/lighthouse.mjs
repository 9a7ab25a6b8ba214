// Lighthouse's mobile profile (simulated 1.6 Mbit/s, 150 ms round trips, 4x slower CPU) in
// Debian's Chromium, on a first visit to four pages: the call (nobody signed in), a partner's
// home, a partnership's sessions page (the partner) and the chair's dashboard; then the call and
// a partner's intake in Khmer, which also fetch the Khmer font. A figure for BENCHMARKS.md
// (`./dev bench`), not a test. Usage: node lighthouse.mjs BASE_URL
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const base = process.argv[2];
const password = 'tandem-demo-2026';

/** A session cookie for a demo person, through the sign-in server function. */
async function cookie(email) {
  const res = await fetch(`${base}/api/sign_in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', origin: base },
    body: new URLSearchParams({ 'form[email]': email, 'form[password]': password, 'form[next]': '/home' }),
  });
  const set = res.headers.get('set-cookie') ?? '';
  const value = set.split(';')[0];
  if (!value.startsWith('tandem_session=')) throw new Error(`sign-in as ${email} failed: ${res.status}`);
  return value;
}

const partner = await cookie('dara.kim@demo.tandem.test');
const chair = await cookie('chair@demo.tandem.test');
const pages = [
  ['The call (signed out)', '/call', null],
  ["A partner's home", '/home', partner],
  ["A partnership's sessions (partner)", '/partnerships/1/sessions', partner],
  ["The chair's dashboard", '/dashboard', chair],
  ['The call in Khmer (signed out)', '/call', 'tandem_lang=km'],
  ["A partner's intake in Khmer", '/intake', `${partner}; tandem_lang=km`],
];

const dir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
const rows = [];
for (const [name, path, session] of pages) {
  const out = join(dir, 'report.json');
  const args = [
    `${base}${path}`, '--quiet', '--only-categories=performance', '--output=json', `--output-path=${out}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
  ];
  if (session) args.push(`--extra-headers=${JSON.stringify({ Cookie: session })}`);
  execFileSync('npx', ['lighthouse', ...args], { stdio: 'inherit', env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' } });
  const audits = JSON.parse(readFileSync(out, 'utf8')).audits;
  rows.push([name, audits['first-contentful-paint'].numericValue, audits['total-blocking-time'].numericValue,
    audits['cumulative-layout-shift'].numericValue, audits['total-byte-weight'].numericValue]);
}

console.log('### Lighthouse, mobile profile\n');
console.log('Lighthouse 13 with its default mobile profile (simulated 1.6 Mbit/s, 150 ms RTT, 4x CPU slowdown), in');
console.log("Debian's Chromium, a first visit (empty cache). Targets: FCP at most 1.0 s, TBT at most 200 ms, at most");
console.log('150 KB, CLS at most 0.02.\n');
console.log('| page | first contentful paint | total blocking time | layout shift (CLS) | bytes |\n|---|---:|---:|---:|---:|');
for (const [name, fcp, tbt, cls, bytes] of rows) {
  console.log(`| ${name} | ${(fcp / 1000).toFixed(2)} s | ${tbt.toFixed(0)} ms | ${cls.toFixed(3)} | ${(bytes / 1024).toFixed(0)} KB |`);
}
console.log('');
