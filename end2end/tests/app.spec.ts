import { Page, expect, test } from '@playwright/test';
import { DEMO_CHAIR, DEMO_PASSWORD, freshPerson, screenshots, signIn } from './support';

// With JavaScript, Tandem is one app: links and forms swap the next page in without reloading
// the document (browser::nav). A value set on `window` lives exactly as long as the document,
// and a wrapper around `EventSource` counts the live connections that are open.

test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, 'in-place navigation needs JavaScript');

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __open: number; __opened: number; EventSource: typeof EventSource };
    w.__open = 0;
    w.__opened = 0;
    const Original = w.EventSource;
    w.EventSource = class extends Original {
      constructor(url: string | URL, init?: EventSourceInit) {
        super(url, init);
        w.__open += 1;
        w.__opened += 1;
      }
      close() {
        if (this.readyState !== Original.CLOSED) w.__open -= 1;
        super.close();
      }
    };
  });
});

/** Waits until the page's WASM runs (the enhancements island marks the islands it found). */
async function appReady(page: Page) {
  await expect(page.locator('leptos-island[data-hydrated]').first()).toBeAttached({ timeout: 15_000 });
}

async function mark(page: Page) {
  await page.evaluate(() => { (window as unknown as { __marker: string }).__marker = 'same document'; });
}

async function marker(page: Page) {
  return page.evaluate(() => (window as unknown as { __marker?: string }).__marker ?? 'reloaded');
}

async function openSources(page: Page) {
  return page.evaluate(() => (window as unknown as { __open: number }).__open);
}

async function signInInPlace(page: Page) {
  await page.goto('/sign-in');
  await appReady(page);
  await mark(page);
  await page.getByLabel('Email address').fill(DEMO_CHAIR);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/home$/);
  await expect(page.getByText('● Live')).toBeVisible();
}

test('ten pages and back and forward in one document, with one live connection', async ({ page }) => {
  await signInInPlace(page);
  expect(await marker(page)).toBe('same document');

  const nav = page.getByRole('navigation', { name: 'Main', exact: true });
  const pages: [string, RegExp, RegExp][] = [
    ['Dashboard', /\/dashboard$/, /Dashboard|Programme at a glance/i],
    ['Applications', /\/review$/, /applications/i],
    ['Matching', /\/matching$/, /Match/i],
    ['People', /\/people$/, /People/i],
    ['Cohorts', /\/cohorts$/, /Cohorts/i],
    ['Outbox', /\/outbox$/, /Outbox/i],
    ['Partnerships', /\/partnerships$/, /Partnerships/i],
    ['Concerns', /\/concerns$/, /Concerns/i],
    ['Profile', /\/profile$/, /profile/i],
    ['Home', /\/home$/, /./],
  ];
  for (const [link, url, heading] of pages) {
    await nav.getByRole('link', { name: link, exact: true }).click();
    await expect(page).toHaveURL(url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    // Focus is on the new page's heading, for screen readers.
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  }
  expect(await marker(page)).toBe('same document');
  expect(await openSources(page)).toBe(1);
  expect(await page.evaluate(() => (window as unknown as { __opened: number }).__opened)).toBe(1);

  // Back and forward show the right pages, still in the same document.
  await page.goBack();
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/profile/i);
  await expect(page).toHaveTitle('Your profile · Tandem');
  await page.goBack();
  await expect(page).toHaveURL(/\/concerns$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Concerns/i);
  await page.goForward();
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/profile/i);
  expect(await marker(page)).toBe('same document');
  expect(await openSources(page)).toBe(1);

  // Signing out closes the connection; the document stays.
  await page.getByRole('button', { name: 'Sign out' }).first().click();
  await expect(page.getByRole('link', { name: 'Sign in' }).first()).toBeVisible();
  expect(await openSources(page)).toBe(0);
  expect(await marker(page)).toBe('same document');
});

test('back restores where the reader was on a long page', async ({ page }) => {
  await signInInPlace(page);
  await page.setViewportSize({ width: 360, height: 500 });
  await page.goto('/call');
  await appReady(page);
  await mark(page);
  await page.evaluate(() => window.scrollTo(0, 600));
  const before = await page.evaluate(() => window.scrollY);
  expect(before).toBeGreaterThan(100);
  await page.getByRole('link', { name: 'Apply as a coach' }).first().click();
  await expect(page).toHaveURL(/\/apply\?cohort=[\w-]+$/);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await page.goBack();
  await expect(page).toHaveURL(/\/call$/);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(before);
  expect(await marker(page)).toBe('same document');
});

test('a form with an error comes back in place: typed text kept, the summary focused', async ({ page }) => {
  await page.goto('/sign-in');
  await appReady(page);
  await mark(page);
  await page.getByLabel('Email address').fill('nobody-here@e2e.tandem.test');
  await page.getByLabel('Password').fill('not the password at all');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const summary = page.locator('.error-summary');
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(page.getByLabel('Email address')).toHaveValue('nobody-here@e2e.tandem.test');
  await expect(page.getByLabel('Password')).toHaveValue('');
  // The address is the form's page, never the server function's.
  await expect(page).toHaveURL(/\/sign-in$/);
  expect(await marker(page)).toBe('same document');
});

