import { describe, expect, it } from 'vitest';
import { extractVisibleText } from '../../../utils/page/visible-text';
import { htmlToVisibleTextViaDom } from '../../../scripts/lib/dom-text';
import { normalizeText } from '../../../utils/core/text/normalize';

const parse = (html: string): Node => new DOMParser().parseFromString(html, 'text/html').documentElement;

describe('the shared visible-text extractor', () => {
  it.each([
    ['display:none', '<p>Pay now<span style="display:none">hidden filler</span></p>'],
    ['aria-hidden', '<p>Pay now<span aria-hidden="true">hidden filler</span></p>'],
    ['the hidden attribute', '<p>Pay now<span hidden>hidden filler</span></p>'],
    ['mso-hide:all', '<p>Pay now<span style="mso-hide:all">hidden filler</span></p>'],
    ['zero font size', '<p>Pay now<span style="font-size:0px">hidden filler</span></p>'],
    ['a zero-size box', '<p>Pay now<div style="width:0;height:0;overflow:hidden">hidden filler</div></p>'],
    ['an off-screen position', '<p>Pay now<div style="position:absolute;left:-9999px">hidden filler</div></p>'],
    ['an off-screen indent', '<p>Pay now<div style="text-indent:-5000px">hidden filler</div></p>'],
    ['a class hidden by a <style> rule', '<style>.x{display:none}</style><p>Pay now<span class="x">hidden filler</span></p>'],
    ['a one-pixel font', '<p>Pay now<span style="font-size:1px">hidden filler</span></p>'],
    ['transparent text', '<p>Pay now<span style="color:transparent">hidden filler</span></p>'],
    ['text in its background\'s colour', '<p>Pay now<span style="color:#fff;background-color:#fff">hidden filler</span></p>'],
    ['a box scaled to nothing', '<p>Pay now<span style="transform:scale(0)">hidden filler</span></p>'],
  ])('drops text hidden by %s and reports it apart', (_how, html) => {
    const out = extractVisibleText(parse(html));
    expect(out.text).toBe('Pay now');
    expect(out.hiddenText).toBe('hidden filler');
    expect(out.hiddenTextChars).toBe('hiddenfiller'.length);
  });

  it('keeps a class rule inside @media (conditional) visible, reads alt text, and collects visible links only', () => {
    const out = extractVisibleText(
      parse('<style>@media (max-width:1px){.m{display:none}}</style><p class="m">Mobile copy</p><img alt="Pay here"><a href="https://a.example/">a</a><a href="https://b.example/" style="display:none">b</a>'),
    );
    expect(out.text).toContain('Mobile copy');
    expect(out.text).toContain('Pay here');
    expect(out.links).toEqual(['https://a.example/']);
  });

  it.each([
    ['<bdo dir="rtl">', '<p>Pay in <bdo dir="rtl">nioctib</bdo> now</p>'],
    ['a style that overrides the direction', '<p>Pay in <span style="unicode-bidi:bidi-override;direction:rtl">nioctib</span> now</p>'],
  ])('reads letters that %s shows reversed in the order they are shown', (_how, html) => {
    expect(normalizeText(extractVisibleText(parse(html)).text)).toBe('Pay in bitcoin now');
    expect(normalizeText(htmlToVisibleTextViaDom(html).text)).toBe('Pay in bitcoin now');
  });

  it('leaves a right-to-left paragraph without an override in stored order', () => {
    expect(normalizeText(extractVisibleText(parse('<p dir="rtl">bitcoin</p><p style="direction:rtl">wallet</p>')).text)).toBe('bitcoin\nwallet');
  });

  it('gives the command line\'s DOM path the same result as the page\'s DOM', () => {
    const html = '<div>Tervehdys<br>Maksa <b>200 €</b><span style="display:none">x</span></div><table><tr><td>a</td><td>b</td></tr></table>';
    expect(htmlToVisibleTextViaDom(html)).toEqual(extractVisibleText(parse(html)));
  });
});
