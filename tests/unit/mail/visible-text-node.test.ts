import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { styleHides } from '../../../utils/core/mail/css-hiding';
import { htmlToVisibleTextViaDom as htmlToVisibleText } from '../../../scripts/lib/dom-text';

// The command line's reading of mail HTML: happy-dom's parser and the extension's extractor
// (utils/page/visible-text.ts). What a browser's parser decides (comments, unclosed tags,
// entities) is the parser's; these cases check that the whole path gives what a reader sees.
describe('mail HTML on the command line', () => {
  it('drops script, style, head, title and comments', () => {
    const r = htmlToVisibleText(
      '<html><head><title>TITLE</title><meta name=x content=META><style>p{color:red}</style></head>' +
        '<body><!-- COMMENT --><script>var s = "<p>SCRIPT</p>";</script><p>Visible</p></body></html>',
    );
    expect(r.text).toBe('Visible');
    expect(r.hiddenTextChars).toBe(0);
  });

  it('drops elements hidden by inline style and reports them as hidden text', () => {
    const r = htmlToVisibleText(
      '<p>Pay <span style="display: none">news about the weather</span>now' +
        '<span style="visibility:hidden">V</span><span style="font-size:0px">F0</span>' +
        '<span style="FONT-SIZE: 0">FZ</span><span hidden>H</span><div style="opacity:0">O</div>' +
        '<div style="max-height:0;overflow:hidden">M</div></p>',
    );
    expect(r.text).toBe('Pay now');
    expect(r.hiddenText).toContain('news about the weather');
    expect(r.hiddenTextChars).toBe('newsabouttheweather'.length + 'VF0FZHOM'.length);
  });

  it('keeps text visible when the style only looks similar', () => {
    const r = htmlToVisibleText('<span style="font-size:10px">ten</span> <span style="display:block">block</span>');
    expect(r.text).toBe('ten block');
    expect(r.hiddenTextChars).toBe(0);
  });

  it('hides content of elements whose class a plain style rule hides, but not @media rules', () => {
    const r = htmlToVisibleText(
      '<style>.pad, span.x { display:none } @media (max-width:600px) { .mob { display:none } }</style>' +
        '<p class="a pad">PAD</p><span class=x>X</span><p class=mob>Mobile</p><p>Shown</p>',
    );
    expect(r.text).toBe('Mobile\n\nShown');
    expect(r.hiddenText).toBe('PAD\nX');
  });

  it('closes a hidden element where the browser would', () => {
    // A <p> start tag closes the open hidden <p>, so "after" is visible.
    const r = htmlToVisibleText('<p style="display:none">hidden<p>after</p><div><span style="display:none">a</div>b');
    expect(r.text).toBe('after\n\nb');
  });

  it('decodes named and numeric entities', () => {
    const r = htmlToVisibleText('<p>&euro;200 &amp; 24&nbsp;h &#228;&#xE4;&#x1F600; &lt;b&gt; &bogus; &copy</p>');
    expect(r.text).toBe('€200 & 24\u00a0h ää😀 <b> &bogus; ©'.replace('\u00a0', ' '));
  });

  it('turns blocks and <br> into line breaks and collapses other whitespace', () => {
    const r = htmlToVisibleText('<div>one\n   two</div><div>three<br>four</div><table><tr><td>a</td><td>b</td></tr></table>');
    expect(r.text).toBe('one two\n\nthree\nfour\n\na b');
  });

  it('keeps image alt text and collects visible link targets only', () => {
    const r = htmlToVisibleText(
      '<a href=" https://a.example/x?y=1&amp;z=2 ">A</a><a href=\'http://b.onion/\'>B</a><a href="https://a.example/x?y=1&z=2">dup</a>' +
        '<div style="display:none"><a href="https://hidden.example/">H</a></div><img src=x alt="Pay here">',
    );
    expect(r.links).toEqual(['https://a.example/x?y=1&z=2', 'http://b.onion/']);
    expect(r.text).toBe('ABdup Pay here');
  });

  it('does not read past an unterminated comment or tag as text', () => {
    expect(htmlToVisibleText('before<!-- never closed <p>secret</p>').text).toBe('before');
    // (happy-dom's parser drops "<4" in "3<4", where a browser keeps it: a parser difference
    // on text that no extortion mail depends on.)
    expect(htmlToVisibleText('a < b and more').text).toBe('a < b and more');
    expect(htmlToVisibleText('<p title="x>y">ok</p>').text).toBe('ok');
  });

  it('reads a hostile mail of 100,000 nested elements without overflowing the stack', () => {
    const n = 100_000;
    const r = htmlToVisibleText(`<style>.x{display:none}</style>${'<div>'.repeat(n)}Pay now<span class="x">filler</span>${'</div>'.repeat(n)}`);
    expect(r.text).toBe('Pay now');
    expect(r.hiddenText).toBe('filler');
  });

  it('never throws and stays linear on arbitrary input (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('<', '>', '/', 'p', 'div', ' ', '"', '=', '!', '-', 'style', 'display:none', 'a', '&', '#', ';', 'x') , maxLength: 400 }), (s) => {
        const r = htmlToVisibleText(s);
        expect(typeof r.text).toBe('string');
      }),
      { numRuns: 300 },
    );
  });

  it('caps visible text at maxTextChars', () => {
    const r = htmlToVisibleText('<p>' + 'x'.repeat(1000) + '</p>', { maxTextChars: 100 });
    expect(r.text.length).toBeLessThanOrEqual(100);
  });
});

describe('styleHides', () => {
  it.each([
    ['display:none', true],
    ['display: none !important', true],
    ['color:red; display:none', true],
    ['display:none; display:block', false],
    ['font-size:0pt', true],
    ['font-size:0.0em', true],
    ['font-size:10px', false],
    ['mso-hide:all', true],
    ['height:0', false],
    // Hash-busting filler that a person cannot read.
    ['font-size:1px', true],
    ['font-size:0.5px', true],
    ['font-size:0.05em', true],
    ['font-size:2px', false],
    ['font-size:0.9em', false],
    ['font-size:1vw', false],
    ['font-size:1%', false],
    ['color:transparent', true],
    ['color: rgba(0, 0, 0, 0)', true],
    ['color:rgba(0 0 0 / 0)', true],
    ['color:hsla(0,0%,0%,0)', true],
    ['color:#ffffff00', true],
    ['color:#fff0', true],
    ['color:rgba(0,0,0,0.8)', false],
    ['color:#ffffff', false],
    ['color:#fff; background-color:#fff', true],
    ['color:#ffffff; background:#ffffff', true],
    ['color:#000; background-color:#fff', false],
    ['-webkit-text-fill-color:transparent', true],
    ['transform:scale(0)', true],
    ['transform: scaleY(0)', true],
    ['transform:scale(0.5)', false],
    ['transform:scale(0.05)', false],
    ['transform:rotate(0deg) scale(1)', false],
  ])('%s → %s', (css, hides) => {
    expect(styleHides(css)).toBe(hides);
  });
});
