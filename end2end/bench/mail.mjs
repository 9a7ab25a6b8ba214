// Mail benchmarks against a release server and the SMTP sink (end2end/mail_sink.py).
//
//   node bench/mail.mjs latency URL MAILDIR N   N draft applications one after another; for each,
//                                               the time from sending the form to the message
//                                               with its private link accepted by the sink
//   node bench/mail.mjs queue URL N             N draft applications (their messages queue)
//   node bench/mail.mjs drain MAILDIR N         waits until N more messages reached the sink
//                                               (start it before the server)
//
// Prints a Markdown table row or two.
import fs from 'node:fs';
import path from 'node:path';

const [mode, ...args] = process.argv.slice(2);

async function apply(url, email) {
  const form = new FormData();
  form.set('name', 'Bench Applicant');
  form.set('email', email);
  form.set('intent', 'draft');
  const res = await fetch(`${url}/apply`, { method: 'POST', body: form, redirect: 'manual' });
  if (res.status !== 303) throw new Error(`POST /apply answered ${res.status}: ${await res.text()}`);
}

function count(dir) {
  return fs.readdirSync(dir).filter((n) => n.endsWith('.json') && !n.startsWith('.')).length;
}

function arrived(dir, email) {
  return fs.readdirSync(dir)
    .filter((n) => n.endsWith('.json') && !n.startsWith('.'))
    .some((n) => JSON.parse(fs.readFileSync(path.join(dir, n), 'utf8')).to.includes(email));
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const stamp = Date.now().toString(36);

if (mode === 'latency') {
  const [url, dir, n] = [args[0], args[1], Number(args[2] ?? 100)];
  const times = [];
  for (let i = 0; i < n; i++) {
    const email = `lat-${stamp}-${i}@bench.tandem.test`;
    const start = performance.now();
    await apply(url, email);
    while (!arrived(dir, email)) await new Promise((r) => setTimeout(r, 2));
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`| action to message accepted by the SMTP sink (${n} draft applications, one at a time) | p50 ${pct(times, 50).toFixed(0)} ms | p99 ${pct(times, 99).toFixed(0)} ms | max ${times[times.length - 1].toFixed(0)} ms |`);
} else if (mode === 'queue') {
  const [url, n] = [args[0], Number(args[1] ?? 1000)];
  const start = performance.now();
  for (let i = 0; i < n; i += 8) {
    await Promise.all([...Array(Math.min(8, n - i)).keys()].map((k) => apply(url, `q-${stamp}-${i + k}@bench.tandem.test`)));
  }
  console.log(`| ${n} draft applications queued (no SMTP server) | ${((performance.now() - start) / 1000).toFixed(1)} s | | |`);
} else if (mode === 'drain') {
  const [dir, n] = [args[0], Number(args[1] ?? 1000)];
  const before = count(dir);
  const start = performance.now();
  const limit = start + 300_000;
  while (count(dir) - before < n && performance.now() < limit) await new Promise((r) => setTimeout(r, 20));
  const got = count(dir) - before;
  const secs = (performance.now() - start) / 1000;
  console.log(`| outbox of ${n} queued messages drained into the SMTP sink | ${secs.toFixed(1)} s (${(got / secs).toFixed(0)} messages/s) | ${got} of ${n} arrived | |`);
  if (got < n) process.exit(1);
} else {
  console.error('usage: mail.mjs latency URL MAILDIR N | queue URL N | drain MAILDIR N');
  process.exit(2);
}
