import { Browser, Page, TestInfo, expect, test } from '@playwright/test';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { AddressInfo, createServer } from 'node:net';
import { DEMO_CHAIR, DEMO_PASSWORD, Person, freshPerson, saveIntake, screenshots, signIn } from './support';

const baseURL = process.env.TANDEM_E2E_URL ?? 'http://127.0.0.1:3000';
// Set by `./dev test`: the server's database file and binary, for the tests that need a session
// in the past or a server to restart.
const databaseFile = process.env.TANDEM_DATABASE_URL?.replace(/^sqlite:\/\//, '').replace(/\?.*$/, '');
const serverBinary = process.env.TANDEM_E2E_BIN;

async function pageFor(browser: Browser, timezoneId: string, url = baseURL): Promise<Page> {
  const context = await browser.newContext({ baseURL: url, locale: 'en-GB', timezoneId });
  return context.newPage();
}

/** A coach and a partner, matched by the chair in the cohort under way. */
async function matchedPair(browser: Browser, label: string) {
  const stamp = Date.now().toString(36).slice(-5);
  const coach = await freshPerson('coach', `Coach ${label} ${stamp}`);
  const partner = await freshPerson('partner', `Partner ${label} ${stamp}`);
  const chair = await pageFor(browser, 'Europe/London');
  await signInHome(chair, { email: DEMO_CHAIR, password: DEMO_PASSWORD });
  await chair.goto('/matching');
  const running = await chair.locator('#cohort option', { hasText: 'Started' }).getAttribute('value');
  // The partner belongs to the cohort under way: the chair invites her into it.
  await saveIntake(partner, 'advocacy', running!);
  await chair.goto(`/matching?cohort=${running}`);
  await chair.getByLabel('Add a coach to this cohort').selectOption({ label: coach.name });
  await chair.getByRole('button', { name: 'Add to cohort' }).click();
  const card = chair.getByRole('listitem').filter({ has: chair.getByRole('heading', { name: partner.name }) });
  await card.getByRole('button', { name: `Match with ${coach.name}` }).click();
  await expect(chair).toHaveURL(/\/partnerships\/\d+\?matched=1$/);
  const workspace = new URL(chair.url()).pathname;
  return { coach, partner, chair, running, workspace, id: Number(workspace.split('/').pop()) };
}

/** Proposes a phone call in `hours` from now, typed on `zone`'s clock, as a person would. */
async function proposeCall(page: Page, zone: string, hours: number) {
  const at = new Date(Date.now() + hours * 3600_000);
  const local = new Intl.DateTimeFormat('sv-SE', {
    timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  }).format(at).replace(' ', 'T');
  await page.getByLabel('First choice').fill(local);
  await page.getByLabel('How you meet').selectOption({ label: 'Phone call' });
  await page.getByRole('button', { name: 'Send the proposal' }).click();
  await expect(page.locator('.session')).toContainText('Waiting for an answer.');
}

/** The partner adds a goal on the pair's overview, as a person would. */
async function addGoal(p: Page, title: string) {
  await p.getByLabel('Goal', { exact: true }).fill(title);
  await p.getByLabel('Measurable outcome').fill('Open until 20:00 on weekdays by June');
  await p.getByRole('button', { name: 'Add goal' }).click();
  await expect(p).toHaveURL(/\/goals\/\d+/);
}

/** A free TCP port on this machine. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** Starts a second Tandem server on the same database; resolves once it answers. */
async function startServer(port: number): Promise<ChildProcess> {
  // The same settings as the first server (database, site), minus the tests' own variables,
  // which the server would refuse as unknown settings.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('TANDEM_E2E_') && !k.startsWith('TANDEM_TEST_')));
  const child = spawn(serverBinary!, ['serve'], {
    env: { ...env, TANDEM_BIND: `127.0.0.1:${port}` },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return child;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error('the second server did not start');
}

/** Stops a server as a deployment would (SIGTERM) and waits until it has exited. */
async function stopServer(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

async function signInHome(page: Page, person: Pick<Person, 'email' | 'password'>) {
  await signIn(page, person);
  await expect(page).toHaveURL(/\/home/);
}

test('a proposal appears for the other member, and the chair sees a session counted, without reload', async ({ browser }, info: TestInfo) => {
  test.skip(info.project.name !== 'js', 'the live push needs JavaScript');
  const { coach, partner, chair, running, workspace } = await matchedPair(browser, 'live');
  const sessionsUrl = `${workspace}/sessions`;

  // The coach watches the sessions page; the partner proposes a time in an hour's time.
  const c = await pageFor(browser, 'Europe/Berlin');
  await signInHome(c, coach);
  await c.goto(sessionsUrl);
  await expect(c.locator('.live-up')).toBeVisible();
  await expect(c.getByText(`No sessions yet. Propose one to three times below; ${partner.name}, your partner, accepts one.`)).toBeVisible();
  const p = await pageFor(browser, 'Asia/Phnom_Penh');
  await signInHome(p, partner);
  await p.goto(sessionsUrl);
  await proposeCall(p, 'Asia/Phnom_Penh', 3);
  // It appears for the coach without reload.
  await expect(c.locator('.session')).toContainText(`${partner.name} proposed:`, { timeout: 5_000 });

  // The chair's list counts the accepted session as scheduled without reload.
  await chair.goto('/partnerships');
  const row = chair.locator('.partnership-card').filter({ hasText: coach.name });
  await expect(row).toContainText('0 of 6 held, 0 scheduled');
  await c.getByRole('button', { name: /^Accept / }).click();
  await expect(row).toContainText('0 of 6 held, 1 scheduled', { timeout: 5_000 });

  // The chair's dashboard: the coach logs support time and the row changes without reload.
  await chair.goto(`/dashboard?cohort=${running}`);
  const dashRow = chair.locator('.dashboard-row').filter({ hasText: coach.name });
  await expect(dashRow).toContainText('Support this month');
  await expect(dashRow).toContainText('none (band');
  await expect(chair.locator('.live-up')).toBeVisible();
  await c.goto(`${sessionsUrl.replace('/sessions', '/hours')}`);
  await c.getByLabel('Time spent').fill('1:30');
  await c.getByRole('button', { name: 'Log time' }).click();
  await expect(dashRow).toContainText('1.5 h (band', { timeout: 5_000 });
  await screenshots(chair, 'dashboard', info.project.name);
});

test('the coach records a session as held and the chair\'s dashboard row counts it without reload', async ({ browser }, info: TestInfo) => {
  test.skip(info.project.name !== 'js', 'the live push needs JavaScript');
  test.skip(!databaseFile, 'needs the database file (run through ./dev test)');
  const { coach, partner, chair, running, workspace, id } = await matchedPair(browser, 'held');
  // The coach proposes a video call, the partner accepts it.
  const c = await pageFor(browser, 'Europe/Berlin');
  await signInHome(c, coach);
  await c.goto(`${workspace}/sessions`);
  await proposeCall(c, 'Europe/Berlin', 5);
  const p = await pageFor(browser, 'Asia/Phnom_Penh');
  await signInHome(p, partner);
  await p.goto(`${workspace}/sessions`);
  await p.getByRole('button', { name: /^Accept / }).click();
  await expect(p.locator('.session-tag-scheduled')).toBeVisible();

  // The fixture: the call took place two hours ago (the test cannot wait for the clock).
  const twoHoursAgo = Date.now() - 2 * 3600_000;
  execFileSync('python3', ['-c', [
    'import sqlite3, sys',
    'db = sqlite3.connect(sys.argv[1], timeout=10)',
    "db.execute(\"UPDATE coaching_session SET starts_at = ? WHERE partnership_id = ? AND status = 'scheduled'\", (int(sys.argv[2]), int(sys.argv[3])))",
    'db.commit()',
  ].join('\n'), databaseFile!, String(twoHoursAgo), String(id)]);

  await chair.goto(`/dashboard?cohort=${running}`);
  const dashRow = chair.locator('.dashboard-row').filter({ hasText: coach.name });
  await expect(dashRow).toContainText('0 of 6 held');
  await expect(chair.locator('.live-up')).toBeVisible();

  await c.reload();
  const record = c.getByRole('region', { name: 'After the session' });
  await record.getByLabel('Held', { exact: true }).check();
  await record.getByLabel('Notes (private to you two)').fill('We agreed the advocacy plan.');
  await record.getByRole('button', { name: 'Save the outcome' }).click();
  await expect(dashRow).toContainText('1 of 6 held', { timeout: 5_000 });
  await screenshots(chair, 'dashboard-after-held', info.project.name);
  await screenshots(c, 'sessions-after-held', info.project.name);
});

test('after the server restarts, the dashboard reconnects and shows what changed meanwhile', async ({ browser }, info: TestInfo) => {
  test.skip(info.project.name !== 'js', 'the live push needs JavaScript');
  test.skip(!serverBinary, 'needs the server binary (run through ./dev test)');
  test.setTimeout(60_000);
  const { coach, running, workspace } = await matchedPair(browser, 'restart');
  const port = await freePort();
  let second = await startServer(port);
  try {
    // The chair watches the dashboard on a second server (same database).
    const chair = await pageFor(browser, 'Europe/London', `http://127.0.0.1:${port}`);
    await signInHome(chair, { email: DEMO_CHAIR, password: DEMO_PASSWORD });
    await chair.goto(`/dashboard?cohort=${running}`);
    const dashRow = chair.locator('.dashboard-row').filter({ hasText: coach.name });
    await expect(dashRow).toContainText('none (band');
    await expect(chair.locator('.live-up')).toBeVisible();

    // That server stops; the page says it is reconnecting.
    await stopServer(second);
    await expect(chair.locator('.live-down')).toBeVisible();
    await expect(chair.locator('.live-down')).toHaveText('○ Reconnecting…');
    await screenshots(chair, 'dashboard-reconnecting', info.project.name);

    // Meanwhile the coach logs time through the first server.
    const c = await pageFor(browser, 'Europe/Berlin');
    await signInHome(c, coach);
    await c.goto(`${workspace}/hours`);
    await c.getByLabel('Time spent').fill('2:00');
    await c.getByRole('button', { name: 'Log time' }).click();
    await expect(c.getByText('Time saved.')).toBeVisible();

    // The server comes back: the page reconnects by itself and shows the change it missed.
    second = await startServer(port);
    await expect(chair.locator('.live-up')).toBeVisible({ timeout: 20_000 });
    await expect(dashRow).toContainText('2 h (band', { timeout: 5_000 });
  } finally {
    await stopServer(second);
  }
});

test('two servers on one PostgreSQL database: a change through one reaches the coach and the chair on the other without reload @several-servers', async ({ browser }, info: TestInfo) => {
  test.skip(info.project.name !== 'js', 'the live push needs JavaScript');
  test.skip(!serverBinary || !process.env.TANDEM_DATABASE_URL?.startsWith('postgres'),
    'needs PostgreSQL, where servers hear of each other (./dev test runs it)');
  test.setTimeout(60_000);
  // The pair is matched through the first server (A).
  const { coach, partner, running, workspace } = await matchedPair(browser, 'servers');
  const port = await freePort();
  const b = await startServer(port);
  try {
    const onB = `http://127.0.0.1:${port}`;
    // The coach reads the overview and the chair the dashboard, both on server B.
    const c = await pageFor(browser, 'Europe/Berlin', onB);
    await signInHome(c, coach);
    await c.goto(workspace);
    await expect(c.getByText('No goals yet.')).toBeVisible();
    await expect(c.locator('.live-up')).toBeVisible();
    const chair = await pageFor(browser, 'Europe/London', onB);
    await signInHome(chair, { email: DEMO_CHAIR, password: DEMO_PASSWORD });
    await chair.goto(`/dashboard?cohort=${running}`);
    const dashRow = chair.locator('.dashboard-row').filter({ hasText: coach.name });
    await expect(dashRow).toContainText('none (band');
    await expect(chair.locator('.live-up')).toBeVisible();

    // The partner adds a goal through server A: it appears for the coach on B.
    const p = await pageFor(browser, 'Asia/Phnom_Penh');
    await signInHome(p, partner);
    await p.goto(workspace);
    await addGoal(p, 'A reading room open in the evenings');
    await expect(c.getByText('A reading room open in the evenings')).toBeVisible({ timeout: 5_000 });

    // The coach logs support time through server A: the chair's row on B counts it.
    const onA = await pageFor(browser, 'Europe/Berlin');
    await signInHome(onA, coach);
    await onA.goto(`${workspace}/hours`);
    await onA.getByLabel('Time spent').fill('1:30');
    await onA.getByRole('button', { name: 'Log time' }).click();
    await expect(onA.getByText('Time saved.')).toBeVisible();
    await expect(dashRow).toContainText('1.5 h (band', { timeout: 5_000 });
    await screenshots(chair, 'dashboard-second-server', info.project.name);
    await screenshots(c, 'overview-second-server', info.project.name);
  } finally {
    await stopServer(b);
  }
});

test('a change waits while the reader is typing, and the header offers to show it', async ({ browser }, info: TestInfo) => {
  test.skip(info.project.name !== 'js', 'the live push needs JavaScript');
  const { coach, partner, workspace } = await matchedPair(browser, 'typing');
  const c = await pageFor(browser, 'Europe/Berlin');
  await signInHome(c, coach);
  await c.goto(`${workspace}/sessions`);
  await expect(c.locator('.live-up')).toBeVisible();
  // The coach starts writing an agenda and has not sent it.
  await c.getByLabel('Agenda (optional)').fill('Half-written: the advocacy plan');

  const p = await pageFor(browser, 'Asia/Phnom_Penh');
  await signInHome(p, partner);
  await p.goto(`${workspace}/sessions`);
  await proposeCall(p, 'Asia/Phnom_Penh', 4);

  // Nothing typed is lost: the page waits, and the header says there is something new.
  const held = c.getByRole('link', { name: 'Changed: show the latest' });
  await expect(held).toBeVisible({ timeout: 5_000 });
  await expect(c.getByLabel('Agenda (optional)')).toHaveValue('Half-written: the advocacy plan');
  await expect(c.getByText('No sessions yet.')).toBeVisible();
  await screenshots(c, 'live-held-back', info.project.name);
  await held.click();
  await expect(c.locator('.session')).toContainText(`${partner.name} proposed:`);
});

test('a goal and a journal entry by the partner appear for the coach without reload', async ({ browser }, info: TestInfo) => {
  test.skip(info.project.name !== 'js', 'the live push needs JavaScript');
  const { coach, partner, workspace } = await matchedPair(browser, 'journal');
  // The coach watches the overview.
  const c = await pageFor(browser, 'Europe/Berlin');
  await signInHome(c, coach);
  await c.goto(workspace);
  await expect(c.getByText('No goals yet.')).toBeVisible();
  await expect(c.locator('.live-up')).toBeVisible();

  const p = await pageFor(browser, 'Asia/Phnom_Penh');
  await signInHome(p, partner);
  await p.goto(workspace);
  await addGoal(p, 'Opening hours that suit students');
  await expect(c.getByText('Opening hours that suit students')).toBeVisible({ timeout: 5_000 });

  // Then the journal: the coach moves there; the partner writes a success.
  await c.goto(`${workspace}/journal`);
  await expect(c.locator('.live-up')).toBeVisible();
  await p.goto(`${workspace}/journal`);
  await p.getByLabel('A success').check();
  await p.getByRole('textbox', { name: 'Entry' }).fill('The rector approved the longer opening hours.');
  await p.getByRole('button', { name: 'Add entry' }).click();
  await expect(p.locator('.journal-entry')).toContainText('The rector approved');
  await expect(c.locator('.journal-entry')).toContainText('The rector approved the longer opening hours.', { timeout: 5_000 });
});
