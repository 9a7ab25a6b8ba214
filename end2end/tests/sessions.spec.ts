import { Browser, Download, Page, TestInfo, expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { readFile } from 'node:fs/promises';
import { DEMO_CHAIR, DEMO_PASSWORD, Person, freshPerson, mailTo, matchedThroughThePage, saveIntake, screenshots, signIn } from './support';

const baseURL = process.env.TANDEM_E2E_URL ?? 'http://127.0.0.1:3000';

async function pageFor(browser: Browser, info: TestInfo, timezoneId: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    locale: 'en-GB',
    timezoneId,
    javaScriptEnabled: info.project.name === 'js',
  });
  return context.newPage();
}

async function signInHome(page: Page, person: Pick<Person, 'email' | 'password'>) {
  await signIn(page, person);
  await expect(page).toHaveURL(/\/home/);
}

/** The instants of every event in a calendar file, read by an independent parser (ical.js). */
async function eventsIn(download: Download): Promise<{ uid: string; start: string; sequence: number }[]> {
  const text = await readFile(await download.path(), 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return { uid: e.uid, start: e.startDate.toJSDate().toISOString(), sequence: e.sequence };
  });
}

test('the coach in Berlin proposes, the partner in Phnom Penh accepts, both see their own clocks and download the same instant @nojs', async ({ browser }, info) => {
  const project = info.project.name;
  const stamp = Date.now().toString(36).slice(-5);
  const coach = await freshPerson('coach', `Coach ${project} ${stamp}`);
  const partner = await freshPerson('partner', `Partner ${project} ${stamp}`);
  await saveIntake(partner, 'collections');

  // The chair matches them.
  const chair = await pageFor(browser, info, 'Europe/London');
  await signInHome(chair, { email: DEMO_CHAIR, password: DEMO_PASSWORD });
  await chair.goto('/matching');
  await chair.getByLabel('Add a coach to this cohort').selectOption({ label: coach.name });
  await chair.getByRole('button', { name: 'Add to cohort' }).click();
  const card = chair.getByRole('listitem').filter({ has: chair.getByRole('heading', { name: partner.name }) });
  await card.getByRole('button', { name: `Match with ${coach.name}` }).click();
  await expect(chair).toHaveURL(/\/partnerships\/\d+\?matched=1$/);
  const sessionsUrl = `${new URL(chair.url()).pathname}/sessions`;

  // The coach, on a Berlin clock, proposes two Tuesdays at 09:00: before and after Europe's
  // clocks go forward on 28 March 2027.
  const c = await pageFor(browser, info, 'Europe/Berlin');
  await signInHome(c, coach);
  await c.goto(sessionsUrl);
  await expect(c.getByRole('heading', { name: '0 of 6 sessions held' })).toBeVisible();
  await c.getByLabel('First choice').fill('2027-03-30T09:00');
  await c.getByLabel('Second choice (optional)').fill('2027-03-23T09:00');
  await c.getByLabel('Link to the call').fill('https://meet.example.org/tandem-e2e');
  await c.getByLabel('Agenda (optional)').fill('Agree the first goals');
  await c.getByRole('button', { name: 'Send the proposal' }).click();
  await expect(c.locator('.session')).toContainText('Waiting for an answer.');
  await expect(c.locator('.options')).toContainText('Tue 30 Mar, 09:00 (Berlin) · Tue 30 Mar, 14:00 (Phnom Penh)');
  await expect(c.locator('.options')).toContainText('Tue 23 Mar, 09:00 (Berlin) · Tue 23 Mar, 15:00 (Phnom Penh)');
  if (project === 'js') await screenshots(c, 'sessions-proposed', project);

  // The partner, on a Phnom Penh clock, sees the same times on their own clock and accepts the
  // one after the European change.
  const p = await pageFor(browser, info, 'Asia/Phnom_Penh');
  await signInHome(p, partner);
  await expect(p.getByText(`${coach.name} proposed a session`)).toBeVisible();
  await p.goto(sessionsUrl);
  await expect(p.locator('.options')).toContainText('Tue 30 Mar, 14:00 (Phnom Penh) · Tue 30 Mar, 09:00 (Berlin)');
  await p.getByRole('button', { name: 'Accept Tue 30 Mar, 14:00' }).click();
  await expect(p.locator('.session-time')).toContainText('Tue 30 Mar, 14:00 (Phnom Penh) · Tue 30 Mar, 09:00 (Berlin)');
  await expect(p.locator('.session')).toContainText('Scheduled');
  // Berlin's clocks change before it: said on both clocks, here and on the home page.
  const note = 'Clocks in Berlin go forward an hour on 28 Mar: this session is 14:00 in Phnom Penh, 09:00 in Berlin.';
  await expect(p.locator('.session .clock-note')).toHaveText(note);
  if (project === 'js') await screenshots(p, 'sessions-scheduled', project);
  await p.goto('/home');
  await expect(p.locator('.next-up .clock-note')).toHaveText(note);
  await p.goto(sessionsUrl);

  // Both download the calendar file; an independent parser reads the same instant from each.
  for (const page of [p, c]) {
    await page.goto(sessionsUrl);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Add to your calendar (.ics)' }).click(),
    ]);
    const events = await eventsIn(download);
    expect(events).toHaveLength(1);
    expect(events[0].start).toBe('2027-03-30T07:00:00.000Z');
    expect(events[0].uid).toMatch(/^session-\d+@/);
    expect(events[0].sequence).toBe(1);
  }
  await expect(c.locator('.session-time')).toContainText('Tue 30 Mar, 09:00 (Berlin) · Tue 30 Mar, 14:00 (Phnom Penh)');

  // The coach is told by email too, with both clocks and the calendar invitation, which the
  // same independent parser reads as the same instant and event.
  const mails = await mailTo(coach.email, 3);
  const accepted = mails.find((m) => m.subject.includes('accepted a session'))!;
  expect(accepted.text).toContain('Tue 30 Mar, 09:00 your time (Tue 30 Mar, 14:00 in Phnom Penh)');
  expect(accepted.calendar).toHaveLength(1);
  expect(accepted.calendar[0].content_type.replace(/"/g, '').toLowerCase()).toContain('method=request');
  const invitation = new ICAL.Component(ICAL.parse(accepted.calendar[0].content));
  expect(invitation.getFirstPropertyValue('method')).toBe('REQUEST');
  const event = new ICAL.Event(invitation.getFirstSubcomponent('vevent')!);
  expect(event.startDate.toJSDate().toISOString()).toBe('2027-03-30T07:00:00.000Z');
  expect(event.sequence).toBe(1);
  expect(event.uid).toMatch(new RegExp(`^session-\\d+@${new URL(baseURL).hostname.replace(/\./g, '\\.')}$`));
});

