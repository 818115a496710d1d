// The job-title finder in a real browser: the combobox by keyboard, corrections, shared addresses,
// "Where", Enter and the place read from the query, filters, the zero-result state, hostile input,
// the catalog without JavaScript, a missing title's 404, the Spanish finder, and axe.
import { expect, test, type Page } from '@playwright/test';
import { getJobTitle } from '@/lib/content';
import { MAX_QUERY_LENGTH } from '@/lib/finder';
import { getPlacePayData } from '@/lib/finder/server';
import { routes, routesFor } from '@/lib/routes';
import { expectNoAxeViolations, setTheme } from './helpers';

const PATH = '/jobs/';

const whatBox = (page: Page) => page.getByRole('combobox', { name: 'What is your dream job?' });
const whereBox = (page: Page) => page.getByRole('combobox', { name: 'Where?' });
const results = (page: Page) => page.getByRole('listbox', { name: 'Matching job titles' });
const options = (page: Page) => results(page).getByRole('option');
const placePanel = (page: Page) => page.getByRole('region', { name: /: / });

/** Collects uncaught page errors, so each test can check that nothing broke. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('says search needs JavaScript, shows the catalog grouped by family, and no search box', async ({
    page,
  }) => {
    // As after a search sent from the home page's form.
    await page.goto(`${PATH}?q=medical+coder`);
    // getByText does not look inside <noscript>, so locate the message by its place.
    const message = page.getByRole('main').locator('noscript p');
    await expect(message).toBeVisible();
    await expect(message).toContainText('The search needs JavaScript');
    await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();
    for (const family of ['Coding', 'Billing', 'Coding and billing', 'Related paths']) {
      await expect(
        page.getByRole('heading', { level: 3, name: new RegExp(`^${family} \\(`) }),
      ).toBeVisible();
    }
    await expect(page.getByRole('link', { name: 'Medical Coder', exact: true })).toHaveAttribute(
      'href',
      '/jobs/medical-coder/',
    );
    await expect(whatBox(page)).toHaveCount(0);
  });
});

test.describe('with JavaScript', () => {
  test('"cpc" lists coding titles, with the credential shown', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(PATH);
    await whatBox(page).fill('cpc');
    await expect(options(page).first()).toBeVisible();
    await expect(whatBox(page)).toHaveAttribute('aria-expanded', 'true');
    await expect(options(page).filter({ hasText: 'Medical Coder' }).first()).toBeVisible();
    const firstOption = await options(page).first().innerText();
    expect(firstOption).toContain('Coding');
    expect(firstOption).toContain('CPC');
    await expect(page.getByRole('status')).toContainText('Use the up and down arrows');
    expect(errors).toEqual([]);
  });

  test('in Spanish, a search without accents shows the Spanish name, the English title, and boards searched in English', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.goto(routesFor('es').jobs());
    await page
      .getByRole('combobox', { name: '¿Cuál es el trabajo de sus sueños?' })
      .fill('codificador medico');
    const first = page
      .getByRole('listbox', { name: 'Puestos que coinciden' })
      .getByRole('option')
      .first();
    await expect(first).toContainText('Codificador médico');
    await expect(first).toContainText('En inglés: Medical Coder');
    await expect(
      placePanel(page).getByRole('link', {
        name: /^Empleos de Medical Coder en todo el país en Indeed$/,
      }),
    ).toHaveAttribute('href', /q=Medical\+Coder/);
    expect(errors).toEqual([]);
  });

  test('a typo shows "Showing results for" and offers the words as typed', async ({ page }) => {
    await page.goto(PATH);
    await whatBox(page).fill('medcal coder');
    await expect(page.getByText('Showing results for')).toContainText('medical coder');
    await expect(options(page).first()).toContainText('Medical Coder');
    await page.getByRole('button', { name: 'Search instead for “medcal coder”' }).click();
    await expect(page.getByText('Showing results for')).toHaveCount(0);
    await expect(page.getByText('Left out, as no job title uses it')).toContainText('“medcal”');
  });

  test('keyboard only: type with a typo, arrow to a result, Enter opens its page', async ({
    page,
  }) => {
    await page.goto(PATH);
    await whatBox(page).focus();
    await page.keyboard.type('codng auditr');
    await expect(options(page).first()).toContainText('Coding Auditor');
    await page.keyboard.press('ArrowDown');
    const first = options(page).first();
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(whatBox(page)).toHaveAttribute(
      'aria-activedescendant',
      (await first.getAttribute('id')) ?? '',
    );
    await expect(whatBox(page)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/jobs\/coding-auditor\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Coding Auditor' })).toBeVisible();
  });

  test('Escape closes the list, then clears the box', async ({ page }) => {
    await page.goto(PATH);
    await whatBox(page).fill('biller');
    await expect(results(page)).toBeVisible();
    await whatBox(page).press('Escape');
    await expect(whatBox(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(results(page)).toBeHidden();
    await whatBox(page).press('Escape');
    await expect(whatBox(page)).toHaveValue('');
    await whatBox(page).fill('biller');
    await whatBox(page).press('Escape');
    await whatBox(page).press('Alt+ArrowDown');
    await expect(results(page)).toBeVisible();
  });

  test('a shared address opens with the same results and an Ohio note', async ({ page }) => {
    await page.goto(`${PATH}?q=coding+auditor&where=OH`);
    await expect(whatBox(page)).toHaveValue('coding auditor');
    await expect(whereBox(page)).toHaveValue('OH');
    await expect(options(page).first()).toContainText('Coding Auditor');
    const panel = placePanel(page);
    await expect(panel).toHaveAccessibleName('Coding Auditor: Ohio');
    await expect(
      panel.getByRole('link', { name: 'Coding Auditor jobs in Ohio on Indeed' }),
    ).toHaveAttribute('href', 'https://www.indeed.com/jobs?q=Coding+Auditor&l=Ohio');
  });

  test('typing keeps the search in the address', async ({ page }) => {
    await page.goto(PATH);
    await whatBox(page).fill('payment poster');
    await whereBox(page).fill('texas');
    await expect(page).toHaveURL(/\/jobs\/\?q=payment\+poster&where=TX$/);
    await expect(placePanel(page)).toHaveAccessibleName('Payment Poster: Texas');
  });

  // The content decides which states have figures (the BLS refresh adds them), so each case reads
  // the place-pay data the build wrote and checks the panel shows it like with like.
  for (const [slug, state, code] of [
    ['medical-coder', 'Ohio', 'OH'],
    ['payment-poster', 'Texas', 'TX'],
    ['billing-manager', 'Ohio', 'OH'],
  ] as const) {
    test(`${slug} in ${state}: state pay beside national pay of the same period, or none`, async ({
      page,
    }) => {
      const title = getJobTitle(slug);
      const view = getPlacePayData(code, 'en').occupations[title.occupation]?.[code];
      await page.goto(`${PATH}?q=${encodeURIComponent(title.name)}&where=${code}`);
      const panel = placePanel(page);
      await expect(panel).toHaveAccessibleName(`${title.name}: ${state}`);
      if (view === undefined) {
        await expect(panel).toContainText(
          `There is no state pay figure for ${state} on this site yet`,
        );
        return;
      }
      const pairs = panel.locator(`[data-state-pay="${code}"] > li`);
      await expect(pairs).toHaveCount(view.pairs.length);
      for (const [index, pair] of view.pairs.entries()) {
        const shown = await pairs
          .nth(index)
          .locator('[data-figure]')
          .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-figure')));
        expect(shown).toEqual([pair.state.id, ...(pair.national ? [pair.national.id] : [])]);
        await expect(pairs.nth(index).locator('[data-measure-label]').first()).toBeVisible();
      }
      const newer = panel.locator('[data-newer-national]');
      if (view.newerNational) {
        await expect(newer).toContainText('not comparable with the state figure above');
        await expect(newer.locator('[data-figure]')).toHaveAttribute(
          'data-figure',
          view.newerNational.id,
        );
      } else {
        await expect(newer).toHaveCount(0);
      }
    });
  }

  for (const [typed, name, href] of [
    ['Ohio', 'Medical Biller: Ohio', 'l=Ohio'],
    ['oh', 'Medical Biller: Ohio', 'l=Ohio'],
    ['remote', 'Medical Biller: remote jobs', 'l=Remote'],
  ] as const) {
    test(`Where "${typed}" is carried into the job-board links`, async ({ page }) => {
      await page.goto(PATH);
      await whatBox(page).fill('medical biller');
      await whereBox(page).fill(typed);
      const panel = placePanel(page);
      await expect(panel).toHaveAccessibleName(name);
      await expect(panel.getByRole('link', { name: /on Indeed$/ })).toHaveAttribute(
        'href',
        new RegExp(href),
      );
      await expect(panel.getByRole('link', { name: /on USAJOBS$/ })).toBeVisible();
    });
  }

  test('zero results say so and offer the closest titles and the families', async ({ page }) => {
    await page.goto(PATH);
    await whatBox(page).fill('posterologist');
    await expect(
      page.getByRole('heading', { name: 'No job titles match “posterologist”' }),
    ).toBeVisible();
    await expect(page.getByText('The closest titles:')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Billing', exact: true })).toHaveAttribute(
      'href',
      '#family-billing',
    );
    await expect(whatBox(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('status')).toHaveText('No job titles match “posterologist”.');
  });

  test.describe('on a 390 x 844 phone', () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test('a 10,000-character query and script-like text are shown as text, with no error', async ({
      page,
    }) => {
      const errors = watchErrors(page);
      let dialogs = 0;
      page.on('dialog', async (dialog) => {
        dialogs += 1;
        await dialog.dismiss();
      });
      await page.goto(PATH);
      await whatBox(page).fill('coder '.repeat(1700).slice(0, 10_000));
      await expect(options(page).first()).toBeVisible();
      await expect(page).toHaveURL(/\?q=coder/);
      const typed = new URL(page.url()).searchParams.get('q') ?? '';
      expect(typed.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
      const script = '<script>alert(1)</script><img src=x onerror=alert(2)>';
      await whatBox(page).fill(script);
      await expect(whatBox(page)).toHaveValue(script);
      // Markup is not a job title (issue 12): it finds nothing, says so, and comes back as text.
      await expect(
        page.getByRole('heading', { name: `No job titles match “${script}”` }),
      ).toBeVisible();
      await expect(options(page)).toHaveCount(0);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(dialogs).toBe(0);
      expect(errors).toEqual([]);
    });

    test('place parsing: "CPC jobs in Ohio" and Enter put Ohio in Where and say so', async ({
      page,
    }) => {
      await page.goto(PATH);
      await whatBox(page).fill('CPC jobs in Ohio');
      await whatBox(page).press('Enter');
      await expect(whereBox(page)).toHaveValue('Ohio');
      await expect(whatBox(page)).not.toHaveValue(/ohio/i);
      await expect(whatBox(page)).toHaveValue(/cpc/i);
      await expect(page.getByText('CPC jobs in Ohio', { exact: true })).toBeVisible();
      await expect(page).toHaveURL(/where=OH/);
      await expect(options(page).first()).toBeVisible();
    });

    test('Enter without picking an option searches and opens the list; filters narrow it', async ({
      page,
    }) => {
      await page.goto(PATH);
      await expect(page.getByRole('button', { name: 'Search', exact: true })).toBeVisible();
      await whatBox(page).fill('coder');
      await whatBox(page).press('Escape');
      await expect(results(page)).toBeHidden();
      await whatBox(page).press('Enter');
      await expect(results(page)).toBeVisible();
      await expect(page).toHaveURL(/\/jobs\/\?q=coder$/);
      await page.getByLabel('Level').selectOption('entry');
      await expect(page).toHaveURL(/\?q=coder&level=entry$/);
      await expect(options(page).first()).toBeVisible();
      for (const text of await options(page).allInnerTexts()) expect(text).toContain('Entry level');
      // Entry-friendly titles (Coder I, Coding Trainee, Ancillary Coder) carry the mark.
      await expect(options(page).filter({ hasText: 'Hires beginners' }).first()).toBeVisible();
      await expect(page.getByRole('status')).toContainText('found for “coder”');
    });
  });

  test("a missing title's address offers a search for its words, in link style", async ({
    page,
  }) => {
    const response = await page.goto('/jobs/medical-codr/');
    expect(response?.status()).toBe(404);
    const search = page.getByRole('link', { name: 'Search job titles for “medical codr”' });
    await expect(search).toHaveAttribute('href', routes.jobSearch('medical codr'));
    const home = page.getByRole('link', { name: 'Start at the home page' });
    const look = await home.evaluate((link) => {
      const plain = document.createElement('a');
      plain.href = '/';
      link.closest('main')?.append(plain);
      const style = getComputedStyle(link);
      return {
        line: style.textDecorationLine,
        colour: style.color,
        linkColour: getComputedStyle(plain).color,
      };
    });
    expect(look.line).toBe('underline');
    expect(look.colour).toBe(look.linkColour);
  });

  test('on a 360px phone the page does not scroll sideways', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${PATH}?q=revenue+cycle&where=remote`);
    await expect(options(page).first()).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('a title page links job searches nationwide, or in the place it was opened with', async ({
    page,
  }) => {
    await page.goto('/jobs/medical-coder/');
    const indeed = page.getByRole('link', { name: /on Indeed$/ });
    await expect(indeed).toHaveAttribute('href', 'https://www.indeed.com/jobs?q=Medical+Coder');
    await expect(indeed).toHaveAttribute('rel', /noopener/);
    await page.goto('/jobs/medical-coder/?where=OH');
    await expect(indeed).toHaveAttribute(
      'href',
      'https://www.indeed.com/jobs?q=Medical+Coder&l=Ohio',
    );
    await expect(page.getByRole('link', { name: /on ZipRecruiter$/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'O*NET occupation' })).toBeVisible();
    await expect(page.getByText('Used under the CC BY 4.0 license').first()).toBeVisible();
  });
});

test.describe('accessibility', () => {
  // A full axe scan of a page with 140 links takes a few seconds on a busy machine.
  test.describe.configure({ timeout: 90_000 });

  // The page as loaded, and the job-title pages, are scanned in both themes in site.spec.ts; these
  // scan the states only a search produces.
  test('/jobs has no axe violations with results, a correction and a place, in both themes', async ({
    page,
  }) => {
    await setTheme(page, 'light');
    await page.goto(PATH);
    await whatBox(page).fill('coding audtor');
    await whereBox(page).fill('Ohio');
    await expect(options(page).first()).toBeVisible();
    await whatBox(page).press('ArrowDown');
    await expectNoAxeViolations(page, 'light');
    // What the header's switch does, without taking focus from the box (which would close the list).
    await page.evaluate(() => {
      document.documentElement.classList.add('dark');
      document.documentElement.style.colorScheme = 'dark';
    });
    await expect(options(page).first()).toBeVisible();
    await expectNoAxeViolations(page, 'dark');
  });

  test('/jobs has no axe violations with zero results', async ({ page }) => {
    await page.goto(PATH);
    await whatBox(page).fill('zzqx');
    await expect(page.getByRole('heading', { name: 'No job titles match “zzqx”' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
