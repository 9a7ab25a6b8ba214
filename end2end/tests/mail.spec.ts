import { expect, test } from '@playwright/test';
import { freshPerson, linkIn, mailTo, screenshots, signIn } from './support';

// Messages reach people through a real SMTP server (the sink ./dev test starts); these
// journeys read what it received.

test('a coach who forgot the password gets a link by email and uses it once @nojs', async ({ page }, info) => {
  const coach = await freshPerson('coach');
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page.getByRole('heading', { name: 'Forgot your password?' })).toBeVisible();
  await page.getByLabel('Email address').fill('not-an-address');
  await page.getByRole('button', { name: 'Email me a link' }).click();
  await expect(page.getByRole('alert')).toContainText('Enter an email address like name@library.org');
  await page.getByLabel('Email address').fill(coach.email);
  await page.getByRole('button', { name: 'Email me a link' }).click();
  // The address says only that a link was asked for; the screen is the same for any address.
  await expect(page).toHaveURL(/\/forgot-password\?asked=1$/);
  await expect(page.getByText('Look in your email.')).toBeVisible();
  await screenshots(page, 'forgot-password-asked', info.project.name);

  // The first message to the coach was the invitation that made the account.
  const mail = (await mailTo(coach.email, 2))[1];
  expect(mail.subject).toBe('Choose a new password for Tandem');
  expect(mail.html).toContain('Choose a new password');
  const link = linkIn(mail.text, '/reset-password/');
  expect(link.startsWith(process.env.TANDEM_E2E_URL ?? 'http://')).toBe(true);

  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  await page.getByLabel('New password', { exact: true }).fill('too short');
  await page.getByRole('button', { name: 'Save my new password' }).click();
  await expect(page.getByRole('alert')).toContainText('Use at least 12 characters');
  await page.getByLabel('New password', { exact: true }).fill('a river of new words');
  await page.getByLabel('Type the new password again').fill('a river of new words');
  await page.getByRole('button', { name: 'Save my new password' }).click();
  await expect(page).toHaveURL(/\/profile\?saved=password$/);
  await expect(page.getByText('Your password is changed.')).toBeVisible();

  // Used once: the link now says so, and the new password signs in.
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'This link cannot be used' })).toBeVisible();
  await expect(page.getByText('already been used')).toBeVisible();
  await screenshots(page, 'reset-link-used', info.project.name);
  await page.context().clearCookies();
  await signIn(page, { email: coach.email, password: 'a river of new words' });
  await expect(page).toHaveURL(/\/home$/);
});

test('a partner chooses which messages Tandem emails @nojs', async ({ page }, info) => {
  const partner = await freshPerson('partner');
  await signIn(page, partner);
  await expect(page).toHaveURL(/\/home$/);
  await page.goto('/profile');
  await page.getByRole('link', { name: 'Choose which messages you receive' }).click();
  await expect(page.getByRole('heading', { name: 'Messages you receive' })).toBeVisible();
  const reminders = page.getByRole('group', { name: 'Session reminders' });
  await expect(reminders.getByLabel('Email me each one')).toBeChecked();
  await reminders.getByLabel('No email (I read them in Tandem)').check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved. Tandem emails you as you chose.')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Session reminders' }).getByLabel('No email (I read them in Tandem)')).toBeChecked();
  await expect(page.getByRole('group', { name: 'Sessions', exact: true }).getByLabel('Email me each one')).toBeChecked();
  await screenshots(page, 'messages-preferences', info.project.name);
});