test('a person sets weekly times and a private feed that an independent parser reads', async ({ browser }, info) => {
  const coach = await freshPerson('coach');
  const page = await pageFor(browser, info, 'Europe/Berlin');
  await signInHome(page, coach);
  await page.goto('/availability');
  await expect(page.getByText('No weekly times yet.')).toBeVisible();
  await page.getByLabel('Day', { exact: true }).selectOption({ label: 'Tuesday' });
  await page.getByLabel('From', { exact: true }).fill('08:00');
  await page.getByLabel('To', { exact: true }).fill('08:00');
  await page.getByRole('button', { name: 'Add weekly time' }).click();
  await expect(page.getByRole('alert')).toContainText('The end is the same as the start');
  await page.getByLabel('To', { exact: true }).fill('12:00');
  await page.getByRole('button', { name: 'Add weekly time' }).click();
  await expect(page.locator('.window')).toContainText('Tuesday 08:00-12:00');
  // An evening that runs past midnight is one window.
  await page.getByLabel('Day', { exact: true }).selectOption({ label: 'Monday' });
  await page.getByLabel('From', { exact: true }).fill('19:00');
  await page.getByLabel('To', { exact: true }).fill('01:00');
  await page.getByRole('button', { name: 'Add weekly time' }).click();
  await expect(page.locator('.window').first()).toContainText('Monday 19:00-01:00 (into Tuesday)');
  await page.getByRole('button', { name: 'Make a feed address' }).click();
  const address = await page.locator('.notice-success code').textContent();
  expect(address).toMatch(/\/calendar\/[0-9a-f]{64}\.ics$/);
  const path = new URL(address!, baseURL).pathname;
  const res = await page.request.get(path);
  expect(res.status()).toBe(200);
  const calendar = new ICAL.Component(ICAL.parse(await res.text()));
  expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
  await screenshots(page, 'availability', info.project.name);
  // Replacing the address turns the old one off.
  await page.getByRole('button', { name: 'Replace the feed address' }).click();
  await expect(page.locator('.notice-success code')).not.toHaveText(address!);
  expect((await page.request.get(path)).status()).toBe(404);
});

