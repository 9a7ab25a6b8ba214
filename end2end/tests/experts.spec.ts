import { expect, test } from '@playwright/test';
import { DEMO_CHAIR, DEMO_PASSWORD, matchedThroughThePage, screenshots, signIn } from './support';

// The pool of experts: the chair records an expert with their consent; a coach asks for an
// introduction of their partner from the pair's introductions page (seeing no contact details);
// the chair makes it, and it becomes one of the pair's introductions with its outcome to
// record. Also without JavaScript.
test('a coach asks for an introduction to an expert and the chair makes it @nojs', async ({ browser }, info) => {
  test.setTimeout(90_000);
  const js = info.project.name === 'js';
  const { coach, partner, workspace, stamp } = await matchedThroughThePage(browser, 'Expert', 'collections', js);
  const expert = `Malee Suwan ${stamp}`;
  const contact = `malee.${stamp}@archives.example.org`;

  const chairCtx = await browser.newContext({ timezoneId: 'Europe/London', javaScriptEnabled: js });
  const chair = await chairCtx.newPage();
  await signIn(chair, { email: DEMO_CHAIR, password: DEMO_PASSWORD });
  await expect(chair).toHaveURL(/\/home/);
  await chair.goto('/community/experts');
  await expect(chair.getByRole('heading', { level: 1 })).toHaveText('Experts outside the programme');
  const add = chair.locator('section').filter({ has: chair.getByRole('heading', { name: 'Add an expert' }) });
  await add.getByLabel('Name').fill(expert);
  await add.getByLabel('Expertise').fill('Digitising photo archives on a small budget');
  await add.getByLabel('Languages').fill('Thai, English');
  await add.getByLabel('Time zone').fill('Asia/Bangkok');
  await add.getByLabel('How to reach them').fill(contact);
  // Without consent recorded, nobody is added; what was typed stays.
  await add.getByRole('button', { name: 'Add to the pool' }).click();
  await expect(chair.getByRole('alert')).toContainText('Tick this once the expert has agreed');
  const again = chair.locator('section').filter({ has: chair.getByRole('heading', { name: 'Add an expert' }) });
  await expect(again.getByLabel('Name')).toHaveValue(expert);
  await again.getByLabel('They agreed to be introduced').check();
  await again.getByRole('button', { name: 'Add to the pool' }).click();
  await expect(chair.getByRole('status').filter({ hasText: 'Saved.' }).first()).toBeVisible();
  await expect(chair.getByRole('heading', { name: expert })).toBeVisible();

  // The coach chooses the expert and says why; they never see how to reach them.
  const cCtx = await browser.newContext({ timezoneId: 'Australia/Sydney', javaScriptEnabled: js });
  const c = await cCtx.newPage();
  await signIn(c, coach);
  await expect(c).toHaveURL(/\/home/);
  await c.goto(`${workspace}/introductions`);
  await expect(c.getByRole('heading', { name: 'Experts from the programme' })).toBeVisible();
  await expect(c.locator('body')).not.toContainText(contact);
  await c.getByRole('button', { name: 'Ask the programme team' }).click();
  await expect(c.getByRole('alert')).toContainText('Choose one of the experts');
  await c.getByRole('radio', { name: new RegExp(expert) }).check();
  await c.getByLabel('Why this expert would help').fill('We want to scan 2,000 photographs of the campus before they fade.');
  await c.getByRole('button', { name: 'Ask the programme team' }).click();
  const asked = c.getByRole('article').filter({ has: c.getByRole('heading', { name: expert }) });
  await expect(asked).toContainText('Waiting for the programme team');
  await screenshots(c, 'expert-proposal', info.project.name);

  // The chair makes the introduction; the pair sees it among its introductions.
  await chair.goto('/community/experts');
  const waiting = chair.getByRole('region', { name: /waiting/ }).getByRole('article').filter({ hasText: partner.name });
  await expect(waiting).toContainText('scan 2,000 photographs');
  await screenshots(chair, 'experts', info.project.name);
  await waiting.getByRole('button', { name: 'Introduction made' }).click();
  await expect(chair.getByRole('status').filter({ hasText: 'Answered.' }).first()).toBeVisible();

  await c.goto(`${workspace}/introductions`);
  await expect(c.locator('.introduction').filter({ hasText: expert })).toContainText('Outcome: not recorded yet');
  await expect(c.getByRole('article').filter({ has: c.getByRole('heading', { name: expert }) })).toContainText('Introduced');
});