test('the chair sends an invitation again with a new link, then withdraws it @nojs', async ({ page }, info) => {
  const chair = await freshPerson('chair');
  await signIn(page, chair);
  await expect(page).toHaveURL(/\/home$/);
  await page.goto('/people');
  const name = `Dara ${Date.now().toString(36)}`;
  const email = `dara-${Date.now().toString(36)}@e2e.tandem.test`;
  await page.getByLabel('Their name').fill(name);
  await page.getByLabel('Their email address').fill(email);
  await page.getByRole('button', { name: 'Create invitation' }).click();
  await expect(page).toHaveURL(/\/outbox\?sent=1$/);
  const first = linkIn((await mailTo(email))[0].text, '/invitations/');

  await page.goto('/people');
  await page.getByRole('button', { name: `Send a new link: the invitation of ${name}` }).click();
  await expect(page.getByText('A new link is on its way by email; the old one no longer works.')).toBeVisible();
  await screenshots(page, 'people-invitation-resent', info.project.name);
  const second = linkIn((await mailTo(email, 2))[1].text, '/invitations/');
  expect(second).not.toBe(first);
  await page.goto(first);
  await expect(page.getByRole('heading', { name: 'This invitation link is not valid' })).toBeVisible();
  await page.goto(second);
  await expect(page.getByRole('heading', { name: 'Welcome to Tandem' })).toBeVisible();

  await page.goto('/people');
  await page.getByRole('button', { name: `Withdraw: the invitation of ${name}` }).click();
  await expect(page.getByText('The invitation is withdrawn; its link no longer works.')).toBeVisible();
  await page.goto(second);
  await expect(page.getByRole('heading', { name: 'This invitation link is not valid' })).toBeVisible();
});

test('a coach changes the email address and confirms it from the new inbox @nojs', async ({ page }, info) => {
  const coach = await freshPerson('coach');
  await signIn(page, coach);
  await expect(page).toHaveURL(/\/home$/);
  await page.goto('/profile');
  const newEmail = `moved-${Date.now().toString(36)}@e2e.tandem.test`;
  await page.getByLabel('New email address').fill(newEmail);
  await page.getByLabel('Your password').fill('not my password');
  await page.getByRole('button', { name: 'Change my email address' }).click();
  await expect(page.getByRole('alert')).toContainText('This is not your current password');
  await expect(page.getByLabel('New email address')).toHaveValue(newEmail);
  await page.getByLabel('Your password').fill(coach.password);
  await page.getByRole('button', { name: 'Change my email address' }).click();
  await expect(page.getByText('confirm it with the link we sent there')).toBeVisible();

  // The old inbox is told; the new one gets the link, which asks before it changes anything.
  const old = await mailTo(coach.email, 2);
  expect(old[1].subject).toBe('A change of your Tandem email address was asked for');
  const [confirm] = await mailTo(newEmail);
  await page.goto(linkIn(confirm.text, '/confirm-email/'));
  await expect(page.getByText(`Tandem will use ${newEmail} for your account`)).toBeVisible();
  await screenshots(page, 'confirm-email', info.project.name);
  await page.getByRole('button', { name: 'Confirm this address' }).click();
  await expect(page.getByText('Your new email address is confirmed.')).toBeVisible();
  await page.context().clearCookies();
  await signIn(page, { email: newEmail, password: coach.password });
  await expect(page).toHaveURL(/\/home$/);
});

test('the chair closes an account: that person is signed out at once and cannot sign in @nojs', async ({ page, browser }, info) => {
  const chair = await freshPerson('chair');
  const coach = await freshPerson('coach');
  const coachContext = await browser.newContext({ javaScriptEnabled: info.project.name === 'js' });
  const coachPage = await coachContext.newPage();
  await signIn(coachPage, coach);
  await expect(coachPage).toHaveURL(/\/home$/);

  await signIn(page, chair);
  await expect(page).toHaveURL(/\/home$/);
  await page.goto('/people');
  await page.getByRole('button', { name: `Close the account of ${coach.name}` }).click();
  await expect(page.getByText('The account is closed and signed out everywhere.')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: coach.email })).toContainText('Closed');
  await screenshots(page, 'people-account-closed', info.project.name);

  await coachPage.goto('/profile');
  await expect(coachPage).toHaveURL(/\/sign-in/);
  await signIn(coachPage, coach);
  await expect(coachPage.getByRole('alert')).toContainText('This account is closed');
  await coachContext.close();

  await page.getByRole('button', { name: `Open the account of ${coach.name} again` }).click();
  await expect(page.getByText('The account is open again: they can sign in.')).toBeVisible();
});
