// In-app navigation against full page loads, in Debian's Chromium on localhost: from the click
// (or `goto`) to the new page's `h1` being visible, over the chair's main pages. A figure for
// BENCHMARKS.md (`./dev bench`), not a test. Usage: node navigation.mjs BASE_URL ROUNDS
import { chromium } from '@playwright/test';

const [base, roundsArg] = process.argv.slice(2);
const rounds = Number(roundsArg ?? 5);
const pages = [
  ['Dashboard', '/dashboard'], ['Applications', '/review'], ['Matching', '/matching'],
  ['People', '/people'], ['Partnerships', '/partnerships'], ['Concerns', '/concerns'],
  ['Profile', '/profile'], ['Outbox', '/outbox'], ['Edit programme', '/programme'], ['Home', '/home'],
];

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const page = await browser.newPage({ baseURL: base, viewport: { width: 1280, height: 800 } });
await page.goto('/sign-in');
await page.locator('leptos-island[data-hydrated]').first().waitFor({ state: 'attached' });
await page.getByLabel('Email address').fill('chair@demo.tandem.test');
await page.getByLabel('Password').fill('tandem-demo-2026');
await page.getByRole('button', { name: 'Sign in' }).click();
await page.waitForURL(/\/home$/);

const inApp = [], full = [];
const nav = page.getByRole('navigation', { name: 'Main', exact: true });
for (let round = 0; round < rounds; round++) {
  for (const [label, path] of pages) {
    await page.locator('leptos-island[data-hydrated]').first().waitFor({ state: 'attached' });
    const start = performance.now();
    await nav.getByRole('link', { name: label, exact: true }).click();
    await page.waitForURL((u) => u.pathname === path);
    await page.locator('main h1').first().waitFor({ state: 'visible' });
    inApp.push(performance.now() - start);
  }
  for (const [, path] of pages) {
    const start = performance.now();
    await page.goto(path, { waitUntil: 'commit' });
    await page.locator('main h1').first().waitFor({ state: 'visible' });
    full.push(performance.now() - start);
  }
}
const marker = await page.evaluate(() => document.readyState);
await browser.close();

const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
const ms = (x) => `${x.toFixed(0)} ms`;
console.log('### Navigation in the browser\n');
console.log(`Chromium on localhost, the demo chair, ${pages.length} pages x ${rounds} rounds; from the click (or the`);
console.log('address) to the new page\'s `h1` visible. In-app: the page fetched and swapped in (`browser::nav`);');
console.log(`full: a new document each time (document state at the end: ${marker}).\n`);
console.log('| navigation | p50 | p95 |\n|---|---:|---:|');
console.log(`| in-app (link) | ${ms(pct(inApp, 0.5))} | ${ms(pct(inApp, 0.95))} |`);
console.log(`| full page load | ${ms(pct(full, 0.5))} | ${ms(pct(full, 0.95))} |\n`);
