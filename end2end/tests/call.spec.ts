import { expect, test } from '@playwright/test';
import { freshPerson, screenshots, signIn, mailTo, linkIn } from './support';

const pdf = {
  name: 'anna-keller-cv.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'),
};
const renamedPng = {
  name: 'cv.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
};
const statement =
  'I have led a university library through two rebuilds and trained teams in collection development. '.repeat(4);

test('a coach reads the call, applies with a CV and comes back through the private link @nojs', async ({ page }, info) => {
  await page.goto('/call');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Call for coaches');
  await expect(page.locator('.call')).toContainText('Open');
  if (info.project.name === 'js') {
    await expect(page.locator('.countdown')).toContainText('left');
  }
  await screenshots(page, 'call', info.project.name);
  await page.getByRole('link', { name: 'Apply as a coach' }).click();
  await expect(page).toHaveURL(/\/apply\?cohort=[\w-]+$/);

  const email = `anna-${Date.now().toString(36)}@e2e.tandem.test`;
  await page.getByLabel('Full name').fill('Anna Keller');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Position').fill('Library Director');
  await page.getByLabel('Institution').fill('Rhineland University Library');
  await page.getByLabel('Country').fill('Germany');
  await page.getByLabel('Time zone').fill('Europe/Berlin');
  await page.getByLabel('Languages you work in').fill('German, English');
  await page.getByLabel('Years leading a library or library team').fill('14');
  await page.getByLabel('Collections and information access').check();
  await page.getByLabel('Your statement').fill(statement);
  if (info.project.name === 'js') {
    await expect(page.locator('.word-count')).toHaveText('60 words');
  }
  await page.getByLabel('Your CV').setInputFiles(renamedPng);
  await page.getByLabel(/I agree that the programme team keeps my application/).check();
  await page.getByRole('button', { name: 'Send my application' }).click();

  // The file is refused by its content; everything typed is still there.
  await expect(page.getByRole('alert')).toContainText('This file is a PNG image');
  await expect(page.getByLabel('Full name')).toHaveValue('Anna Keller');
  await expect(page.getByLabel('Your statement')).toHaveValue(statement);
  await expect(page.getByLabel('Collections and information access')).toBeChecked();
  await screenshots(page, 'apply-error', info.project.name);

  await page.getByLabel('Your CV').setInputFiles(pdf);
  await page.getByRole('button', { name: 'Send my application' }).click();
  await expect(page).toHaveURL(/\/applications\/[0-9a-f]{64}\?saved=submitted$/);
  await expect(page.getByText('Your application is sent.')).toBeVisible();
  await expect(page.getByText('Kept: anna-keller-cv.pdf')).toBeVisible();
  await screenshots(page, 'application-sent', info.project.name);

  // The private link lets the applicant change the application until the deadline.
  const link = new URL(page.url()).pathname;
  await page.goto(link);
  await page.getByLabel('Position').fill('University Librarian');
  await page.getByRole('button', { name: 'Send my application' }).click();
  await expect(page).toHaveURL(/saved=submitted$/);
  await expect(page.getByLabel('Position')).toHaveValue('University Librarian');
});

test('a second application with the same email is explained without showing the link @nojs', async ({ page }) => {
  const email = `twice-${Date.now().toString(36)}@e2e.tandem.test`;
  for (const attempt of [1, 2]) {
    await page.goto('/apply');
    await page.getByLabel('Full name').fill('Marcus Reid');
    await page.getByLabel('Email address').fill(email);
    await page.getByRole('button', { name: 'Save as a draft' }).click();
    if (attempt === 1) {
      await expect(page.getByText('Your draft is saved.')).toBeVisible();
    }
  }
  await expect(page.getByRole('alert')).toContainText('You have already applied to this cohort with this email address');
  await expect(page.locator('body')).not.toContainText('/applications/');
  // The draft's link came by email, then one more: both open the application.
  const mails = await mailTo(email, 2);
  expect(mails[0].subject).toMatch(/^Your draft application to cohort/);
  for (const m of mails.slice(0, 2)) {
    await page.goto(linkIn(m.text, '/applications/'));
    await expect(page.getByLabel('Email address')).toHaveValue(email);
  }
});

