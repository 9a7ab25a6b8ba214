import { expect, test } from '@playwright/test';
import { DEMO_CHAIR, DEMO_PASSWORD, screenshots, signIn } from './support';

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
