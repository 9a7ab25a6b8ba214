import { Browser, Page, TestInfo, expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { Person, matchedThroughThePage, screenshots, signIn } from './support';

// What happens to a session after it is proposed: declined, moved, cancelled, a no-show that its
// author corrects to held, and the partner's confirmation. Each step is read by the other member.

const baseURL = process.env.TANDEM_E2E_URL ?? 'http://127.0.0.1:3000';
const databaseFile = process.env.TANDEM_DATABASE_URL?.replace(/^sqlite:\/\//, '').replace(/\?.*$/, '');

async function pageFor(browser: Browser, info: TestInfo, timezoneId: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL, locale: 'en-GB', timezoneId, javaScriptEnabled: info.project.name === 'js',
  });
  return context.newPage();
}

async function signInHome(page: Page, person: Pick<Person, 'email' | 'password'>) {
  await signIn(page, person);
  await expect(page).toHaveURL(/\/home/);
}

/** On the hour, `hours` from now, as `zone`'s clock shows it: ["2026-12-03T09:00", "09:00"]. */
function onTheHour(zone: string, hours: number): [string, string] {
  const at = new Date(Date.now() + hours * 3600_000);
  at.setUTCMinutes(0, 0, 0);
  const local = new Intl.DateTimeFormat('sv-SE', {
    timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  }).format(at).replace(' ', 'T');
  return [local, local.slice(11)];
}

async function propose(page: Page, hours: number) {
  await page.getByLabel('First choice').fill(onTheHour('Europe/Berlin', hours)[0]);
  await page.getByLabel('How you meet').selectOption({ label: 'Video call' });
  await page.getByLabel('Link to the call').fill('https://meet.example.org/tandem-changes');
  await page.getByRole('button', { name: 'Send the proposal' }).click();
  await expect(page.locator('.session-proposed')).toContainText('Waiting for an answer.');
}

