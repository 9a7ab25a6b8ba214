import { Page, expect, test } from '@playwright/test';
import { DEMO_CHAIR, DEMO_PASSWORD, freshPerson, screenshots, signIn } from './support';

// Community events: the chair publishes a call through the form; a coach in Sydney and a
// partner in Phnom Penh each see it on their own clock (the home page too), say they will come
// and see who else goes; the chair sees the figures. Also without JavaScript.

/** 18:00 in Phnom Penh (UTC+7, no daylight saving), `days` from now: its UTC instant and the
 * date-time to type on the Phnom Penh clock. */
function callTime(days: number): { utc: Date; typed: string } {
  const day = new Date(Date.now() + days * 86_400_000);
  const ymd = day.toISOString().slice(0, 10);
  return { utc: new Date(`${ymd}T11:00:00Z`), typed: `${ymd}T18:00` };
}

/** How the app writes an instant on a zone's clock: "Sat 30 Mar, 12:00". */
function clockIn(utc: Date, timeZone: string): string {
  const part = (o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-GB', { timeZone, ...o }).format(utc);
  return `${part({ weekday: 'short' })} ${part({ day: 'numeric' })} ${part({ month: 'short' })}, ${part({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })}`;
}

async function publishCall(page: Page, title: string, typed: string, videoLink: string) {
  await page.goto('/community/events');
  await page.getByText('Publish an event').click();
  await page.getByRole('radio', { name: 'Community call' }).check();
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('What it is about').fill('Each pair says one thing that went well this month.\nBring a question.');
  await page.getByLabel('Time zone the event states its time in').fill('Asia/Phnom_Penh');
  await page.getByLabel('Starts').fill(typed);
  await page.getByLabel('Length').selectOption({ label: '60 minutes' });
  await page.getByLabel('Video link').fill(videoLink);
  await page.getByRole('button', { name: 'Publish the event' }).click();
}

test('the chair publishes a call; a coach and a partner see it on their own clocks and say they will come @nojs', async ({ browser }, info) => {
  test.setTimeout(90_000);
  const js = info.project.name === 'js';
  const coach = await freshPerson('coach', undefined, 'Australia/Sydney');
  const partner = await freshPerson('partner');
  const title = `Community call ${Date.now().toString(36)}`;
  const { utc, typed } = callTime(2);

  const chairCtx = await browser.newContext({ timezoneId: 'Asia/Phnom_Penh', javaScriptEnabled: js });
  const ch = await chairCtx.newPage();
  await signIn(ch, { email: DEMO_CHAIR, password: DEMO_PASSWORD });
  await expect(ch).toHaveURL(/\/home/);
  await publishCall(ch, title, typed, 'https://meet.example.org/tandem-call');
  await expect(ch.getByRole('status').filter({ hasText: 'Published.' }).first()).toBeVisible();
  await expect(ch.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(ch.getByRole('link', { name: 'Join the call' })).toHaveAttribute('href', 'https://meet.example.org/tandem-call');

  // The coach, in Sydney, finds it on the home page, on the Sydney clock with Phnom Penh's beside.
  const coachCtx = await browser.newContext({ timezoneId: 'Australia/Sydney', javaScriptEnabled: js });
  const c = await coachCtx.newPage();
  await signIn(c, coach);
  await expect(c).toHaveURL(/\/home/);
  const coming = c.getByRole('region', { name: 'Coming up in the community' });
  const line = coming.getByRole('listitem').filter({ hasText: title });
  await expect(line).toContainText(`${clockIn(utc, 'Australia/Sydney')} (Sydney)`);
  await expect(line).toContainText(`${clockIn(utc, 'Asia/Phnom_Penh')} in Phnom Penh`);
  await expect(line).toContainText('Say whether you will go');
  await screenshots(c, 'events-home', info.project.name);
  await line.getByRole('link', { name: title }).click();
  await expect(c.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(c.getByText('Nobody has answered yet.', { exact: false })).toBeVisible();
  await c.getByRole('radio', { name: 'Yes' }).check();
  await c.getByRole('button', { name: 'Save my answer' }).click();
  await expect(c.getByRole('status').filter({ hasText: 'Saved.' }).first()).toBeVisible();
  const goes = c.getByRole('region', { name: 'Who is going' });
  await expect(goes).toContainText(coach.name);
  await expect(c.getByRole('radio', { name: 'Yes' })).toBeChecked();
  await expect(c.getByRole('link', { name: 'Add to your calendar (.ics)' })).toHaveAttribute('href', /\/community\/events\/\d+\/ics$/);
  await screenshots(c, 'events-page', info.project.name);

  // The partner, in Phnom Penh, sees it on their one clock, and the coach going.
  const partnerCtx = await browser.newContext({ timezoneId: 'Asia/Phnom_Penh', javaScriptEnabled: js });
  const p = await partnerCtx.newPage();
  await signIn(p, partner);
  await expect(p).toHaveURL(/\/home/);
  await p.getByRole('link', { name: 'Community' }).first().click();
  await p.getByRole('navigation', { name: 'Parts of the community' }).getByRole('link', { name: 'Events', exact: true }).click();
  const item = p.getByRole('article').filter({ has: p.getByRole('heading', { name: title }) });
  await expect(item).toContainText(`${clockIn(utc, 'Asia/Phnom_Penh')} (Phnom Penh)`);
  await expect(item).not.toContainText('Sydney');
  await expect(item).toContainText('1 person is going');
  await screenshots(p, 'events-list', info.project.name);
  await item.getByRole('link', { name: title }).click();
  await expect(p.getByRole('region', { name: 'Who is going' })).toContainText(coach.name);
  await p.getByRole('radio', { name: 'Maybe' }).check();
  await p.getByRole('button', { name: 'Save my answer' }).click();
  await expect(p.getByRole('status').filter({ hasText: 'Saved.' }).first()).toBeVisible();

  // The chair sees the figures; the coach and partner do not.
  await ch.reload();
  const figures = ch.getByRole('region', { name: 'Figures for the programme team' });
  await expect(figures.getByRole('definition').nth(1)).toHaveText('1');
  await expect(figures.getByRole('definition').nth(2)).toHaveText('1');
  await screenshots(ch, 'events-chair', info.project.name);
  await expect(p.getByRole('region', { name: 'Figures for the programme team' })).toHaveCount(0);
  await chairCtx.close();
  await coachCtx.close();
  await partnerCtx.close();
});

test('a call without its video link is refused next to the field, and what was typed stays @nojs', async ({ page }, info) => {
  await signIn(page, { email: DEMO_CHAIR, password: DEMO_PASSWORD });
  await expect(page).toHaveURL(/\/home/);
  const title = `Unfinished call ${Date.now().toString(36)}`;
  await publishCall(page, title, callTime(3).typed, '');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Events');
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(title);
  await expect(page.getByLabel('Time zone the event states its time in')).toHaveValue('Asia/Phnom_Penh');
  await expect(page.locator('.field-error').filter({ has: page.getByLabel('Video link') })).toBeVisible();
  await screenshots(page, 'events-publish-error', info.project.name);
  // Nothing was published.
  await page.goto('/community/events');
  await expect(page.getByRole('heading', { name: title })).toHaveCount(0);
});

test('a coach cannot publish, and cannot open an event that is not theirs to see', async ({ page }) => {
  const coach = await freshPerson('coach');
  await signIn(page, coach);
  await expect(page).toHaveURL(/\/home/);
  await page.goto('/community/events');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Events');
  await expect(page.getByText('Publish an event')).toHaveCount(0);
  const res = await page.request.post('/api/publish_event', {
    data: 'form%5Bkind%5D=call&form%5Btitle%5D=Mine&form%5Btime_zone%5D=UTC&form%5Bstarts%5D=2099-01-05T09%3A00&form%5Bduration%5D=60&form%5Bvideo_link%5D=https%3A%2F%2Fmeet.example.org%2Fx&form%5Brequest_key%5D=abcdefabcdefabcdefabcdefabcdefab',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
  });
  expect(res.status()).toBe(403);
  await page.goto('/community/events/999999');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Events');
});
