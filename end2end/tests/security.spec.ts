import { Browser, Page, expect, test } from '@playwright/test';
import { DEMO_CHAIR, DEMO_PASSWORD, matchedThroughThePage, signIn } from './support';

const baseURL = process.env.TANDEM_E2E_URL ?? 'http://127.0.0.1:3000';

/** Would run as script if any part reached the page unescaped. */
const PAYLOAD =
  '</textarea><script>window.__xss=1;alert(1)</script><img src=x onerror="window.__xss=2;alert(2)">' +
  '"><svg onload="window.__xss=3;alert(3)"> &lt;';

async function pageFor(browser: Browser, timezoneId: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'en-GB', timezoneId });
  const page = await context.newPage();
  // Any dialog means script ran: fail loudly instead of waiting.
  page.on('dialog', async (d) => {
    await d.dismiss();
    throw new Error(`a dialog opened: ${d.message()}`);
  });
  return page;
}

test('markup typed into a goal outcome shows as text for the other member, and nothing runs', async ({ browser }) => {
  const { coach, partner, workspace: partnershipUrl, stamp } = await matchedThroughThePage(browser, 'xss', 'advocacy');

  // The partner writes the goal with markup in its outcome.
  const p = await pageFor(browser, 'Asia/Phnom_Penh');
  await signIn(p, partner);
  await expect(p).toHaveURL(/\/home/);
  await p.goto(partnershipUrl);
  await p.getByLabel('Goal', { exact: true }).fill(`Advocacy plan ${stamp}`);
  await p.getByLabel('Measurable outcome').fill(PAYLOAD);
  await p.getByRole('button', { name: 'Add goal' }).click();
  await expect(p).toHaveURL(/\/goals\/\d+/);
  const goalUrl = new URL(p.url()).pathname;

  // The coach opens the goal: the outcome is text in its box, exactly as typed.
  const c = await pageFor(browser, 'Europe/Berlin');
  await signIn(c, coach);
  await expect(c).toHaveURL(/\/home/);
  await c.goto(goalUrl);
  await expect(c.getByLabel('Measurable outcome')).toHaveValue(PAYLOAD);
  await c.goto(partnershipUrl);
  await expect(c.locator('.goal-card')).toContainText(`Advocacy plan ${stamp}`);
  for (const page of [c, p]) {
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  }
});

test('the page policy refuses a script injected into a page', async ({ browser }) => {
  const page = await pageFor(browser, 'Europe/Berlin');
  await page.goto('/');
  const violated = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), { once: true });
        const s = document.createElement('script');
        s.textContent = 'window.__ran = 1';
        document.body.appendChild(s);
        setTimeout(() => resolve('none'), 3000);
      }),
  );
  expect(violated).toBe('script-src-elem');
  expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
  // Tandem's own islands still hydrate under the policy: the live indicator wakes up.
  await signIn(page, { email: DEMO_CHAIR, password: DEMO_PASSWORD });
  await expect(page).toHaveURL(/\/home/);
  await expect(page.locator('.live-up')).toBeVisible();
});
