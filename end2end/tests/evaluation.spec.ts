import { Browser, Page, expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { DEMO_CHAIR, DEMO_PASSWORD, Person, matchedThroughThePage, screenshots, signIn } from './support';

const baseURL = process.env.TANDEM_E2E_URL ?? 'http://127.0.0.1:3000';
const databaseFile = process.env.TANDEM_DATABASE_URL?.replace(/^sqlite:\/\//, '').replace(/\?.*$/, '');

async function pageFor(browser: Browser, js: boolean, timezoneId: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'en-GB', timezoneId, javaScriptEnabled: js });
  return context.newPage();
}

async function signInHome(page: Page, person: Pick<Person, 'email' | 'password'>) {
  await signIn(page, person);
  await expect(page).toHaveURL(/\/home/);
}

test('a member starts at home with the next step: a proposal to answer, then the next session on both clocks @nojs', async ({ browser }, info) => {
  test.setTimeout(60_000);
  const js = info.project.name === 'js';
  const { coach, partner, workspace } = await matchedThroughThePage(browser, 'home', 'collections', js);
  const p = await pageFor(browser, js, 'Asia/Phnom_Penh');
  await signInHome(p, partner);
  // First, the programme's commitments.
  const commitments = p.getByRole('region', { name: "Before you start: the programme's commitments" });
  await expect(commitments).toContainText('Tell the programme team as soon as possible about any difficulty');
  await commitments.getByRole('button', { name: 'I accept these commitments' }).click();
  await expect(p.getByRole('status').filter({ hasText: "You have accepted the programme's commitments" })).toBeVisible();
  await expect(p.getByRole('region', { name: "Before you start: the programme's commitments" })).toHaveCount(0);
  const next = p.getByRole('region', { name: 'Next' });
  await expect(next).toContainText('No session is scheduled.');
  // The match is news; mark it all as read.
  const news = p.getByRole('region', { name: /New for you/ });
  await expect(news).toContainText(coach.name);
  await news.getByRole('button', { name: 'Mark all as read' }).click();
  await expect(p.getByRole('region', { name: /New for you/ })).toHaveCount(0);

  // The coach proposes a phone call; the partner's home leads with it.
  const c = await pageFor(browser, js, 'Europe/Berlin');
  await signInHome(c, coach);
  await c.goto(`${workspace}/sessions`);
  await c.getByLabel('First choice').fill('2027-03-30T09:00');
  await c.getByLabel('How you meet').selectOption({ label: 'Phone call' });
  await c.getByRole('button', { name: 'Send the proposal' }).click();
  await expect(c.locator('.session')).toContainText('Waiting for an answer.');
  await p.goto('/home');
  await next.getByRole('link', { name: new RegExp(`${coach.name} is waiting for your answer`) }).click();
  await expect(p).toHaveURL(new RegExp(`${workspace}/sessions$`));
  await p.getByRole('button', { name: 'Accept Tue 30 Mar, 14:00' }).click();
  await expect(p.locator('.session')).toContainText('Scheduled');
  await p.goto('/home');
  await expect(next.locator('.next-session')).toHaveText('Tue 30 Mar 2027, 14:00, your time · Tue 30 Mar 2027, 09:00 in Berlin');
  await expect(next).toContainText(`Phone call with ${coach.name}.`);
  await screenshots(p, 'home-partner-next', info.project.name);
});

test('in the year\'s last month both members answer the evaluation, neither sees the other\'s, the chair reads both @nojs', async ({ browser }, info) => {
  test.setTimeout(60_000);
  test.skip(!databaseFile, 'needs the database file (run through ./dev test)');
  const js = info.project.name === 'js';
  const { coach, partner, workspace } = await matchedThroughThePage(browser, 'eval', 'advocacy', js);
  const id = Number(workspace.split('/').pop());
  // The fixture: the year ends in ten days (the test cannot wait a year).
  const end = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
  execFileSync('python3', ['-c', [
    'import sqlite3, sys',
    'db = sqlite3.connect(sys.argv[1], timeout=10)',
    'db.execute("UPDATE partnership SET ends_on = ? WHERE id = ?", (sys.argv[2], int(sys.argv[3])))',
    'db.commit()',
  ].join('\n'), databaseFile!, end, String(id)]);

  const p = await pageFor(browser, js, 'Asia/Phnom_Penh');
  await signInHome(p, partner);
  await p.goto(workspace);
  await p.getByRole('link', { name: 'Answer the end-of-year evaluation' }).click();
  await expect(p.getByRole('heading', { level: 1 })).toHaveText('End-of-year evaluation');
  await expect(p.getByText(`${coach.name} does not see them`)).toBeVisible();
  // Nothing answered: each question says so; what was typed stays.
  await p.getByLabel('What helped?').fill('Having a colleague to ask <anything>');
  await p.getByRole('button', { name: 'Send my evaluation' }).click();
  await expect(p.locator('.error-summary')).toContainText('Say whether the objective');
  await expect(p.getByLabel('What helped?')).toHaveValue('Having a colleague to ask <anything>');
  await p.getByLabel('Partly').check();
  await p.getByLabel('What should change next year?').fill('Start the sessions in the first month');
  await p.getByLabel('4', { exact: true }).check();
  await p.getByRole('group', { name: 'Would you take part again?' }).getByLabel('Yes').check();
  await p.getByLabel(/may quote my words/).check();
  await p.getByRole('button', { name: 'Send my evaluation' }).click();
  await expect(p.locator('.notice-success')).toContainText('Your answers are with the programme team');

  // The coach's form is their own: empty, with the question about library work.
  const c = await pageFor(browser, js, 'Europe/Berlin');
  await signInHome(c, coach);
  await c.goto(`${workspace}/evaluation`);
  await expect(c.getByLabel('What helped?')).toHaveValue('');
  await expect(c.getByText('Having a colleague to ask')).toHaveCount(0);
  await c.getByLabel('Yes, reached').check();
  await c.getByLabel('What helped?').fill('A clear objective from the start');
  await c.getByLabel('What should change next year?').fill('More time for introductions to experts');
  await c.getByRole('group', { name: 'Did your perception of library work broaden?' }).getByLabel('Yes, clearly').check();
  await c.getByLabel('5: excellent').check();
  await c.getByRole('group', { name: 'Would you take part again?' }).getByLabel('Yes').check();
  await c.getByRole('button', { name: 'Send my evaluation' }).click();
  await expect(c.locator('.notice-success')).toContainText('Your answers are with the programme team');

  // The chair reads both, escaped as typed.
  const chair = await pageFor(browser, js, 'Europe/London');
  await signInHome(chair, { email: DEMO_CHAIR, password: DEMO_PASSWORD });
  await chair.goto(`${workspace}/evaluation`);
  await expect(chair.getByRole('region', { name: `Answers of ${partner.name}` })).toContainText('Having a colleague to ask <anything>');
  await expect(chair.getByRole('region', { name: `Answers of ${coach.name}` })).toContainText('Yes, clearly');
  await screenshots(chair, 'evaluation-team', info.project.name);
});

