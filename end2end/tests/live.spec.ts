import { Browser, Page, TestInfo, expect, test } from '@playwright/test';
import { DEMO_CHAIR, DEMO_PASSWORD, Person, freshPerson, saveIntake, screenshots, signIn } from './support';

const baseURL = process.env.TANDEM_E2E_URL ?? 'http://127.0.0.1:3000';

async function pageFor(browser: Browser, timezoneId: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'en-GB', timezoneId });
  return context.newPage();
}

async function signInHome(page: Page, person: Pick<Person, 'email' | 'password'>) {
  await signIn(page, person);
  await expect(page).toHaveURL(/\/home/);
}

test('a proposal appears for the other member, and the chair sees a session counted, without reload', async ({ browser }, info: TestInfo) => {
  test.skip(info.project.name !== 'js', 'the live push needs JavaScript');
  const stamp = Date.now().toString(36).slice(-5);
  const coach = await freshPerson('coach', `Coach live ${stamp}`);
  const partner = await freshPerson('partner', `Partner live ${stamp}`);
  await saveIntake(partner, 'advocacy');
  const chair = await pageFor(browser, 'Europe/London');
  await signInHome(chair, { email: DEMO_CHAIR, password: DEMO_PASSWORD });
  await chair.goto('/matching');
  const running = await chair.locator('#cohort option', { hasText: 'Started' }).getAttribute('value');
  await chair.goto(`/matching?cohort=${running}`);
  await chair.getByLabel('Add a coach to this cohort').selectOption({ label: coach.name });
  await chair.getByRole('button', { name: 'Add to cohort' }).click();
  const card = chair.getByRole('listitem').filter({ has: chair.getByRole('heading', { name: partner.name }) });
  await card.getByRole('button', { name: `Match with ${coach.name}` }).click();
  await expect(chair).toHaveURL(/\/partnerships\/\d+\?matched=1$/);
  const sessionsUrl = `${new URL(chair.url()).pathname}/sessions`;

  // The coach watches the sessions page; the partner proposes a time in an hour's time.
  const c = await pageFor(browser, 'Europe/Berlin');
  await signInHome(c, coach);
  await c.goto(sessionsUrl);
  await expect(c.locator('.live-up')).toBeVisible();
  await expect(c.getByText('No sessions yet.')).toBeVisible();
  const p = await pageFor(browser, 'Asia/Phnom_Penh');
  await signInHome(p, partner);
  await p.goto(sessionsUrl);
  const soon = new Date(Date.now() + 3 * 3600_000);
  const local = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Phnom_Penh', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  }).format(soon).replace(' ', 'T');
  await p.getByLabel('First choice').fill(local);
  await p.getByLabel('How you meet').selectOption({ label: 'Phone call' });
  await p.getByRole('button', { name: 'Send the proposal' }).click();
  await expect(p.locator('.session')).toContainText('Waiting for an answer.');
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
