import { Browser, Page, TestInfo, expect, test } from '@playwright/test';
import { DEMO_CHAIR, DEMO_PASSWORD, Person, freshPerson, saveIntake, screenshots, signIn } from './support';

const baseURL = process.env.TANDEM_E2E_URL ?? 'http://127.0.0.1:3000';

async function pageFor(browser: Browser, info: TestInfo, timezoneId: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    locale: 'en-GB',
    timezoneId,
    javaScriptEnabled: info.project.name === 'js',
  });
  return context.newPage();
}

async function signInHome(page: Page, person: Pick<Person, 'email' | 'password'>) {
  await signIn(page, person);
  await expect(page).toHaveURL(/\/home/);
}

test('a coach logs hours against the band; a partner raises a concern the chair answers @nojs', async ({ browser }, info) => {
  const project = info.project.name;
  const stamp = Date.now().toString(36).slice(-5);
  const coach = await freshPerson('coach', `Coach ${project} ${stamp}`);
  const partner = await freshPerson('partner', `Partner ${project} ${stamp}`);

  // The chair invites the partner into the cohort under way and matches them there.
  const chair = await pageFor(browser, info, 'Europe/London');
  await signInHome(chair, { email: DEMO_CHAIR, password: DEMO_PASSWORD });
  await chair.goto('/matching');
  const running = await chair.locator('#cohort option', { hasText: 'Started' }).getAttribute('value');
  await saveIntake(partner, 'training', running!);
  await chair.goto(`/matching?cohort=${running}`);
  await chair.getByLabel('Add a coach to this cohort').selectOption({ label: coach.name });
  await chair.getByRole('button', { name: 'Add to cohort' }).click();
  const card = chair.getByRole('listitem').filter({ has: chair.getByRole('heading', { name: partner.name }) });
  await card.getByRole('button', { name: `Match with ${coach.name}` }).click();
  await expect(chair).toHaveURL(/\/partnerships\/\d+\?matched=1$/);
  const partnershipUrl = new URL(chair.url()).pathname;

  // The coach logs two and a half hours today and sees this month against the 2-5 hour band.
  const c = await pageFor(browser, info, 'Europe/Berlin');
  await signInHome(c, coach);
  await c.goto(`${partnershipUrl}/hours`);
  await expect(c.getByText('No time logged yet.')).toBeVisible();
  await c.getByLabel('Time spent').fill('a while');
  await c.getByRole('button', { name: 'Log time' }).click();
  await expect(c.getByRole('alert')).toContainText('Enter the time as minutes');
  await c.getByLabel('Time spent').fill('2:30');
  await c.getByLabel('What it was for').selectOption({ label: 'Answering questions' });
  await c.getByLabel('Note (optional)').fill('Answered questions on the training budget');
  await c.getByRole('button', { name: 'Log time' }).click();
  const thisMonth = c.locator('tr.band-in_progress');
  await expect(thisMonth).toContainText('2.5 h');
  // The band is 2 h to 5 h for a whole month, scaled to the days a partnership made today covers.
  await expect(thisMonth.locator('td').nth(1)).toHaveText(/^(2 h to 5 h|\d[\w .]* to \d[\w .]*)$/);
  await expect(thisMonth).toContainText('This month');
  await expect(c.locator('.hours-entries')).toContainText('2.5 h · Answering questions');
  if (project === 'js') await screenshots(c, 'hours', project);

  // The partner raises a concern with the programme team, not shared with the coach.
  const p = await pageFor(browser, info, 'Asia/Phnom_Penh');
  await signInHome(p, partner);
  await p.goto('/concerns');
  await expect(p.getByText('You have raised no concerns.')).toBeVisible();
  await p.getByLabel('What it is about').selectOption({ label: 'Scheduling or connectivity' });
  await p.getByLabel('High: needs action now').check();
  await p.getByLabel('What is happening').fill(`Concern ${stamp}: our internet is cut most afternoons, so calls drop.`);
  await p.getByRole('button', { name: 'Send to the programme team' }).click();
  await expect(p).toHaveURL(/\/concerns\/\d+\?raised=1$/);
  await expect(p.getByText('Sent. The programme team is told')).toBeVisible();
  const concernUrl = new URL(p.url()).pathname;
  if (project === 'js') await screenshots(p, 'concern-raised', project);

  // The coach cannot read it.
  await c.goto(concernUrl);
  await expect(c.locator('body')).not.toContainText(`Concern ${stamp}`);

  // The chair acknowledges, takes it on and answers.
  await chair.goto('/concerns');
  await chair.getByRole('link', { name: new RegExp(`Scheduling or connectivity · ${coach.name}`) }).click();
  await expect(chair.locator('.message-body')).toContainText(`Concern ${stamp}`);
  await chair.getByLabel('Status').selectOption({ label: 'Acknowledged' });
  await chair.getByLabel('I take this concern on').check();
  await chair.getByLabel('Response to the author (optional)').fill('Thank you. We will move your sessions to mornings and lend a 4G router.');
  await chair.getByRole('button', { name: 'Save' }).click();
  await expect(chair.locator('.responses')).toContainText('lend a 4G router');
  await expect(chair.locator('.history')).toContainText('responded');
  if (project === 'js') await screenshots(chair, 'concern-team', project);

  // The chair exports the cohort's figures; the new pair is in the file, safely quoted.
  await chair.goto('/partnerships');
  const exportItem = chair.locator('#export ~ * li, section:has(#export) li').filter({ hasText: 'Started' });
  const [download] = await Promise.all([
    chair.waitForEvent('download'),
    exportItem.getByRole('link', { name: 'partnerships (CSV)' }).click(),
  ]);
  const csv = await (await import('node:fs/promises')).readFile(await download.path(), 'utf8');
  expect(csv.startsWith('\ufeffpartnership_id,cohort,coach,partner,')).toBe(true);
  expect(csv).toContain(coach.name);
  if (project === 'js') await screenshots(chair, 'partnerships-team', project);

  // The partner sees the answer.
  await p.goto(concernUrl);
  await expect(p.locator('.responses')).toContainText('lend a 4G router');
  await expect(p.locator('.entry-meta')).toContainText('Acknowledged');
  await expect(p.getByText('Handled by Helen Marsh.')).toBeVisible();
});
