import { describe, expect, it } from 'vitest';
import { escapeXml, stripIllegalXmlChars } from './escape';

describe('escapeXml', () => {
  it('escapes markup and quotes so they stay text', () => {
    expect(escapeXml(`<script>alert(1)</script>`)).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeXml(`A & B "quoted" 'single'`)).toBe('A &amp; B &quot;quoted&quot; &apos;single&apos;');
    expect(escapeXml(']]>')).toBe(']]&gt;');
  });

  it('keeps non-ASCII text, including astral characters, as it is', () => {
    for (const s of ['الاتصالات', '信息通信技术', 'Электросвязь', '📡🌍', 'e\u0301']) expect(escapeXml(s)).toBe(s);
  });

  it('keeps whitespace that attribute normalisation would otherwise turn into spaces', () => {
    expect(escapeXml('a\tb\nc\rd')).toBe('a&#9;b&#10;c&#13;d');
  });

  it('removes what XML 1.0 cannot carry: C0 controls, lone surrogates, U+FFFE/U+FFFF', () => {
    expect(stripIllegalXmlChars('a\u0000b\u0008c\u000Bd\u001Fe')).toBe('abcde');
    expect(stripIllegalXmlChars('x\uD800y\uDFFFz')).toBe('xyz');
    expect(stripIllegalXmlChars('\uFFFE\uFFFFok')).toBe('ok');
    expect(stripIllegalXmlChars('pair \uD83D\uDE00 kept')).toBe('pair 😀 kept');
    expect(escapeXml('\u0001<')).toBe('&lt;');
  });
});