test('a session is declined, moved, cancelled, recorded as a no-show, corrected and confirmed @nojs', async ({ browser }, info) => {
  test.skip(!databaseFile, 'needs the database file (run through ./dev test)');
  test.setTimeout(60_000);
  const js = info.project.name === 'js';
  const { coach, partner, workspace } = await matchedThroughThePage(browser, `changes ${info.project.name}`, 'facilities', js);
  const sessions = `${workspace}/sessions`;
  const c = await pageFor(browser, info, 'Europe/Berlin');
  await signInHome(c, coach);
  await c.goto(sessions);
  const p = await pageFor(browser, info, 'Asia/Phnom_Penh');
  await signInHome(p, partner);

  // The link is asked only for a call that uses one (with JavaScript; without, the hint says so).
  if (js) {
    await c.getByLabel('How you meet').selectOption({ label: 'Phone call' });
    await expect(c.getByLabel('Link to the call')).toBeHidden();
    await c.getByLabel('How you meet').selectOption({ label: 'Video call' });
    await expect(c.getByLabel('Link to the call')).toBeVisible();
  }

  // Declined: the partner cannot make the time; both see it declined.
  await propose(c, 48);
  await p.goto(sessions);
  await p.getByRole('button', { name: 'Decline these times' }).click();
  await expect(p.locator('.session-tag-declined')).toHaveText('Declined');
  await c.goto(sessions);
  await expect(c.locator('.session-tag-declined')).toHaveText('Declined');

  // Moved: a new time, shown to the partner on both clocks.
  await propose(c, 72);
  await p.goto(sessions);
  await p.getByRole('button', { name: /^Accept / }).click();
  await expect(p.locator('.session-tag-scheduled')).toBeVisible();
  await c.goto(sessions);
  const [moveTo, moveClock] = onTheHour('Europe/Berlin', 96);
  const upcoming = c.locator('.session-scheduled');
  await upcoming.getByText('Move this session').click();
  await upcoming.getByLabel('New time, on your clock').fill(moveTo);
  await upcoming.getByRole('button', { name: 'Move the session' }).click();
  await expect(c.locator('.session-scheduled .session-time')).toContainText(`${moveClock} (Berlin)`);
  await p.goto(sessions);
  await expect(p.locator('.session-scheduled .session-time')).toContainText(`${moveClock} (Berlin)`);

  // Cancelled by the partner, with a reason the coach reads.
  const scheduled = p.locator('.session-scheduled');
  await scheduled.getByText('Cancel this session').click();
  await scheduled.getByLabel('Reason (the other person reads it)').fill('The library is closed for a holiday.');
  await scheduled.getByRole('button', { name: 'Cancel the session' }).click();
  await expect(p.locator('.session-tag-cancelled')).toHaveText('Cancelled');
  await c.goto(sessions);
  await expect(c.locator('.session-cancelled')).toContainText('Reason: The library is closed for a holiday.');

  // A session that took place (moved into the past by the fixture: a test cannot wait).
  await propose(c, 120);
  await p.goto(sessions);
  await p.getByRole('button', { name: /^Accept / }).click();
  await expect(p.locator('.session-tag-scheduled')).toBeVisible();
  const id = Number(workspace.split('/').pop());
  execFileSync('python3', ['-c', [
    'import sqlite3, sys',
    'db = sqlite3.connect(sys.argv[1], timeout=10)',
    "db.execute(\"UPDATE coaching_session SET starts_at = ? WHERE partnership_id = ? AND status = 'scheduled'\", (int(sys.argv[2]), int(sys.argv[3])))",
    'db.commit()',
  ].join('\n'), databaseFile!, String(Date.now() - 2 * 3600_000), String(id)]);

  // Nothing is chosen for the coach: saving without choosing asks the question.
  await c.goto(sessions);
  const record = c.getByRole('region', { name: 'After the session' });
  await expect(record.getByLabel('Held', { exact: true })).not.toBeChecked();
  await expect(record.getByLabel('No-show', { exact: true })).not.toBeChecked();
  await record.getByLabel('Notes (private to you two)').fill('Waited twenty minutes.');
  await record.getByRole('button', { name: 'Save the outcome' }).click();
  await expect(c.getByText('Say whether the session was held').first()).toBeVisible();
  await expect(c.getByRole('region', { name: 'After the session' }).getByLabel('Notes (private to you two)')).toHaveValue('Waited twenty minutes.');
  await c.getByRole('region', { name: 'After the session' }).getByLabel('No-show', { exact: true }).check();
  await c.getByRole('region', { name: 'After the session' }).getByRole('button', { name: 'Save the outcome' }).click();
  await expect(c.locator('.session-tag-no_show')).toHaveText('No-show');

  // The partner did not record it: no correction for her, and nothing to confirm yet.
  await p.goto(sessions);
  await expect(p.locator('.session-tag-no_show')).toHaveText('No-show');
  await expect(p.getByText('Correct the outcome')).toHaveCount(0);
  await expect(p.getByRole('button', { name: 'Confirm it was held' })).toHaveCount(0);

  // The coach corrects it: they met after all, late.
  await c.goto(sessions);
  const correct = c.locator('details.record');
  await correct.getByText('Correct the outcome').click();
  await expect(correct.getByLabel('No-show', { exact: true })).toBeChecked();
  await expect(correct.getByLabel('Notes (private to you two)')).toHaveValue('Waited twenty minutes.');
  await correct.getByLabel('Held', { exact: true }).check();
  await correct.getByLabel('Notes (private to you two)').fill('Started twenty minutes late: the power was cut.');
  await correct.getByRole('button', { name: 'Save the outcome' }).click();
  await expect(c.locator('.session-tag-held')).toHaveText('Held');
  await c.locator('.session-held .session-history summary').click();
  await expect(c.locator('.session-held .session-history')).toContainText('Corrected to held');
  if (js) await screenshots(c, 'session-corrected', info.project.name);

  // The partner confirms it was held.
  await p.goto(sessions);
  await expect(p.locator('.session-held')).toContainText('Started twenty minutes late: the power was cut.');
  await p.getByRole('button', { name: 'Confirm it was held' }).click();
  await expect(p.locator('.session-held')).toContainText('Confirmed by the partner');
  await expect(p.getByRole('button', { name: 'Confirm it was held' })).toHaveCount(0);

  // Weekly times that a clock change moves on the other member's clock are noted.
  await c.goto('/availability');
  await c.getByLabel('Day', { exact: true }).selectOption({ label: 'Tuesday' });
  await c.getByLabel('From', { exact: true }).fill('09:00');
  await c.getByLabel('To', { exact: true }).fill('11:00');
  await c.getByRole('button', { name: 'Add weekly time' }).click();
  await expect(c.locator('.window')).toContainText('Tuesday 09:00-11:00');
  await expect(c.locator('.clock-shifts')).toContainText(/Tuesday 09:00-11:00 is Tue 1[456]:00 in Phnom Penh now, Tue 1[456]:00 from \d+ \w+\./);
  if (js) await screenshots(c, 'availability-shifts', info.project.name);
  await c.context().close();
  await p.context().close();
});
