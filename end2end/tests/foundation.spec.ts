import { expect, test } from '@playwright/test';
import { freshPerson, screenshots, signIn, mailTo, linkIn } from './support';

const homeSection: Record<string, RegExp> = {
  chair: /Programme chair: what needs you now/,
  coach: /You have no partner yet/,
  partner: /You have no coach yet/,
};

for (const role of ['chair', 'coach', 'partner'] as const) {
  test(`a ${role} signs in and lands on the ${role}'s home @nojs`, async ({ page }, info) => {
    const person = await freshPerson(role);
    await signIn(page, person);
    await expect(page).toHaveURL(/\/home$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Hello, ${person.name.split(' ')[0]}`);
    await expect(page.getByText(homeSection[role])).toBeVisible();
    await expect(page.getByText(`Signed in as ${person.name}`).first()).toBeAttached();
    await screenshots(page, `home-${role}`, info.project.name);
  });
}

test('a wrong password shows a clear message and keeps the email @nojs', async ({ page }, info) => {
  const person = await freshPerson('coach');
  await signIn(page, { email: person.email, password: 'not my password at all' });
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('There is a problem');
  await expect(summary).toContainText('The email address or password is not right');
  await expect(page.getByLabel('Email address')).toHaveValue(person.email);
  await expect(page.getByLabel('Password')).toHaveAttribute('aria-invalid', 'true');
  await screenshots(page, 'sign-in-error', info.project.name);
  // Fixing the password works from the same page.
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/home$/);
});

test('the chair invites a partner, who sets a password and lands signed in @nojs', async ({ page, browser }, info) => {
  const chair = await freshPerson('chair');
  await signIn(page, chair);
  await expect(page).toHaveURL(/\/home$/);
  await page.getByRole('link', { name: 'Invite coaches and partners' }).click();
  await expect(page.getByRole('heading', { name: 'Invite a person' })).toBeVisible();
  // A bad email is refused next to the field, and what was typed stays.
  await page.getByLabel('Their name').fill('Vichea Lim');
  await page.getByLabel('Their email address').fill('vichea-at-library');
  await page.getByLabel('Role', { exact: true }).selectOption('partner');
  await page.getByRole('button', { name: 'Create invitation' }).click();
  await expect(page.getByRole('alert')).toContainText('Enter an email address like name@library.org');
  await expect(page.getByLabel('Their name')).toHaveValue('Vichea Lim');
  const email = `vichea-${Date.now().toString(36)}@e2e.tandem.test`;
  await page.getByLabel('Their email address').fill(email);
  await page.getByRole('button', { name: 'Create invitation' }).click();
  // A plain form post, with or without JavaScript: the outbox shows the message sent.
  // The address says it was sent, never what was typed.
  await expect(page).toHaveURL(/\/outbox\?sent=1$/);
  await expect(page.getByText('Invitation sent. Its message is below')).toBeVisible();
  // Other tests invite people at the same time: this invitation's message is the one to it.
  // The outbox never shows its private link; the email carries it.
  const body = await page.locator('article.message', { hasText: email }).locator('.message-body').innerText();
  expect(body).toContain('a private link, not shown');
  expect(body).not.toMatch(/[0-9a-f]{64}/);
  const [mail] = await mailTo(email);
  expect(mail.subject).toBe('You are invited to Tandem as a partner');
  const link = linkIn(mail.text, '/invitations/');
  await screenshots(page, 'invitation-sent', info.project.name);

  const partnerContext = await browser.newContext({
    timezoneId: 'Asia/Phnom_Penh',
    javaScriptEnabled: info.project.name === 'js',
  });
  const partner = await partnerContext.newPage();
  await partner.goto(link);
  await expect(partner.getByRole('heading', { name: 'Welcome to Tandem' })).toBeVisible();
  await expect(partner.getByLabel('Your name')).toHaveValue('Vichea Lim');
  await expect(partner.getByLabel('Your time zone')).toHaveValue('Asia/Phnom_Penh');
  await partner.getByLabel('Languages you work in').fill('Khmer, English');
  await partner.getByLabel('Choose a password').fill('short');
  await partner.getByRole('button', { name: 'Create my account' }).click();
  await expect(partner.getByRole('alert')).toContainText('Use at least 12 characters');
  await expect(partner.getByLabel('Languages you work in')).toHaveValue('Khmer, English');
  await partner.getByLabel('Choose a password').fill('mekong river library');
  await partner.getByLabel('Type the password again').fill('mekong river library');
  await partner.getByRole('button', { name: 'Create my account' }).click();
  await expect(partner).toHaveURL(/\/home\?welcome=1$/);
  await expect(partner.getByText('Your account is ready and you are signed in.')).toBeVisible();
  await expect(partner.getByText(/You have no coach yet/)).toBeVisible();
  // The link works once.
  await partner.goto(link);
  await expect(partner.getByRole('heading', { name: 'This invitation cannot be used' })).toBeVisible();
  await partnerContext.close();
});

test('a partner opening a chair page sees the 403 page @nojs', async ({ page }, info) => {
  const partner = await freshPerson('partner');
  await signIn(page, partner);
  await expect(page).toHaveURL(/\/home$/);
  const response = await page.goto('/people');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'This page is not for your account' })).toBeVisible();
  await screenshots(page, 'forbidden', info.project.name);
});

test('a signed-out visitor is sent to sign in, then back where they were going @nojs', async ({ page }) => {
  const coach = await freshPerson('coach');
  await page.goto('/profile');
  await expect(page).toHaveURL(/\/sign-in\?next=\/profile$/);
  await page.getByLabel('Email address').fill(coach.email);
  await page.getByLabel('Password').fill(coach.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByRole('heading', { name: 'Your profile' })).toBeVisible();
  // Signing out ends the session.
  await page.getByRole('button', { name: 'Sign out' }).first().click();
  await expect(page).toHaveURL(/\/\?signed_out=1$/);
  await page.goto('/home');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('the public home page presents the programme and its open call', async ({ page }, info) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('IATUL SIG-ALICE Coaching Programme');
  await expect(page.getByText('Human resources and training', { exact: true })).toBeVisible();
  await expect(page.locator('.call')).toContainText('Open');
  // With JavaScript the deadline is also shown on the reader's clock.
  await expect(page.locator('.call .other-clock').first()).toContainText('your time');
  await screenshots(page, 'programme-home', info.project.name);
});

test('the reader\'s own clock is written as the server writes times', async ({ browser }, info) => {
  test.skip(info.project.name !== 'js', 'the reader\'s clock needs JavaScript');
  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'Asia/Phnom_Penh' });
  const page = await context.newPage();
  await page.goto('/cohorts/2019-2020/call');
  // 23:59 in London on 22 April 2019 (summer time) is 05:59 the next morning in Phnom Penh:
  // one format on both sides, whatever the browser's locale.
  await expect(page.locator('.call')).toContainText('Mon 22 Apr 2019, 23:59 (London)');
  await expect(page.locator('.call .other-clock').first()).toHaveText(' · Tue 23 Apr 2019, 05:59 your time');
  await context.close();
});

test('a coach in Berlin is offered the browser zone when it differs from the profile', async ({ browser }) => {
  const coach = await freshPerson('coach');
  const context = await browser.newContext({ timezoneId: 'America/Toronto' });
  const page = await context.newPage();
  await signIn(page, coach);
  await expect(page).toHaveURL(/\/home$/);
  await page.goto('/profile');
  await expect(page.getByLabel('Your time zone')).toHaveValue('Europe/Berlin');
  await expect(page.locator('.zone-differs')).toContainText('America/Toronto');
  // One notice: the field's, not the window's bar as well (loaded, and reached in place).
  const bar = page.getByRole('status').filter({ hasText: 'Your device is set to America/Toronto' });
  await expect(bar).toBeHidden();
  await page.goto('/home');
  await expect(bar).toBeVisible();
  await page.getByRole('navigation', { name: 'Main', exact: true }).getByRole('link', { name: 'Profile' }).click();
  await expect(page.locator('.zone-differs')).toBeVisible();
  await expect(bar).toBeHidden();
  await page.getByRole('button', { name: 'Use it' }).click();
  await expect(page.getByLabel('Your time zone')).toHaveValue('America/Toronto');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Your profile is saved.')).toBeVisible();
  await context.close();
});

test('an unknown address shows the 404 page', async ({ page }) => {
  const response = await page.goto('/no/such/page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});
