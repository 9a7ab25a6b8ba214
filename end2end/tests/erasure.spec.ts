import { expect, test } from '@playwright/test';
import { DEMO_CHAIR, DEMO_PASSWORD, freshPerson, screenshots, signIn } from './support';

const pdf = {
  name: 'cv.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'),
};

test('an applicant asks for erasure from the private link @nojs', async ({ page, request }, info) => {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const sent = await request.post('/apply', {
    maxRedirects: 0,
    multipart: {
      name: `Valeria ${id}`, email: `valeria-${id}@e2e.tandem.test`, position: 'Head of Library',
      institution: 'Andes University', country: 'Chile', time_zone: 'America/Santiago',
      languages: 'Spanish, English', years_leading: '9', expertise: 'advocacy',
      statement: 'I have led a university library through two rebuilds and trained teams in collection development. '.repeat(4),
      consent: 'on', intent: 'submit', cv: pdf,
    },
  });
  expect(sent.status()).toBe(303);
  const link = sent.headers()['location'].replace(/\?.*$/, '');
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Your data' })).toBeVisible();
  await expect(page.getByRole('link', { name: "Download this application's data (.zip)" })).toBeVisible();
  await page.getByRole('button', { name: 'Ask for this application to be erased' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'for this application to be erased' }))
    .toContainText('Unless the programme chair objects, it is erased on');
  await expect(page.getByRole('button', { name: 'Ask for this application to be erased' })).toHaveCount(0);
  if (info.project.name === 'js') await screenshots(page, 'application-erasure', info.project.name);
});

test('a coach asks for erasure; the chair objects with a reason the coach reads @nojs', async ({ browser }, info) => {
  const coach = await freshPerson('coach');
  const js = info.project.name === 'js';
  const mine = await browser.newPage({ javaScriptEnabled: js });
  await signIn(mine, coach);
  await expect(mine).toHaveURL(/\/home$/);
  await mine.goto('/profile/data');
  await expect(mine.getByRole('heading', { name: 'Erase your data' })).toBeVisible();
  // Without the box ticked, the message sits next to it and nothing is asked.
  await mine.getByRole('button', { name: 'Ask for my data to be erased' }).click();
  await expect(mine.locator('#understood-error')).toHaveText('Error: Tick the box to say you understand what erasure removes.');
  await mine.getByLabel('I understand that my account and what I alone wrote will be erased').check();
  await mine.getByRole('button', { name: 'Ask for my data to be erased' }).click();
  await expect(mine.getByRole('status').filter({ hasText: 'You asked on' }))
    .toContainText('Unless the programme chair objects, your data is erased on');
  if (js) await screenshots(mine, 'my-data-erasure', info.project.name);

  const chair = await browser.newPage({ javaScriptEnabled: js });
  await signIn(chair, { email: DEMO_CHAIR, password: DEMO_PASSWORD });
  await expect(chair).toHaveURL(/\/home$/);
  await chair.goto('/programme/erasures');
  const request = chair.locator('li.erasure').filter({ hasText: coach.email });
  await expect(request).toContainText('An account and everything in it');
  // An objection needs a reason.
  await request.getByRole('button', { name: 'Object' }).click();
  const again = chair.locator('li.erasure').filter({ hasText: coach.email });
  await expect(again.locator('.error-message')).toContainText('Say why, in a sentence: the person reads it.');
  await again.getByLabel('Object, with the reason the person reads').fill('Your partnership runs until May; we erase once it ends.');
  await again.getByRole('button', { name: 'Object' }).click();
  await expect(chair.getByRole('status').filter({ hasText: 'Objection sent' })).toHaveText('Objection sent: the person reads your reason.');
  await expect(chair.locator('li.erasure').filter({ hasText: coach.email })).toHaveCount(0);
  if (js) await screenshots(chair, 'erasures', info.project.name);

  await mine.goto('/profile/data');
  await expect(mine.locator('.notice-warning').filter({ hasText: 'objected' })).toContainText('Your partnership runs until May; we erase once it ends.');
  await expect(mine.getByRole('button', { name: 'Ask for my data to be erased' })).toBeVisible();
  await mine.close();
  await chair.close();
});
