import { Browser, Page, TestInfo, expect, test } from '@playwright/test';
import { DEMO_CHAIR, DEMO_PASSWORD, freshPerson, screenshots, signIn } from './support';

// Anyone signed in reaches the programme team, even without a partnership, and answers in the
// concern's thread.

const baseURL = process.env.TANDEM_E2E_URL ?? 'http://127.0.0.1:3000';

async function pageFor(browser: Browser, info: TestInfo): Promise<Page> {
  const context = await browser.newContext({
    baseURL, locale: 'en-GB', timezoneId: 'America/Toronto', javaScriptEnabled: info.project.name === 'js',
  });
  return context.newPage();
}

test('a coach without a partnership raises a concern and answers the team in its thread @nojs', async ({ browser }, info) => {
  const stamp = Date.now().toString(36).slice(-5);
  const coach = await freshPerson('coach', `Waiting coach ${stamp}`);
  const c = await pageFor(browser, info);
  await signIn(c, coach);
  await expect(c).toHaveURL(/\/home/);
  await c.getByRole('navigation', { name: 'Main', exact: true }).getByRole('link', { name: 'Concerns' }).click();
  await expect(c.getByText('You have no current partnership: this goes to the programme team alone.')).toBeVisible();
  await expect(c.getByLabel('Also let the other member of my pair read it')).toHaveCount(0);
  await c.getByLabel('What it is about').selectOption({ index: 1 });
  await c.getByLabel('What is happening').fill(`Waiting ${stamp}: I was accepted in March and have heard nothing since.`);
  await c.getByRole('button', { name: 'Send to the programme team' }).click();
  await expect(c).toHaveURL(/\/concerns\/\d+\?raised=1$/);
  const url = new URL(c.url()).pathname;
  await expect(c.locator('.entry-meta')).toContainText('No partnership');
  await expect(c.getByRole('button', { name: /Share with the other member/ })).toHaveCount(0);

  // The chair answers; the coach answers back in the thread; the chair reads it.
  const chair = await pageFor(browser, info);
  await signIn(chair, { email: DEMO_CHAIR, password: DEMO_PASSWORD });
  await expect(chair).toHaveURL(/\/home/);
  await chair.goto(url);
  await expect(chair.locator('.message-body')).toContainText(`Waiting ${stamp}`);
  await chair.getByLabel('Response to the author (optional)').fill('Sorry for the wait. Which months suit you?');
  await chair.getByRole('button', { name: 'Save' }).click();
  await expect(chair.locator('.responses')).toContainText('Which months suit you?');

  await c.goto(url);
  await expect(c.locator('.responses')).toContainText('Which months suit you?');
  await c.getByRole('button', { name: 'Send the answer' }).click();
  await expect(c.getByRole('alert')).toContainText('your answer');
  await c.getByLabel('Your answer (the programme team reads it)').fill('June to May, as the call says.');
  await c.getByRole('button', { name: 'Send the answer' }).click();
  await expect(c.locator('.responses')).toContainText('June to May, as the call says.');
  if (info.project.name === 'js') await screenshots(c, 'concern-thread', info.project.name);
  await chair.goto(url);
  await expect(chair.locator('.responses li')).toHaveCount(2);
  await expect(chair.locator('.history')).toContainText('the author answered');
  await c.context().close();
  await chair.context().close();
});