test('an applicant who lost the link gets it again by email, and the screen says the same for any address @nojs', async ({ page }) => {
  const email = `lost-${Date.now().toString(36)}@e2e.tandem.test`;
  await page.goto('/apply');
  await page.getByLabel('Full name').fill('Ana Lost');
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Save as a draft' }).click();
  await expect(page.getByText('Your draft is saved.')).toBeVisible();
  await mailTo(email, 1);

  await page.goto('/apply');
  await page.getByRole('link', { name: 'Get the link to your application again' }).click();
  // The apply page has an "Email address" too: wait for the new page before typing.
  await expect(page.getByRole('heading', { name: 'Lost the link to your application?' })).toBeVisible();
  await page.getByLabel('Email address').fill(`nobody-${Date.now().toString(36)}@e2e.tandem.test`);
  await page.getByRole('button', { name: 'Email me my link' }).click();
  await expect(page).toHaveURL(/\/apply\/link\?asked=1$/);
  const notice = page.getByRole('status').filter({ hasText: 'Look in your email' });
  const answer = await notice.innerText();
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Email me my link' }).click();
  await expect(page).toHaveURL(/\/apply\/link\?asked=1$/);
  await expect(notice).toBeVisible();
  expect(await notice.innerText()).toBe(answer);
  const mails = await mailTo(email, 2);
  expect(mails[1].subject).toMatch(/^Your link to your application/);
  await page.goto(linkIn(mails[1].text, '/applications/'));
  await expect(page.getByLabel('Full name')).toHaveValue('Ana Lost');
});

