import { describe, expect, it } from 'vitest';
import { coveringSample, styleTokens } from '../helpers/style-sample.ts';

describe('the style sample of the every-page check', () => {
  it('reads element names, classes and enumerated attribute values, not content ids', () => {
    const tokens = styleTokens(
      '<article class="event  prose" data-status="disputed" data-id="azal-8243-crash"><table role="table"><td hidden>x</td></table></article>',
    );
    expect([...tokens].sort()).toEqual(
      [
        '<article>',
        '<table>',
        '<td>',
        '.event',
        '.prose',
        '[data-status=disputed]',
        '[data-id]',
        '[role=table]',
        '[hidden]',
      ].sort(),
    );
  });

  it('keeps the pages given, then adds pages until every token is covered, most new tokens first', () => {
    const pages = new Map<string, Set<string>>([
      ['/', new Set(['a', 'b'])],
      ['/e1/', new Set(['a', 'c'])],
      ['/e2/', new Set(['a', 'c', 'd', 'e'])],
      ['/e3/', new Set(['b', 'e'])],
      ['/e4/', new Set(['f'])],
    ]);
    const sample = coveringSample(pages, ['/']);
    expect(sample).toEqual(['/', '/e2/', '/e4/']);
    const covered = new Set(sample.flatMap((path) => [...pages.get(path)!]));
    expect(covered).toEqual(new Set(['a', 'b', 'c', 'd', 'e', 'f']));
  });
});
