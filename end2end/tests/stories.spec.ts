import { expect, test } from '@playwright/test';
import { freshPerson, matchedThroughThePage, screenshots, signIn } from './support';

// Co-sharing: a partner turns a journal entry into a story, edits out what stays private and
// shares it without a name; a coach of another pair reads it with only the area and cohort;
// the partner's own coach is told; the journal entry stays with the pair. Also without
// JavaScript.
test('a partner shares a journal entry anonymously and a coach of another pair reads it without the name @nojs', async ({ browser }, info) => {
  test.setTimeout(90_000);
  const js = info.project.name === 'js';
  const { coach, partner, workspace, stamp } = await matchedThroughThePage(browser, 'Story', 'training', js);
  const reader = await freshPerson('coach');

  const pCtx = await browser.newContext({ timezoneId: 'Asia/Phnom_Penh', javaScriptEnabled: js });
  const p = await pCtx.newPage();
  await signIn(p, partner);
  await expect(p).toHaveURL(/\/home/);
  await p.goto(`${workspace}/journal`);
  await p.getByLabel('A difficulty').check();
  await p.getByRole('textbox', { name: 'Entry' }).fill(`Two of our nine staff left (SECRET-${stamp}); the rest share the reference desk.`);
  await p.getByRole('button', { name: 'Add entry' }).click();
  await expect(p.locator('.journal-entry')).toContainText(`SECRET-${stamp}`);
  await p.locator('.journal-entry').filter({ hasText: `SECRET-${stamp}` }).getByRole('link', { name: 'Share with the community' }).click();

  await expect(p.getByRole('heading', { level: 1 })).toHaveText('Share an entry with the community');
  await expect(p.getByText(`${coach.name} will be told that you shared it.`)).toBeVisible();
  const body = p.getByRole('textbox', { name: 'The story' });
  await expect(body).toHaveValue(/SECRET-/);
  await expect(p.getByRole('radio', { name: 'A difficulty' })).toBeChecked();
  // Nothing chosen for the signature: refused next to the choice, what was typed stays.
  const title = `Fewer staff, one desk ${stamp}`;
  await p.getByLabel('Title').fill(title);
  await body.fill('Two of our nine staff left; the rest now share one reference desk, with a rota.');
  await p.getByRole('button', { name: 'Share with the community' }).click();
  await expect(p.getByText('Choose whether your name shows with the story.').first()).toBeVisible();
  await expect(p.getByLabel('Title')).toHaveValue(title);
  await expect(p.getByRole('textbox', { name: 'The story' })).toHaveValue(/with a rota/);
  await p.getByRole('radio', { name: /Without a name/ }).check();
  await expect(p.getByRole('radio', { name: /Without a name/ })).toHaveAccessibleName(/Human resources and training · cohort/);
  await screenshots(p, 'story-share', info.project.name);
  await p.getByRole('button', { name: 'Share with the community' }).click();
  await expect(p.getByRole('status').filter({ hasText: 'Shared.' }).first()).toBeVisible();
  await expect(p.getByRole('heading', { name: title })).toBeVisible();

  // A coach of another pair: the story, its area and cohort, no name, nothing that was cut.
  const rCtx = await browser.newContext({ timezoneId: 'Australia/Sydney', javaScriptEnabled: js });
  const r = await rCtx.newPage();
  await signIn(r, reader);
  await expect(r).toHaveURL(/\/home/);
  await r.goto('/community');
  await r.getByRole('link', { name: title }).click();
  const story = r.getByRole('article').filter({ has: r.getByRole('heading', { name: title }) });
  await expect(story).toContainText('Shared without a name');
  await expect(story).toContainText('Human resources and training');
  await expect(story).toContainText('A difficulty');
  await expect(story).not.toContainText(partner.name);
  await expect(r.getByText(`SECRET-${stamp}`)).toHaveCount(0);
  await screenshots(r, 'stories', info.project.name);

  // The partner's coach is told on their home page.
  const cCtx = await browser.newContext({ timezoneId: 'Europe/Berlin', javaScriptEnabled: js });
  const c = await cCtx.newPage();
  await signIn(c, coach);
  await expect(c).toHaveURL(/\/home/);
  await expect(c.getByText(`${partner.name} shared a story from your partnership with the community, without a name`, { exact: false })).toBeVisible();

  // The entry is still in the journal, private to the pair; sharing it again shows the story.
  await p.goto(`${workspace}/journal`);
  const entry = p.locator('.journal-entry').filter({ hasText: `SECRET-${stamp}` });
  await expect(entry).toContainText('Private to you two');
  await entry.getByRole('link', { name: 'Share with the community' }).click();
  await expect(p.getByText('You have already shared this entry.')).toBeVisible();

  // The partner withdraws it; the reader no longer finds it.
  await p.goto('/community/stories');
  await p.getByRole('article').filter({ has: p.getByRole('heading', { name: title }) }).getByRole('button', { name: 'Withdraw my story' }).click();
  await expect(p.getByRole('status').filter({ hasText: 'Your story is withdrawn' }).first()).toBeVisible();
  await r.goto('/community/stories');
  await expect(r.getByRole('heading', { name: 'Stories from the pairs' })).toBeVisible();
  await expect(r.getByRole('heading', { name: title })).toHaveCount(0);
  await pCtx.close();
  await rCtx.close();
  await cCtx.close();
});
