// axe-core in a page under test: its serious and critical violations, each as "rule: target(s)".
// The script is evaluated through the DevTools protocol, which the pages' CSP (script-src 'self',
// no eval) does not govern, so the page under test stays exactly as users get it.

import { readFileSync } from 'fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Serious and critical violations of WCAG 2.x A/AA and best practices on the whole page. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // A dialog fading in has, for a moment, text of too little contrast: judge the settled page.
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running'),
  );
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const all = await page.evaluate(async () => {
    type Result = {
      id: string;
      impact: string | null;
      help: string;
      nodes: { target: unknown[] }[];
    };
    const axe = (
      window as unknown as {
        axe: { run(ctx: object, opts: object): Promise<{ violations: Result[] }> };
      }
    ).axe;
    // Fluent's focus manager (tabster) puts sentinel <i tabindex=0 aria-hidden> elements at the
    // page's edges that hand focus on the moment they get it: never a place focus stays, so not
    // the hidden-but-focusable trap the aria-hidden-focus rule is about. Nothing else is left out.
    const { violations } = await axe.run(
      { exclude: [['[data-tabster-dummy]']] },
      { resultTypes: ['violations'] },
    );
    return violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
  });
  return all.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