test('the chair prints the cohort report: the quotes allowed, the site\'s menus left out, a PDF Chromium made @nojs', async ({ browser }, info) => {
  test.setTimeout(60_000);
  test.skip(!databaseFile, 'needs the database file (run through ./dev test)');
  const js = info.project.name === 'js';
  const { coach, partner, workspace } = await matchedThroughThePage(browser, 'report', 'facilities', js);
  const id = Number(workspace.split('/').pop());
  const end = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
  execFileSync('python3', ['-c', [
    'import sqlite3, sys',
    'db = sqlite3.connect(sys.argv[1], timeout=10)',
    'db.execute("UPDATE partnership SET ends_on = ? WHERE id = ?", (sys.argv[2], int(sys.argv[3])))',
    'db.commit()',
  ].join('\n'), databaseFile!, end, String(id)]);
  // Both answer; only the partner allows a quote.
  const stamp = workspace.split('/').pop();
  for (const [who, zone, helped, quote] of [
    [partner, 'Asia/Phnom_Penh', `Weekly questions answered fast ${stamp}`, true],
    [coach, 'Europe/Berlin', `A private remark ${stamp}`, false],
  ] as const) {
    const m = await pageFor(browser, js, zone);
    await signInHome(m, who);
    await m.goto(`${workspace}/evaluation`);
    await m.getByLabel('Yes, reached').check();
    await m.getByLabel('What helped?').fill(helped);
    await m.getByLabel('What should change next year?').fill('Nothing much');
    if (who === coach) {
      await m.getByRole('group', { name: 'Did your perception of library work broaden?' }).getByLabel('Somewhat').check();
    }
    await m.getByLabel('4', { exact: true }).check();
    await m.getByRole('group', { name: 'Would you take part again?' }).getByLabel('Yes').check();
    if (quote) await m.getByLabel(/may quote my words/).check();
    await m.getByRole('button', { name: 'Send my evaluation' }).click();
    await expect(m.locator('.notice-success')).toContainText('Your answers are with the programme team');
  }

  const chair = await pageFor(browser, js, 'Europe/London');
  await signInHome(chair, { email: DEMO_CHAIR, password: DEMO_PASSWORD });
  await chair.goto(workspace);
  await chair.getByRole('link', { name: "The cohort's report" }).click();
  await expect(chair.getByRole('heading', { level: 1 })).toHaveText(/^Report: /);
  const row = chair.getByRole('row', { name: new RegExp(`${coach.name} and ${partner.name}`) });
  await expect(row).toContainText('facilities and spaces');
  await expect(row).toContainText('2 of 2');
  const words = chair.getByRole('region', { name: 'The evaluations' });
  await expect(words).toContainText(`Weekly questions answered fast ${stamp}`);
  await expect(words).not.toContainText(`A private remark ${stamp}`);
  if (js) await expect(chair.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
  await screenshots(chair, 'report', info.project.name);
  await chair.emulateMedia({ media: 'print' });
  await chair.screenshot({ path: `screenshots/${info.project.name}-report-print.png`, fullPage: true });
  await chair.emulateMedia({ media: null });

  // The PDF Chromium prints, its text read back.
  const pdf = await chair.pdf({ format: 'A4', printBackground: true });
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
  let text = '';
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    text += content.items.map((i) => ('str' in i ? i.str : '')).join(' ') + '\n';
  }
  expect(text).toContain('Report:');
  expect(text).toContain(`Weekly questions answered fast ${stamp}`);
  expect(text).not.toContain(`A private remark ${stamp}`);
  expect(text).not.toContain('Sign out');
  expect(text).not.toContain('Print or save as PDF');

  // A one-page summary and the coach's certificate, from the report.
  await row.getByRole('link', { name: 'Summary' }).click();
  await expect(chair.getByRole('heading', { level: 1 })).toHaveText(`${coach.name} and ${partner.name}`);
  await chair.goBack();
  await chair.getByRole('row', { name: new RegExp(`${coach.name} and ${partner.name}`) }).getByRole('link', { name: 'Certificate' }).click();
  await expect(chair.getByRole('heading', { level: 1 })).toHaveText('Certificate of participation');
  await expect(chair.locator('.certificate-name')).toHaveText(coach.name);
  await screenshots(chair, 'certificate', info.project.name);
});
