import { expect, test } from '@playwright/test';
import { screenshots } from './support';

test('the footer switches a page to Khmer and back, and the choice is remembered @nojs', async ({ page }, info) => {
  await page.goto('/sign-in');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('contentinfo').getByRole('link', { name: 'ខ្មែរ' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'km');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ចូលគណនី');
  await expect(page.getByLabel('អាសយដ្ឋានអ៊ីមែល')).toBeVisible();
  await expect(page.getByRole('link', { name: 'ការអំពាវនាវរកគ្រូបង្វឹក' })).toBeVisible();
  if (info.project.name === 'js') await screenshots(page, 'sign-in-km', info.project.name);
  // Another page keeps the choice.
  await page.goto('/privacy');
  await expect(page.locator('html')).toHaveAttribute('lang', 'km');
  await page.getByRole('contentinfo').getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/privacy$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('contentinfo')).toContainText('Privacy: what is kept, and your data');
});
