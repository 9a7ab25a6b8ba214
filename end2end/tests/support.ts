import { APIRequestContext, Browser, Page, expect, request as pwRequest } from '@playwright/test';

export const DEMO_CHAIR = 'chair@demo.tandem.test';
export const DEMO_PASSWORD = 'tandem-demo-2026';
export const PASSWORD = 'a fresh password for tests';

export type Role = 'chair' | 'coach' | 'partner';
export interface Person { email: string; name: string; password: string; role: Role }

const baseURL = process.env.TANDEM_E2E_URL ?? 'http://127.0.0.1:3000';

function form(fields: Record<string, string>): string {
  return Object.entries(fields)
    .map(([k, v]) => `form%5B${k}%5D=${encodeURIComponent(v)}`)
    .join('&');
}

async function call(ctx: APIRequestContext, fn: string, fields: Record<string, string>) {
  const res = await ctx.post(`/api/${fn}`, {
    data: form(fields),
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
  });
  expect(res.status(), `${fn}: ${await res.text()}`).toBe(200);
  return res.json();
}

/** A new person with a role, created through the chair's invitation and its acceptance; they
 * live in `zone` (else Phnom Penh for a partner, Berlin for the others). */
export async function freshPerson(role: Role, name?: string, zone?: string): Promise<Person> {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
  const person: Person = {
    email: `${role}-${id}@e2e.tandem.test`,
    name: name ?? `${role[0].toUpperCase()}${role.slice(1)} ${id}`,
    password: PASSWORD,
    role,
  };
  const chair = await pwRequest.newContext({ baseURL });
  await call(chair, 'sign_in', { email: DEMO_CHAIR, password: DEMO_PASSWORD, next: '/home' });
  await call(chair, 'invite_person', { email: person.email, display_name: person.name, role });
  await chair.dispose();
  const [mail] = await mailTo(person.email);
  const invited = await pwRequest.newContext({ baseURL });
  await call(invited, 'accept_invitation', {
    token: linkIn(mail.text, '/invitations/').split('/invitations/')[1],
    display_name: person.name,
    time_zone: zone ?? (role === 'partner' ? 'Asia/Phnom_Penh' : 'Europe/Berlin'),
    languages: 'English',
    password: person.password,
    password_confirm: person.password,
  });
  await invited.dispose();
  return person;
}

export async function signIn(page: Page, person: Pick<Person, 'email' | 'password'>, path = '/sign-in') {
  await page.goto(path);
  await page.getByLabel('Email address').fill(person.email);
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** One screenshot; Chromium sometimes fails to capture under load ("Unable to capture
 * screenshot"), which says nothing about the page: that error alone is tried again. */
async function capture(page: Page, path: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      await page.screenshot({ path, fullPage: true });
      return;
    } catch (e) {
      if (attempt >= 3 || !String(e).includes('Unable to capture screenshot')) throw e;
      await page.waitForTimeout(500);
    }
  }
}

/** Saves a full-page screenshot at desktop width and at 360 px. */
export async function screenshots(page: Page, name: string, project: string) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await capture(page, `screenshots/${project}-${name}-desktop.png`);
  await page.setViewportSize({ width: 360, height: 740 });
  await capture(page, `screenshots/${project}-${name}-360.png`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** The partner's intake, as they would fill it in, through the server function; with `cohort`,
 * the chair first invites them into that cohort (else it goes to the newest). */
export async function saveIntake(partner: Person, area: string, cohort?: string) {
  if (cohort) {
    const chair = await pwRequest.newContext({ baseURL });
    await call(chair, 'sign_in', { email: DEMO_CHAIR, password: DEMO_PASSWORD, next: '/home' });
    await call(chair, 'invite_partners', { cohort, list: `${partner.name}, ${partner.email}` });
    await chair.dispose();
  }
  const ctx = await pwRequest.newContext({ baseURL });
  await call(ctx, 'sign_in', { email: partner.email, password: partner.password, next: '/home' });
  await call(ctx, 'save_intake', {
    library: 'Mekong Institute of Technology Library',
    position: 'Director',
    city: 'Phnom Penh',
    time_zone: 'Asia/Phnom_Penh',
    languages: 'Khmer, English',
    connectivity: 'video',
    preferred_times: 'Weekday mornings',
    objective_area: area,
    need: 'Students and lecturers cannot find our e-journals; we want a discovery page and short training for staff.',
  });
  await ctx.dispose();
}

/** A fresh coach and partner (with an intake in `area`) matched by the demo chair through the
 * matching page; answers them and the partnership's address. */
export async function matchedThroughThePage(browser: Browser, label: string, area: string, javaScriptEnabled = true) {
  const stamp = Date.now().toString(36).slice(-5);
  const coach = await freshPerson('coach', `Coach ${label} ${stamp}`);
  const partner = await freshPerson('partner', `Partner ${label} ${stamp}`);
  await saveIntake(partner, area);
  const context = await browser.newContext({ baseURL, locale: 'en-GB', timezoneId: 'Europe/London', javaScriptEnabled });
  const chair = await context.newPage();
  await signIn(chair, { email: DEMO_CHAIR, password: DEMO_PASSWORD });
  await expect(chair).toHaveURL(/\/home/);
  await chair.goto('/matching');
  await chair.getByLabel('Add a coach to this cohort').selectOption({ label: coach.name });
  await chair.getByRole('button', { name: 'Add to cohort' }).click();
  await expect(chair.getByRole('row', { name: new RegExp(coach.name) })).toBeVisible();
  const card = chair.getByRole('listitem').filter({ has: chair.getByRole('heading', { name: partner.name }) });
  await card.getByRole('button', { name: `Match with ${coach.name}` }).click();
  await expect(chair).toHaveURL(/\/partnerships\/\d+\?matched=1$/);
  const workspace = new URL(chair.url()).pathname;
  await context.close();
  return { coach, partner, workspace, stamp };
}

/** A message the SMTP sink received (end2end/mail_sink.py writes each one as JSON). */
export interface Mail {
  to: string[]; subject: string; text: string; html: string;
  headers: Record<string, string>;
  calendar: { content_type: string; filename: string; content: string }[];
}

/** Waits (up to 20 s) for `count` messages to `email` in the SMTP sink, oldest first. */
export async function mailTo(email: string, count = 1): Promise<Mail[]> {
  const fs = await import('node:fs');
  const path = await import('node:path');
  const dir = process.env.TANDEM_TEST_MAIL_DIR;
  if (!dir) throw new Error('TANDEM_TEST_MAIL_DIR is not set: run the tests with ./dev test (it starts the SMTP sink)');
  const deadline = Date.now() + 20_000;
  for (;;) {
    const found: Mail[] = fs.readdirSync(dir)
      .filter((n: string) => n.endsWith('.json') && !n.startsWith('.'))
      .sort()
      .map((n: string) => JSON.parse(fs.readFileSync(path.join(dir, n), 'utf8')) as Mail)
      .filter((m: Mail) => m.to.includes(email));
    if (found.length >= count || Date.now() > deadline) {
      expect(found.length, `messages to ${email}`).toBeGreaterThanOrEqual(count);
      return found;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The absolute link in a message's text whose path starts with `path`. */
export function linkIn(text: string, path: string): string {
  const match = text.match(new RegExp(`https?://\\S+${path.replace(/[/]/g, '\\/')}\\S*`));
  expect(match, `a link to ${path} in:\n${text}`).not.toBeNull();
  return match![0];
}
