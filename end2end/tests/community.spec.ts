import { expect, test } from '@playwright/test';
import { freshPerson, saveIntake, screenshots, signIn } from './support';

// The directory of the community: nobody is in it until they choose, what they show is what
// they tick, and leaving takes them out at once. Also without JavaScript.
test('a partner appears in the directory, a coach finds them by area, and the partner leaves @nojs', async ({ browser }, info) => {
  test.setTimeout(90_000);
  const js = info.project.name === 'js';
  const partner = await freshPerson('partner');
  await saveIntake(partner, 'training');
  const coach = await freshPerson('coach');

  const partnerCtx = await browser.newContext({ timezoneId: 'Asia/Phnom_Penh', javaScriptEnabled: js });
  const p = await partnerCtx.newPage();
  await signIn(p, partner);
  await expect(p).toHaveURL(/\/home/);
  await p.getByRole('link', { name: 'Community' }).first().click();
  await expect(p.getByRole('heading', { level: 1 })).toHaveText("The programme's community");
  await p.getByRole('link', { name: 'Appear in the directory' }).click();
  await expect(p.getByRole('heading', { level: 1 })).toHaveText('Your place in the directory');
  await expect(p.getByLabel('Show me in the directory')).not.toBeChecked();
  await p.getByLabel('Show me in the directory').check();
  await p.getByLabel(`Email (${partner.email})`, { exact: false }).check();
  await p.getByRole('button', { name: 'Save' }).click();
  await expect(p.getByRole('status').filter({ hasText: 'You are in the directory' }).first()).toBeVisible();

  const coachCtx = await browser.newContext({ timezoneId: 'Europe/Berlin', javaScriptEnabled: js });
  const c = await coachCtx.newPage();
  await signIn(c, coach);
  await expect(c).toHaveURL(/\/home/);
  await c.goto('/community/people');
  await c.getByLabel('Area').selectOption({ label: 'Training' });
  await c.getByRole('button', { name: 'Show' }).click();
  await expect(c).toHaveURL(/area=training/);
  const entry = c.getByRole('article').filter({ has: c.getByRole('heading', { name: partner.name }) });
  await expect(entry).toContainText('Human resources and training');
  await expect(entry).toContainText('Mekong Institute of Technology Library');
  await expect(entry).toContainText(/\d{2}:\d{2} in Phnom Penh/);
  await expect(entry.getByRole('link', { name: partner.email })).toHaveAttribute('href', `mailto:${partner.email}`);
  await screenshots(c, 'community-directory', info.project.name);

  // Another area does not show them.
  await c.getByLabel('Area').selectOption({ label: 'Facilities' });
  await c.getByRole('button', { name: 'Show' }).click();
  await expect(c).toHaveURL(/area=facilities/);
  await expect(c.getByRole('heading', { name: partner.name })).toHaveCount(0);

  // The partner leaves; the coach no longer finds them.
  await p.goto('/community/people/listing');
  await expect(p.getByLabel('Show me in the directory')).toBeChecked();
  await p.getByLabel('Show me in the directory').uncheck();
  await p.getByRole('button', { name: 'Save' }).click();
  await expect(p.getByText('You are not in the directory: nobody sees you here.')).toBeVisible();
  await c.goto('/community/people?area=training');
  await expect(c.getByRole('heading', { name: 'People of the programme' })).toBeVisible();
  await expect(c.getByRole('heading', { name: partner.name })).toHaveCount(0);
  await partnerCtx.close();
  await coachCtx.close();
});

test('a number not written yet is refused next to its box, and the ticks stay as they were @nojs', async ({ page }, info) => {
  const coach = await freshPerson('coach');
  await signIn(page, coach);
  await expect(page).toHaveURL(/\/home/);
  await page.goto('/community/people/listing');
  await page.getByLabel('Show me in the directory').check();
  await page.getByLabel('WhatsApp').check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your place in the directory');
  await expect(page.getByText('This number is not written yet', { exact: false }).first()).toBeVisible();
  await expect(page.getByLabel('Show me in the directory')).toBeChecked();
  await expect(page.getByLabel('WhatsApp')).toBeChecked();
  await screenshots(page, 'community-listing-error', info.project.name);
  // Nothing was stored.
  await page.goto('/community/people');
  await expect(page.getByText('You are not in the directory', { exact: false })).toBeVisible();
});

test('a visitor who is not signed in is sent to sign in and sees nobody @nojs', async ({ page }) => {
  await page.goto('/community/people');
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole('article')).toHaveCount(0);
});
