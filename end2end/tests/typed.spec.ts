import { expect, test } from '@playwright/test';
import { matchedThroughThePage, signIn } from './support';

// What a person types stays out of addresses: not in the address bar, not in a redirect, not
// in the server's request log. Each value typed here holds the marker TYPED-SECRET; after the
// run `./dev test` reads the server's access log and fails if the marker is in any line.
const MARKER = 'TYPED-SECRET';

test('a journal entry and a concern, failed then sent, never put what was typed in an address @nojs', async ({ browser }, info) => {
  const js = info.project.name === 'js';
  const { partner, workspace } = await matchedThroughThePage(browser, 'typed', 'collections', js);
  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Asia/Phnom_Penh', javaScriptEnabled: js });
  const p = await context.newPage();
  const addresses: string[] = [];
  p.on('framenavigated', (frame) => { if (frame === p.mainFrame()) addresses.push(frame.url()); });
  p.on('response', (r) => { const to = r.headers()['location']; if (to) addresses.push(to); });
  await signIn(p, partner);
  await expect(p).toHaveURL(/\/home/);

  // The journal: no kind chosen fails, then it is sent.
  const entry = `${MARKER}-journal-${info.project.name}: the budget for next year is cut by half.`;
  await p.goto(`${workspace}/journal`);
  await p.getByRole('textbox', { name: 'Entry' }).fill(entry);
  await p.getByRole('button', { name: 'Add entry' }).click();
  await expect(p.locator('.error-summary')).toBeVisible();
  await expect(p.getByRole('textbox', { name: 'Entry' })).toHaveValue(entry);
  await p.getByLabel('A difficulty').check();
  await p.getByRole('button', { name: 'Add entry' }).click();
  await expect(p.locator('.journal-entry')).toContainText(entry);

  // A concern: too short fails, then it is sent.
  await p.goto('/concerns');
  await p.getByLabel('What it is about').selectOption({ label: 'Scheduling or connectivity' });
  // Over the 5,000 characters a concern holds.
  await p.getByLabel('What is happening').fill(`${MARKER} ${'the network drops again. '.repeat(210)}`);
  await p.getByRole('button', { name: 'Send to the programme team' }).click();
  await expect(p.locator('.error-summary')).toContainText('at most 5000 characters');
  const concern = `${MARKER}-concern-${info.project.name}: our director has left and the staff are worried.`;
  await p.getByLabel('What is happening').fill(concern);
  await p.getByLabel('High: needs action now').check();
  await p.getByRole('button', { name: 'Send to the programme team' }).click();
  await expect(p).toHaveURL(/\/concerns\/\d+\?raised=1$/);

  expect(addresses.length).toBeGreaterThan(3);
  for (const address of addresses) {
    expect(decodeURIComponent(address), 'an address the browser saw').not.toContain(MARKER);
  }
  await context.close();
});