test('the chair reviews an application, accepts it, and the applicant sees the decision @nojs', async ({ page, request }, info) => {
  const email = `reviewed-${Date.now().toString(36)}@e2e.tandem.test`;
  const sent = await request.post('/apply', {
    maxRedirects: 0,
    multipart: {
      name: 'Lucía Rojas', email, position: 'Head of Library', institution: 'Coastal University',
      country: 'Chile', time_zone: 'America/Santiago', languages: 'Spanish, English', years_leading: '9',
      expertise: 'advocacy', statement, consent: 'on', intent: 'submit', cv: pdf,
    },
  });
  expect(sent.status()).toBe(303);
  const link = sent.headers()['location'].replace(/\?.*$/, '');

  const chair = await freshPerson('chair');
  await signIn(page, chair);
  await expect(page).toHaveURL(/\/home$/);
  await page.getByRole('link', { name: 'Applications' }).first().click();
  await expect(page.getByRole('heading', { name: 'Coach applications' })).toBeVisible();
  // A withdrawn application is deleted, so the filter never offers it.
  await expect(page.locator('#f-status option')).toHaveText(['Any', 'Submitted', 'Shortlisted', 'Accepted', 'Declined']);
  await page.getByLabel('Expertise').selectOption('advocacy');
  await page.getByLabel('Search').fill(email);
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/area=advocacy/);
  await expect(page.getByRole('table')).toContainText('Lucía Rojas');
  await screenshots(page, 'review-queue', info.project.name);
  await page.getByRole('link', { name: 'Lucía Rojas' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lucía Rojas');
  const cvLink = page.getByRole('link', { name: /View the CV \(PDF/ });
  await expect(cvLink).toBeVisible();
  const cv = await page.request.get((await cvLink.getAttribute('href'))!);
  expect(cv.status()).toBe(200);
  expect(cv.headers()['content-type']).toBe('application/pdf');
  expect((await cv.body()).subarray(0, 5).toString()).toBe('%PDF-');
  await page.getByRole('button', { name: 'Shortlist' }).click();
  await expect(page.locator('.tag').first()).toHaveText('Shortlisted');
  await page.getByLabel('Add a note').fill('Strong on advocacy; speaks Spanish.');
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(page.getByText('Strong on advocacy; speaks Spanish.')).toBeVisible();
  await page.getByRole('button', { name: 'Accept and invite' }).click();
  await expect(page.getByText('Accepted. Tandem emails them an invitation to join as a coach.')).toBeVisible();
  await screenshots(page, 'review-detail', info.project.name);

  await page.goto(link);
  await expect(page.locator('.decision-message')).toContainText('You are accepted as a coach');
  await expect(page.getByText('Strong on advocacy')).toHaveCount(0);
});

test('after the deadline the call page says it is closed and offers no form @nojs', async ({ page }, info) => {
  await page.goto('/cohorts/2019-2020/call');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Call for coaches: cohort 2019-2020');
  await expect(page.locator('.call')).toContainText('Closed');
  await expect(page.locator('.call')).toContainText('Mon 22 Apr 2019, 23:59 (London)');
  await expect(page.getByRole('link', { name: 'Apply as a coach' })).toHaveCount(0);
  await screenshots(page, 'call-closed', info.project.name);
});

test('a partner describes the library and chooses ONE objective @nojs', async ({ page }, info) => {
  const partner = await freshPerson('partner');
  await signIn(page, partner);
  await expect(page).toHaveURL(/\/home$/);
  await page.getByRole('link', { name: 'Describe your library and objective' }).click();
  await expect(page.getByRole('heading', { name: 'Your library and your objective' })).toBeVisible();
  await expect(page.getByLabel('Your time zone')).toHaveValue('Asia/Phnom_Penh');
  await page.getByLabel('Library', { exact: true }).fill('Royal Academy of Agriculture Library');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('alert')).toContainText('Choose the ONE area of your specific objective');
  await expect(page.getByLabel('Library', { exact: true })).toHaveValue('Royal Academy of Agriculture Library');
  await screenshots(page, 'intake-error', info.project.name);
  await page.getByLabel('Your position').fill('Library Manager');
  await page.getByLabel('City').fill('Phnom Penh');
  await page.getByLabel('Audio only (video is too slow or costly)').check();
  await page.getByLabel('When do you prefer to meet?').fill('Weekday mornings before 11:00');
  await page.getByLabel('Address a specific need/objective relating to collections and/or information access').check();
  await page.getByLabel('Describe the need').fill('Students cannot find our journals; we want a simple discovery service and training for staff.');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page).toHaveURL(/\/home\?intake=saved$/);
  await expect(page.getByText('Your objective:')).toContainText('Collections and information access');
});

test('the chair declines an application and deletes its CV after confirming @nojs', async ({ page, request }) => {
  const email = `declined-${Date.now().toString(36)}@e2e.tandem.test`;
  const sent = await request.post('/apply', {
    maxRedirects: 0,
    multipart: {
      name: 'Tom Berg', email, position: 'Library Director', institution: 'Fjord University',
      country: 'Norway', time_zone: 'Europe/Oslo', languages: 'Norwegian, English', years_leading: '7',
      expertise: 'facilities', statement, consent: 'on', intent: 'submit', cv: pdf,
    },
  });
  expect(sent.status()).toBe(303);
  const chair = await freshPerson('chair');
  await signIn(page, chair);
  await expect(page).toHaveURL(/\/home$/);
  await page.goto(`/review?q=${encodeURIComponent(email)}`);
  await page.getByRole('link', { name: 'Tom Berg' }).click();
  await page.getByRole('button', { name: 'Decline' }).click();
  await expect(page.locator('.tag').first()).toHaveText('Declined');
  await page.getByRole('link', { name: 'Delete the CV of this declined application' }).click();
  await expect(page.getByRole('heading', { name: 'Delete this CV?' })).toBeVisible();
  await page.getByRole('button', { name: 'Yes, delete the CV' }).click();
  await expect(page.getByText('The CV is deleted.')).toBeVisible();
  await expect(page.getByText('No CV kept')).toBeVisible();
});
