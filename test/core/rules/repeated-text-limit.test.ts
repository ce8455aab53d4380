// The limit LIMITS.repeatedTextSteps, lowered here so that a small report reaches it: the comparison
// stops, says from which paragraph on 五 was not compared, and reports nothing it did not compare.

import { improvementParagraphs } from '../../fixtures/report';
import { findingsOfCase } from './cases';

jest.mock('../../../src/core/limits', () => {
  const actual = jest.requireActual<typeof import('../../../src/core/limits')>(
    '../../../src/core/limits',
  );
  // 156 steps compare the first paragraph with its only peer in length; the second needs 122 more.
  return { LIMITS: { ...actual.LIMITS, repeatedTextSteps: 200 } };
});

it('repeated-text stops at its work limit and says so', async () => {
  const found = await findingsOfCase('repeated-text', {
    name: 'limit',
    version: 2019,
    previous: (r) => {
      r.sections.s5 = improvementParagraphs(2020).map((p) => p.replace('2021年', '2020年'));
    },
  });
  expect(found).toMatchObject([
    { paragraph: 10, message: expect.stringMatching(/相似度 100%/) },
    {
      paragraph: 11,
      severity: 'warning',
      section: 's5',
      message:
        '“五、存在的主要问题及改进情况”的段落过多过长，超出与上年报告比较的工作量上限，自这一段起未与上年报告比较',
    },
  ]);
  expect(found).toHaveLength(2);
});