test('the application is sent in place with its CV, and a draft is saved in place', async ({ page }) => {
  const pdf = {
    name: 'in-place-cv.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'),
  };
  const stamp = Date.now().toString(36);
  // A draft: the "Save as a draft" button counts.
  await page.goto('/apply');
  await appReady(page);
  await mark(page);
  await page.getByLabel('Full name').fill('Draft Writer');
  await page.getByLabel('Email address').fill(`draft-${stamp}@e2e.tandem.test`);
  await page.getByRole('button', { name: 'Save as a draft' }).click();
  await expect(page.getByText('Your draft is saved.')).toBeVisible();
  expect(await marker(page)).toBe('same document');

  // Sent with "Send my application", multipart with its file.
  await page.goto('/apply');
  await appReady(page);
  await mark(page);
  await page.getByLabel('Full name').fill('Inplace Sender');
  await page.getByLabel('Email address').fill(`sent-${stamp}@e2e.tandem.test`);
  await page.getByLabel('Position').fill('Library Director');
  await page.getByLabel('Institution').fill('Harbour City Library');
  await page.getByLabel('Country').fill('Australia');
  await page.getByLabel('Time zone').fill('Australia/Sydney');
  await page.getByLabel('Languages you work in').fill('English');
  await page.getByLabel('Years leading a library or library team').fill('9');
  await page.getByLabel('Human resources and training').check();
  await page.getByLabel('Your statement').fill('I have trained library teams across three campuses and mentored new managers. '.repeat(5));
  await page.getByLabel('Your CV').setInputFiles(pdf);
  await page.getByLabel(/I agree that the programme team keeps my application/).check();
  await page.getByRole('button', { name: 'Send my application' }).click();
  await expect(page).toHaveURL(/\/applications\/[0-9a-f]{64}\?saved=submitted$/);
  await expect(page.getByText('Your application is sent.')).toBeVisible();
  await expect(page.getByText('Kept: in-place-cv.pdf')).toBeVisible();
  expect(await marker(page)).toBe('same document');
});

test('a form cannot be sent twice while it is on its way', async ({ page }) => {
  await page.goto('/sign-in');
  await appReady(page);
  // Hold the answer back, so the form stays pending.
  let posts = 0;
  await page.route('**/api/sign_in', async (route) => {
    posts += 1;
    await new Promise((r) => setTimeout(r, 800));
    await route.continue();
  });
  await page.getByLabel('Email address').fill('twice@e2e.tandem.test');
  await page.getByLabel('Password').fill('a wrong password here');
  const button = page.getByRole('button', { name: 'Sign in' });
  await button.click();
  await expect(button).toHaveAttribute('aria-busy', 'true');
  await page.locator('form[data-pending]').evaluate((f: HTMLFormElement) => f.requestSubmit());
  await expect(page.locator('.error-summary')).toBeVisible();
  expect(posts).toBe(1);
});

test('assets are named by their content, kept a year, and sent as brotli', async ({ page, request }) => {
  await page.goto('/call');
  const wasm = await page.locator('link[rel=preload][as=fetch]').getAttribute('href');
  const css = await page.locator('link[rel=stylesheet]').first().getAttribute('href');
  for (const href of [wasm!, css!]) {
    expect(href).toMatch(/^\/pkg\/tandem\.[A-Za-z0-9_-]{16,}\.(wasm|css)$/);
    const res = await request.get(href, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.status()).toBe(200);
    expect(res.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers()['content-encoding']).toBe('br');
  }
});

test('the time-zone bar offers the device\'s zone: "Not now" lasts the visit, "Use" switches in place', async ({ browser }, info) => {
  const coach = await freshPerson('coach'); // Europe/Berlin in the profile
  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'America/Toronto' });
  await context.addInitScript(() => { (window as unknown as { __open: number }).__open = 0; });
  const page = await context.newPage();
  await signIn(page, coach);
  await expect(page).toHaveURL(/\/home$/);
  const bar = page.getByRole('status').filter({ hasText: 'Your device is set to America/Toronto' });
  await expect(bar).toContainText('Tandem shows your times in Europe/Berlin');
  await screenshots(page, 'zone-bar', info.project.name);
  await mark(page);

  await bar.getByRole('button', { name: 'Not now' }).click();
  await expect(bar).toBeHidden();
  await page.getByRole('navigation', { name: 'Main', exact: true }).getByRole('link', { name: 'Profile' }).click();
  await expect(page).toHaveURL(/\/profile$/);
  await expect(bar).toBeHidden();

  // A new visit offers it again; "Use" saves it in place, and the bar goes.
  await page.goto('/home');
  await expect(bar).toBeVisible();
  await mark(page);
  await bar.getByRole('button', { name: 'Use America/Toronto' }).click();
  await expect(bar).toBeHidden();
  await page.getByRole('navigation', { name: 'Main', exact: true }).getByRole('link', { name: 'Profile' }).click();
  await expect(page.getByLabel('Your time zone')).toHaveValue('America/Toronto');
  expect(await marker(page)).toBe('same document');
  await context.close();
});

test('a page that cannot be fetched in place is loaded as without JavaScript', async ({ page }) => {
  await signInInPlace(page);
  await mark(page);
  // The first request for the profile fails (a dropped connection); the browser then loads it.
  let failed = false;
  await page.route('**/profile', async (route) => {
    if (!failed) {
      failed = true;
      await route.abort('connectionreset');
    } else {
      await route.continue();
    }
  });
  await page.getByRole('navigation', { name: 'Main', exact: true }).getByRole('link', { name: 'Profile' }).click();
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/profile/i);
  expect(failed).toBe(true);
  expect(await marker(page)).toBe('reloaded');
});
