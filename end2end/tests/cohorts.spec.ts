import { expect, test } from '@playwright/test';
import { DEMO_CHAIR, DEMO_PASSWORD, freshPerson, linkIn, mailTo, screenshots, signIn } from './support';

/** A date `days` from today as the date field takes it (YYYY-MM-DD). */
function isoDay(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** "22 Apr 2027": how Tandem writes a date. */
function written(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${d} ${months[m - 1]} ${y}`;
}

test('the chair sets up the next cohort with a deadline in Phnom Penh time and extends it @nojs', async ({ page }, info) => {
  test.setTimeout(60_000);
  const name = `Cohort test ${Date.now().toString(36).slice(-5)}${info.project.name === 'js' ? 'j' : 'n'}`;
  await signIn(page, { email: DEMO_CHAIR, password: DEMO_PASSWORD });
  await expect(page).toHaveURL(/\/home/);
  await page.getByRole('navigation', { name: 'Main', exact: true }).getByRole('link', { name: 'Cohorts', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cohorts');
  await expect(page.locator('.cohort-table')).toContainText('Demo');
  await page.getByRole('link', { name: 'New cohort' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New cohort');
  // The call's rules are filled in.
  await expect(page.getByLabel('Sessions each partnership holds at least')).toHaveValue('6');
  await expect(page.getByLabel('Length in months')).toHaveValue('12');

  // Dates in the wrong order and a band upside down: each said next to its field, nothing lost.
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('The call opens on').fill(isoDay(30));
  await page.getByLabel('Deadline', { exact: true }).fill(isoDay(10));
  await page.getByLabel('The deadline is stated in this time zone').fill('Asia/Phnom_Penh');
  // Before the demo's open cohort starts (at least 78 days ahead), so the matching page and the
  // other journeys keep the demo's cohort as the newest.
  await page.getByLabel('Partnerships start on').fill(isoDay(70));
  await page.getByLabel('Support hours a month, at least').fill('6');
  await page.getByRole('button', { name: 'Create the cohort' }).click();
  const deadlineField = page.locator('.field').filter({ has: page.getByLabel('Deadline', { exact: true }) });
  await expect(deadlineField.locator('.error-message')).toContainText('comes before the call opens');
  const floorField = page.locator('.field').filter({ has: page.getByLabel('Support hours a month, at least') });
  await expect(floorField.locator('.error-message')).toContainText('above the ceiling (5 h)');
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(name);
  await expect(page.getByLabel('The deadline is stated in this time zone')).toHaveValue('Asia/Phnom_Penh');
  await screenshots(page, 'cohort-new-errors', info.project.name);

  const deadline = isoDay(60);
  await page.getByLabel('The call opens on').fill(isoDay(-1));
  await page.getByLabel('Deadline', { exact: true }).fill(deadline);
  await page.getByLabel('Support hours a month, at least').fill('2');
  await page.getByLabel("This cohort's call text").fill('This year the call looks for coaches <b>who</b> know digital services.');
  await page.getByRole('button', { name: 'Create the cohort' }).click();
  await expect(page.locator('.notice-success')).toContainText('The cohort is created.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Cohort ${name}`);
  await expect(page.getByText('Call open', { exact: true })).toBeVisible();

  // Its own public call: the deadline on Phnom Penh's clock, its text escaped, the chair named.
  await page.getByRole('link', { name: 'See its public call page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Call for coaches: cohort ${name}`);
  await expect(page.locator('.call')).toContainText('(Phnom Penh)');
  await expect(page.locator('.call')).toContainText(written(deadline));
  await expect(page.locator('.call-text')).toHaveText('This year the call looks for coaches <b>who</b> know digital services.');
  await expect(page.locator('.chair-contact')).toContainText('Bethany Wilkes');
  await expect(page.getByRole('link', { name: 'Apply as a coach' })).toHaveAttribute('href', /\/apply\?cohort=cohort-test-/);
  await screenshots(page, 'cohort-call', info.project.name);

  // The chair extends the open call by a week; the call says so.
  await page.goBack();
  if (info.project.name !== 'js') await page.reload();
  await page.getByLabel('Deadline', { exact: true }).fill(isoDay(67));
  await page.getByRole('button', { name: 'Save the cohort' }).click();
  await expect(page.locator('.notice-success')).toContainText('Saved.');
  await expect(page.locator('.notice-info')).toContainText('The deadline was extended; it was');
  await page.getByRole('link', { name: 'See its public call page' }).click();
  await expect(page.locator('.call')).toContainText('The deadline was extended');
  await expect(page.locator('.call')).toContainText(written(isoDay(67)));

  // An earlier deadline is refused: applicants count on it.
  await page.goBack();
  if (info.project.name !== 'js') await page.reload();
  await page.getByLabel('Deadline', { exact: true }).fill(isoDay(20));
  await page.getByRole('button', { name: 'Save the cohort' }).click();
  await expect(deadlineField.locator('.error-message')).toContainText('can only move later');
  await screenshots(page, 'cohort-edit', info.project.name);
});

test('the chair invites two partners from a list; one accepts, chooses her objective and is matched in that cohort @nojs', async ({ page, browser }, info) => {
  test.setTimeout(90_000);
  const js = info.project.name === 'js';
  const tag = `${Date.now().toString(36).slice(-5)}${js ? 'j' : 'n'}`;
  const coach = await freshPerson('coach', `Coach invite ${tag}`);
  await signIn(page, { email: DEMO_CHAIR, password: DEMO_PASSWORD });
  await expect(page).toHaveURL(/\/home/);
  await page.goto('/cohorts/new');
  await page.getByLabel('Name', { exact: true }).fill(`Invites ${tag}`);
  await page.getByLabel('The call opens on').fill(isoDay(-1));
  await page.getByLabel('Deadline', { exact: true }).fill(isoDay(30));
  await page.getByLabel('The deadline is stated in this time zone').fill('Asia/Phnom_Penh');
  await page.getByLabel('Partnerships start on').fill(isoDay(70));
  await page.getByRole('button', { name: 'Create the cohort' }).click();
  await expect(page.locator('.notice-success')).toContainText('The cohort is created.');
  const slug = new URL(page.url()).pathname.split('/').pop();
  const partners = page.getByRole('region', { name: 'Partners of this cohort' });
  await expect(partners.locator('.empty')).toContainText('No partner is in this cohort yet');

  // A line without an address is named; what was typed stays.
  const dara = `dara-${tag}@e2e.tandem.test`;
  const list = `Sok Dara ${tag}, ${dara}\nChan Sophea ${tag}`;
  await partners.getByLabel('Invite partners').fill(list);
  await partners.getByRole('button', { name: 'Invite' }).click();
  await expect(page.locator('.field-error .error-message')).toContainText('Line 2: write a name and an address');
  await expect(page.getByLabel('Invite partners')).toHaveValue(list);
  await page.getByLabel('Invite partners').fill(`Sok Dara ${tag}, ${dara}\nChan Sophea ${tag} <sophea-${tag}@e2e.tandem.test>`);
  await page.getByRole('button', { name: 'Invite' }).click();
  await expect(page.locator('.notice-success')).toContainText('2 people invited by email');
  await expect(page.getByRole('row', { name: new RegExp(`Sok Dara ${tag}`) })).toContainText('Invited; has not signed in yet');
  await screenshots(page, 'cohort-partners', info.project.name);

  // Dara accepts, takes on the commitments and describes her objective for this cohort.
  const link = linkIn((await mailTo(dara))[0].text, '/invitations/');
  const context = await browser.newContext({ timezoneId: 'Asia/Phnom_Penh', javaScriptEnabled: js });
  const p = await context.newPage();
  await p.goto(link);
  await p.getByLabel('Languages you work in').fill('Khmer, English');
  await p.getByLabel('Choose a password').fill('mekong river library');
  await p.getByLabel('Type the password again').fill('mekong river library');
  await p.getByRole('button', { name: 'Create my account' }).click();
  await expect(p).toHaveURL(/\/home\?welcome=1$/);
  await p.getByRole('button', { name: 'I accept these commitments' }).click();
  await expect(p.getByRole('status').filter({ hasText: "You have accepted the programme's commitments" })).toBeVisible();
  await p.goto('/intake');
  await expect(p.locator('.lead')).toContainText(`For the programme's cohort Invites ${tag}`);
  await p.getByLabel('Library', { exact: true }).fill('Royal University of Phnom Penh Library');
  await p.getByLabel('Your position').fill('Director');
  await p.getByLabel('City').fill('Phnom Penh');
  await p.getByLabel('Languages you work in').fill('Khmer, English');
  await p.getByLabel('Audio only (video is too slow or costly)').check();
  await p.getByLabel('When do you prefer to meet?').fill('Weekday mornings before 11:00');
  await p.getByLabel(/human resources/i).check();
  await p.getByLabel('Describe the need').fill('Our staff learned on the job; we need a training plan for the year with goals we can measure together.');
  await p.getByRole('button', { name: 'Save and continue' }).click();
  await expect(p).toHaveURL(/\/home/);

  // The chair sees where each stands and matches Dara in this cohort.
  await page.reload();
  await expect(page.getByRole('row', { name: new RegExp(`Sok Dara ${tag}`) })).toContainText('Objective chosen');
  await page.getByRole('link', { name: "this cohort's matching page" }).click();
  await expect(page.locator('.lead').first()).toContainText(`Cohort Invites ${tag}`);
  await page.getByLabel('Add a coach to this cohort').selectOption({ label: coach.name });
  await page.getByRole('button', { name: 'Add to cohort' }).click();
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: `Sok Dara ${tag}` }) });
  await card.getByRole('button', { name: `Match with ${coach.name}` }).click();
  await expect(page).toHaveURL(/\/partnerships\/\d+\?matched=1$/);
  // One partnership, in words that agree with the number.
  await page.goto(`/dashboard?cohort=${slug}`);
  await expect(page.locator('.lead').first()).toHaveText(/^1 partnership; 1 shown\./);

  // Matched: the objective is the partnership's now, not the intake's.
  await p.goto('/intake');
  await expect(p.getByText('You are matched: the objective is now your partnership')).toBeVisible();
  await expect(p.getByLabel('Describe the need')).toHaveCount(0);
  await context.close();
});
