import { expect, test } from '@playwright/test';
import { DEMO_CHAIR, DEMO_PASSWORD, matchedThroughThePage, screenshots, signIn } from './support';

test('the chair extends a partnership with a reason, then undoes the match made by mistake @nojs', async ({ browser }, info) => {
  test.setTimeout(60_000);
  const js = info.project.name === 'js';
  const { partner, workspace } = await matchedThroughThePage(browser, 'year', 'facilities', js);
  const baseURL = process.env.TANDEM_E2E_URL ?? 'http://127.0.0.1:3000';
  const context = await browser.newContext({ baseURL, locale: 'en-GB', timezoneId: 'Europe/London', javaScriptEnabled: js });
  const chair = await context.newPage();
  await signIn(chair, { email: DEMO_CHAIR, password: DEMO_PASSWORD });
  await expect(chair).toHaveURL(/\/home/);
  await chair.goto(workspace);

  const extend = chair.getByRole('region', { name: 'Extend the year' });
  const runsUntil = await extend.getByText(/runs until/).textContent();
  // No reason: said next to the field, the months kept.
  await extend.getByLabel('Extend by (months)').fill('2');
  await extend.getByRole('button', { name: 'Extend the partnership' }).click();
  const why = chair.getByRole('region', { name: 'Extend the year' }).locator('.field').filter({ has: chair.getByLabel('Why', { exact: true }) });
  await expect(why.locator('.error-message')).toContainText('Say why the partnership is extended');
  await expect(chair.getByLabel('Extend by (months)')).toHaveValue('2');
  await chair.getByLabel('Why', { exact: true }).fill('The library closed for a month of repairs');
  await chair.getByRole('button', { name: 'Extend the partnership' }).click();
  await expect(chair.locator('.notice-success')).toContainText('The partnership is extended');
  await expect(chair.getByRole('region', { name: 'Extend the year' }).getByText(/runs until/)).not.toHaveText(runsUntil!);
  await screenshots(chair, 'partnership-year-controls', info.project.name);

  // The coach changes: another coach of the cohort takes over, with a reason.
  const change = chair.getByRole('region', { name: 'Change the coach' });
  const anna = await change.locator('option', { hasText: 'Anna Keller' }).getAttribute('value');
  await change.getByLabel('The new coach').selectOption(anna!);
  await change.getByRole('button', { name: 'Change the coach' }).click();
  await expect(chair.locator('.field').filter({ has: chair.getByLabel('Why the coach changes') }).locator('.error-message')).toContainText('Say why the coach changes');
  await chair.getByLabel('Why the coach changes').fill('The first coach moved to a new post');
  await chair.getByRole('button', { name: 'Change the coach' }).click();
  await expect(chair.locator('.notice-success')).toContainText('The coach is changed');
  await expect(chair.getByRole('heading', { level: 1 })).toContainText('Anna Keller');

  // Matched by mistake: undone within the day; the partner waits for a coach again.
  await chair.getByRole('button', { name: 'Undo this match' }).click();
  await expect(chair).toHaveURL(/\/matching\?undone=1$/);
  await expect(chair.getByRole('status').filter({ hasText: 'The match is undone' })).toBeVisible();
  await expect(chair.getByRole('heading', { name: partner.name })).toBeVisible();
  await chair.goto(workspace);
  await expect(chair.getByRole('heading', { level: 1 })).toHaveText(/not found/i);
  await context.close();
});
