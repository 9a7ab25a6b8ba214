import { expect, test } from '@playwright/test';
import { freshPerson, matchedThroughThePage, screenshots, signIn } from './support';

// A 1×1 PNG: a real image, recognised by its content.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

// The resource library: a coach shares a resource from their pair's workspace in one step, and
// a coach of another pair finds it by a word, in the library and in the one search box. Also
// without JavaScript.
test('a coach shares a resource to the library and another coach finds it by a word @nojs', async ({ browser }, info) => {
  test.setTimeout(90_000);
  const js = info.project.name === 'js';
  const { coach, workspace, stamp } = await matchedThroughThePage(browser, 'Library', 'collections', js);
  const word = `weeding${stamp}`;
  const title = `Retention rules ${stamp}`;

  const cCtx = await browser.newContext({ timezoneId: 'Australia/Sydney', javaScriptEnabled: js });
  const c = await cCtx.newPage();
  await signIn(c, coach);
  await expect(c).toHaveURL(/\/home/);
  await c.goto(`${workspace}/resources`);
  await c.getByLabel('Title').fill(title);
  await c.getByLabel('Link').fill('https://example.org/retention');
  await c.getByLabel('Why it helps (optional)').fill(`A ${word} checklist: what leaves the shelves and why.`);
  await c.getByRole('button', { name: 'Add resource' }).click();
  const resource = c.locator('.resource').filter({ hasText: title });
  await expect(resource).toBeVisible();
  await expect(resource).toContainText('everything else stays with your pair');
  await resource.getByRole('button', { name: 'Share with the library' }).click();
  await expect(c).toHaveURL(/\/community\/library\/\d+\?shared=1$/);
  await expect(c.getByRole('status').filter({ hasText: 'Shared with the library' }).first()).toBeVisible();
  await expect(c.getByRole('heading', { name: title })).toBeVisible();
  await screenshots(c, 'library-item', info.project.name);
  // Back in the workspace the resource says where it went, and is shared once.
  await c.goto(`${workspace}/resources`);
  await expect(resource.getByRole('link', { name: 'In the community library' })).toBeVisible();
  await expect(resource.getByRole('button', { name: 'Share with the library' })).toHaveCount(0);

  const reader = await freshPerson('coach');
  const rCtx = await browser.newContext({ timezoneId: 'Europe/Berlin', javaScriptEnabled: js });
  const r = await rCtx.newPage();
  await signIn(r, reader);
  await expect(r).toHaveURL(/\/home/);
  await r.goto('/community');
  await r.getByRole('navigation', { name: 'Parts of the community' }).getByRole('link', { name: 'Resource library' }).click();
  await expect(r.getByRole('heading', { level: 1 })).toHaveText('Resource library');
  await r.getByLabel('Words').fill(word.slice(0, -2));
  await r.getByRole('button', { name: 'Find' }).click();
  await expect(r).toHaveURL(/q=weeding/);
  const card = r.getByRole('article').filter({ has: r.getByRole('heading', { name: title }) });
  await expect(card).toContainText(`Added by ${coach.name}`);
  await expect(card).toContainText('Collections');
  await expect(card.getByRole('link', { name: 'Open the link' })).toHaveAttribute('href', 'https://example.org/retention');
  await expect(r.getByRole('article')).toHaveCount(1);
  await screenshots(r, 'library', info.project.name);
  // Another area finds nothing, and says how to see everything.
  await r.getByLabel('Objective area').selectOption({ label: 'Facilities' });
  await r.getByRole('button', { name: 'Find' }).click();
  await expect(r.getByText('Nothing in the library matches.')).toBeVisible();

  // One box over the whole community.
  await r.goto('/community');
  await r.getByLabel('Search the library, discussions, stories and people').fill(word);
  await r.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(r).toHaveURL(new RegExp(`/search\\?q=${word}`));
  await expect(r.getByRole('status').filter({ hasText: 'One result' })).toBeVisible();
  await r.getByRole('link', { name: title }).click();
  await expect(r.getByRole('heading', { name: title })).toBeVisible();
  await screenshots(r, 'search', info.project.name);
});

// A member uploads a file: a file whose name lies is refused with what was typed kept; a real
// image is added, opens from the library, and the team can feature it. Also without JavaScript.
test('a partner uploads a file; one that is not what its name says is refused @nojs', async ({ browser }, info) => {
  test.setTimeout(90_000);
  const js = info.project.name === 'js';
  const partner = await freshPerson('partner');
  const stamp = Date.now().toString(36).slice(-5);
  const title = `Our new signs ${stamp}`;
  const ctx = await browser.newContext({ timezoneId: 'Asia/Phnom_Penh', javaScriptEnabled: js });
  const p = await ctx.newPage();
  await signIn(p, partner);
  await expect(p).toHaveURL(/\/home/);
  await p.goto('/community/library');
  await p.getByRole('link', { name: 'Add a link or a file' }).click();
  await expect(p.getByRole('heading', { level: 1 })).toHaveText('Add a link or a file');
  await p.getByLabel('Title').fill(title);
  await p.getByLabel('Summary').fill('Photos of the <b>signs</b> we made with students.');
  await p.getByLabel('Library facilities and spaces').check();
  await p.getByLabel('File (optional with a link)').setInputFiles({ name: 'signs.pdf', mimeType: 'application/pdf', buffer: Buffer.from('not really a PDF') });
  await p.getByRole('button', { name: 'Add to the library' }).click();
  await expect(p.getByRole('alert')).toContainText('This file is none of these');
  await expect(p.getByLabel('Title')).toHaveValue(title);
  await expect(p.getByLabel('Summary')).toHaveValue('Photos of the <b>signs</b> we made with students.');
  await expect(p.getByLabel('Library facilities and spaces')).toBeChecked();
  await expect(p.getByText('You chose signs.pdf')).toBeVisible();
  await screenshots(p, 'library-add-refused', info.project.name);

  await p.getByLabel('File (optional with a link)').setInputFiles({ name: 'signs.png', mimeType: 'image/png', buffer: PNG });
  await p.getByRole('button', { name: 'Add to the library' }).click();
  await expect(p).toHaveURL(/\/community\/library\/\d+\?added=1$/);
  await expect(p.getByRole('heading', { name: title })).toBeVisible();
  await expect(p.getByText('Photos of the <b>signs</b> we made with students.')).toBeVisible();
  const open = p.getByRole('link', { name: 'Open the file (PNG image, 1 KB)' });
  await expect(open).toBeVisible();
  const file = await p.request.get((await open.getAttribute('href'))!);
  expect(file.status()).toBe(200);
  expect(file.headers()['content-type']).toBe('image/png');
  // The author may remove their own; nothing else of the team's controls shows.
  await expect(p.getByText('Remove from the library')).toBeVisible();
  await expect(p.getByRole('button', { name: 'Feature it' })).toHaveCount(0);
});
