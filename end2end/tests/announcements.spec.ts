import { expect, test } from '@playwright/test';
import { DEMO_CHAIR, DEMO_PASSWORD, freshPerson, mailTo, screenshots, signIn } from './support';

// Announcements: the chair writes to one cohort (the demo's completed one, whose people no
// other journey uses); its partner finds it on the home page and by email; a coach outside the
// cohort does not see it; the chair removes it. Also without JavaScript.
test('the chair writes to a cohort; its partner reads it at home and by email; others do not see it @nojs', async ({ browser }, info) => {
  test.setTimeout(90_000);
  const js = info.project.name === 'js';
  const title = `Registration for IATUL is open ${Date.now().toString(36)}${js ? 'j' : 'n'}`;
  const outsider = await freshPerson('coach');

  const chCtx = await browser.newContext({ timezoneId: 'Europe/Berlin', javaScriptEnabled: js });
  const ch = await chCtx.newPage();
  await signIn(ch, { email: DEMO_CHAIR, password: DEMO_PASSWORD });
  await expect(ch).toHaveURL(/\/home/);
  await ch.goto('/community');
  await ch.getByRole('link', { name: 'Announcements' }).click();
  await expect(ch.getByRole('heading', { level: 1 })).toHaveText('Announcements');
  await ch.getByText('Write an announcement').click();
  // Without a title: refused next to it, the text kept.
  await ch.getByLabel('Text', { exact: true }).fill('Register by 30 April.\nThe programme pays the fees of one pair.');
  const cohort = ch.getByLabel('Who it is for');
  const option = cohort.locator('option', { hasText: 'demo, completed' });
  await cohort.selectOption({ label: (await option.textContent())!.trim() });
  await ch.getByRole('button', { name: 'Send the announcement' }).click();
  await expect(ch.locator('.field-error').filter({ has: ch.getByLabel('Title', { exact: true }) })).toBeVisible();
  await expect(ch.getByLabel('Text', { exact: true })).toHaveValue(/The programme pays/);
  await expect(ch.getByLabel('Who it is for').locator('option:checked')).toContainText('demo, completed');
  await ch.getByLabel('Title', { exact: true }).fill(title);
  await ch.getByRole('button', { name: 'Send the announcement' }).click();
  await expect(ch.getByRole('status').filter({ hasText: 'Sent.' }).first()).toBeVisible();
  const item = ch.getByRole('article').filter({ has: ch.getByRole('heading', { name: title }) });
  await expect(item).toContainText('demo, completed');
  await screenshots(ch, 'announcements', info.project.name);

  // Its partner: on the home page, and by email.
  const vCtx = await browser.newContext({ timezoneId: 'Asia/Phnom_Penh', javaScriptEnabled: js });
  const v = await vCtx.newPage();
  await signIn(v, { email: 'vanna.sok@demo.tandem.test', password: DEMO_PASSWORD });
  await expect(v).toHaveURL(/\/home/);
  const fromTeam = v.getByRole('region', { name: 'From the programme team' });
  await expect(fromTeam).toContainText(title);
  await expect(fromTeam).toContainText('Register by 30 April.');
  await screenshots(v, 'announcement-home', info.project.name);
  const mails = await mailTo('vanna.sok@demo.tandem.test');
  const mail = mails.find((m) => m.subject === title);
  expect(mail, 'the announcement by email').toBeTruthy();
  expect(mail!.text).toContain('The programme pays the fees of one pair.');
  expect(mail!.text).toContain('/community/announcements');

  // A coach outside the cohort sees nothing of it.
  const oCtx = await browser.newContext({ timezoneId: 'Australia/Sydney', javaScriptEnabled: js });
  const o = await oCtx.newPage();
  await signIn(o, outsider);
  await expect(o).toHaveURL(/\/home/);
  await expect(o.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(o.getByText(title)).toHaveCount(0);
  await o.goto('/community/announcements');
  await expect(o.getByRole('heading', { level: 1 })).toHaveText('Announcements');
  await expect(o.getByText(title)).toHaveCount(0);

  // The chair removes it: it leaves the partner's home page.
  await ch.goto('/community/announcements');
  const again = ch.getByRole('article').filter({ has: ch.getByRole('heading', { name: title }) });
  await again.getByText('Remove this announcement').click();
  await again.getByRole('button', { name: 'Yes, remove it' }).click();
  await expect(ch.getByRole('status').filter({ hasText: 'The announcement is removed.' }).first()).toBeVisible();
  // Its notice stays in the partner's notifications; the announcement leaves the top of home.
  await v.goto('/home');
  await expect(v.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(v.getByRole('region', { name: 'From the programme team' }).getByText(title)).toHaveCount(0);
  await chCtx.close();
  await vCtx.close();
  await oCtx.close();
});