test('an action agreed at a held session becomes a milestone of a goal', async ({ browser }, info) => {
  test.skip(info.project.name !== 'js', 'one run is enough: it changes the demo pair');
  const page = await pageFor(browser, info, 'Asia/Phnom_Penh');
  await signInHome(page, { email: 'dara.kim@demo.tandem.test', password: DEMO_PASSWORD });
  await page.getByRole('link', { name: 'Your partnership with Priya Nair' }).click();
  await page.getByRole('link', { name: 'Sessions' }).click();
  const held = page.locator('.session-held').first();
  await held.getByText('Make "Dara: share the survey with the rector" a milestone').click();
  await held.getByLabel('Of the goal').first().selectOption({ label: 'A training plan for the year' });
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Phnom_Penh' }).format(new Date());
  await held.getByLabel('Due date').first().fill(today);
  await held.getByRole('button', { name: 'Add the milestone' }).first().click();
  await expect(page.getByText('The action is now a milestone of its goal.')).toBeVisible();
  await page.getByRole('link', { name: 'Overview and goals' }).click();
  await page.getByRole('link', { name: 'A training plan for the year' }).click();
  await expect(page.locator('.milestones')).toContainText('Dara: share the survey with the rector');
});

test('a time the clock skips is refused with the nearest times; one it shows twice asks which @nojs', async ({ browser }, info) => {
  const project = info.project.name;
  const { coach, workspace, stamp } = await matchedThroughThePage(browser, `dst ${project}`, 'facilities', project === 'js');
  const sessionsUrl = `${workspace}/sessions`;

  const c = await pageFor(browser, info, 'Europe/Berlin');
  await signInHome(c, coach);
  await c.goto(sessionsUrl);
  // 02:30 on 28 March 2027 never happens in Berlin: the clocks jump from 02:00 to 03:00.
  await c.getByLabel('First choice').fill('2027-03-28T02:30');
  await c.getByLabel('How you meet').selectOption({ label: 'Phone call' });
  await c.getByLabel('Agenda (optional)').fill(`Kick-off ${stamp}`);
  await c.getByRole('button', { name: 'Send the proposal' }).click();
  await expect(c.getByRole('alert')).toContainText('02:30 on Sun 28 Mar 2027 does not exist on your clock');
  await expect(c.getByRole('alert')).toContainText('Choose 01:59 or 03:00');
  await expect(c.getByLabel('Agenda (optional)')).toHaveValue(`Kick-off ${stamp}`);
  expect(new URL(c.url()).search).toBe('');
  // 02:30 on 31 October 2027 happens twice: the form asks which.
  await c.getByLabel('First choice').fill('2027-10-31T02:30');
  await c.getByRole('button', { name: 'Send the proposal' }).click();
  await expect(c.getByRole('alert')).toContainText('happens twice on your clock');
  if (project === 'js') await screenshots(c, 'sessions-fold', project);
  await c.getByLabel('The second time (after the clocks go back)').check();
  await c.getByRole('button', { name: 'Send the proposal' }).click();
  // The second 02:30 is 01:30 UTC: 08:30 in Phnom Penh.
  await expect(c.locator('.options')).toContainText('Sun 31 Oct, 02:30 (Berlin) · Sun 31 Oct, 08:30 (Phnom Penh)');
});
