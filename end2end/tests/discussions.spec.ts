import { expect, test } from '@playwright/test';
import { freshPerson, screenshots, signIn } from './support';

// Discussions: a partner starts a thread in a space; a coach in another browser, reading it,
// sees the partner's reply appear without reloading; markup typed shows as text, a link works,
// and a mention tells the person named.
test('a reply appears live for another reader of the thread', async ({ browser }, info) => {
  test.setTimeout(90_000);
  const stamp = Date.now().toString(36).slice(-5);
  const partner = await freshPerson('partner', `Partner Talk ${stamp}`);
  const coach = await freshPerson('coach', `Coach Talk ${stamp}`, 'Australia/Sydney');
  const title = `Welcoming new staff ${stamp}`;

  const pCtx = await browser.newContext({ timezoneId: 'Asia/Phnom_Penh' });
  const p = await pCtx.newPage();
  await signIn(p, partner);
  await expect(p).toHaveURL(/\/home/);
  await p.goto('/community');
  await p.getByRole('link', { name: 'Discussions' }).first().click();
  await expect(p.getByRole('heading', { level: 1 })).toHaveText('Discussions');
  await p.getByLabel('Space', { exact: true }).selectOption({ label: 'Human resources and training' });
  await p.getByLabel('Title').fill(title);
  await p.getByLabel('Your message').fill('How do you **welcome** new staff?\n\n- a buddy\n- a checklist <script>alert(1)</script>');
  await p.getByRole('button', { name: 'Start the discussion' }).click();
  await expect(p.getByRole('heading', { level: 1 })).toHaveText(title);
  const opening = p.locator('.post').first();
  await expect(opening.locator('strong', { hasText: 'welcome' })).toBeVisible();
  await expect(opening.getByRole('listitem')).toHaveCount(2);
  await expect(opening).toContainText('<script>alert(1)</script>');

  // The coach reads the thread in another browser.
  const cCtx = await browser.newContext({ timezoneId: 'Australia/Sydney' });
  const c = await cCtx.newPage();
  await signIn(c, coach);
  await expect(c).toHaveURL(/\/home/);
  await c.goto('/community/discussions?space=training');
  await c.getByRole('link', { name: title }).click();
  await expect(c.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(c.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
  await expect(c.locator('.post')).toHaveCount(1);

  // The partner replies, naming the coach; the coach sees it come in, no reload.
  await p.getByLabel('Your reply').fill(`@${coach.name} what did your team use? See [our plan](https://example.org/plan).`);
  await p.getByRole('button', { name: 'Send the reply' }).click();
  await expect(p.locator('.post')).toHaveCount(2);
  await expect(c.locator('.post')).toHaveCount(2, { timeout: 10_000 });
  await expect(c.locator('.post').nth(1).getByRole('link', { name: 'our plan' })).toHaveAttribute('href', 'https://example.org/plan');
  await screenshots(c, 'discussion', info.project.name);

  // The mention reached the coach's home page.
  await c.goto('/home');
  await expect(c.getByText(`${partner.name} mentioned you in “${title}”`)).toBeVisible();

  // The author may change the reply within the hour.
  const mine = p.locator('.post').nth(1);
  await mine.getByText('Change your message').click();
  await mine.getByLabel('Your message').fill('What did your team use? We tried a buddy.');
  await mine.getByRole('button', { name: 'Save the change' }).click();
  await expect(p.locator('.post').nth(1)).toContainText('We tried a buddy.');
  await expect(p.locator('.post').nth(1)).toContainText('edited');
  await screenshots(p, 'discussions-thread', info.project.name);
});

// Without JavaScript: a member starts a thread and replies with plain forms; an empty reply is
// refused next to the box.
test('a thread and a reply without JavaScript @nojs', async ({ browser }, info) => {
  test.skip(info.project.name === 'js', 'the no-JavaScript journey');
  const stamp = Date.now().toString(36).slice(-5);
  const coach = await freshPerson('coach');
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const c = await ctx.newPage();
  await signIn(c, coach);
  await expect(c).toHaveURL(/\/home/);
  await c.goto('/community/discussions');
  await c.getByLabel('Title').fill(`Opening hours ${stamp}`);
  await c.getByLabel('Your message').fill('When do you open in the holidays?');
  await c.getByRole('button', { name: 'Start the discussion' }).click();
  await expect(c.getByRole('heading', { level: 1 })).toHaveText(`Opening hours ${stamp}`);
  await c.getByRole('button', { name: 'Send the reply' }).click();
  await expect(c.getByRole('alert')).toContainText('Enter your message');
  await c.getByLabel('Your reply').fill('Mornings only, in our case.');
  await c.getByRole('button', { name: 'Send the reply' }).click();
  await expect(c.locator('.post')).toHaveCount(2);
  await screenshots(c, 'discussions', info.project.name);
});
