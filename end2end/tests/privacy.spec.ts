import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { freshPerson, screenshots, signIn } from './support';

const pdf = {
  name: 'my-cv.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'),
};

test('the privacy notice is reachable from every page\'s footer and from the application form @nojs', async ({ page }, info) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Privacy: what is kept, and your data' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy');
  await expect(page.locator('.kept')).toContainText("An entry in the pair's journal");
  await expect(page.locator('.kept')).toContainText('the programme team only if its author shares it');
  await expect(page.locator('table.periods caption')).toHaveText("Each cohort's periods, in days");
  if (info.project.name === 'js') await screenshots(page, 'privacy', info.project.name);
  await page.goto('/apply');
  await page.getByRole('link', { name: 'How long it is kept, who reads it, and how to have it erased' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy');
});

test('a coach downloads their data and finds their CV and statement in it', async ({ page, request }, info) => {
  const coach = await freshPerson('coach');
  const statement = `Statement ${Date.now().toString(36)}: I have led a university library through two rebuilds and trained teams in collection development. `.repeat(4);
  const sent = await request.post('/apply', {
    maxRedirects: 0,
    multipart: {
      name: coach.name, email: coach.email, position: 'Head of Library', institution: 'Coastal University',
      country: 'Chile', time_zone: 'America/Santiago', languages: 'Spanish, English', years_leading: '9',
      expertise: 'advocacy', statement, consent: 'on', intent: 'submit', cv: pdf,
    },
  });
  expect(sent.status()).toBe(303);

  await signIn(page, coach);
  await expect(page).toHaveURL(/\/home$/);
  await page.goto('/profile');
  await page.getByRole('link', { name: 'Your data: download everything Tandem holds about you' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your data');
  if (info.project.name === 'js') await screenshots(page, 'my-data', info.project.name);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download your data (.zip)' }).click(),
  ]);
  // An independent reader (Python's zipfile) opens the archive.
  const listing = execFileSync('python3', ['-c', [
    'import sys, zipfile, json',
    'z = zipfile.ZipFile(sys.argv[1])',
    'assert z.testzip() is None',
    "data = json.loads(z.read('tandem-data.json'))",
    "cv = [n for n in z.namelist() if n.startswith('files/') and n.endswith('my-cv.pdf')]",
    "print(json.dumps({'statement': data['tables']['application'][0]['statement'], 'email': data['tables']['person'][0]['email'], 'cv': z.read(cv[0]).decode() if cv else ''}))",
  ].join('\n'), await download.path()]).toString();
  const got = JSON.parse(listing);
  expect(got.statement).toBe(statement.trim());
  expect(got.email).toBe(coach.email);
  expect(got.cv.startsWith('%PDF-1.4')).toBe(true);
});
