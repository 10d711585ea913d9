import { DOMParser, type Element } from '@xmldom/xmldom';
import { ValidationError } from '@platzbuch/platform';
import { sanitizeSvg } from './svg-sanitizer';

const svg = (body: string, attributes = 'viewBox="0 0 100 50"') =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ${attributes}>${body}</svg>`;
const clean = (body: string, attributes?: string) => sanitizeSvg(svg(body, attributes)).svg;
const refusal = (source: string) => {
  try {
    sanitizeSvg(source);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).detail.en;
  }
  throw new Error('the SVG was not refused');
};

describe('sanitizeSvg', () => {
  it('drops scripts, wherever they are nested', () => {
    const out = clean(
      '<script>alert(1)</script><g><g><script type="text/javascript"><![CDATA[alert(2)]]></script></g></g>',
    );
    expect(out).not.toMatch(/script|alert/);
    expect(out).toContain('<g><g/></g>');
  });

  it('drops every event handler attribute', () => {
    const out = clean(
      '<rect width="1" height="1" onclick="alert(1)" onmouseover="x()"/>',
      'viewBox="0 0 1 1" onload="alert(1)"',
    );
    expect(out).not.toMatch(/on(load|click|mouseover)|alert/);
    expect(out).toContain('<rect width="1" height="1"/>');
  });

  it('drops javascript: references however they are written', () => {
    const out = clean(
      '<a href="javascript:alert(1)"><rect width="1" height="1"/></a>' +
        '<use href="java&#x0A;script:alert(1)"/><use xlink:href="&#106;avascript:alert(2)"/>' +
        '<rect width="1" height="1" fill="JaVaScRiPt:alert(3)"/>',
    );
    expect(out).not.toMatch(/javascript|alert|<use|<a/i);
    expect(out).toContain('<rect width="1" height="1"/><rect width="1" height="1"/>');
  });

  it('keeps use elements that point into the document, and drops those that point elsewhere', () => {
    const out = clean(
      '<defs><symbol id="desk"><rect width="4" height="2"/></symbol></defs>' +
        '<use href="#desk" x="10"/><use xlink:href="#desk" x="20"/>' +
        '<use href="plans.svg#desk"/><use xlink:href="https://evil.example/x.svg#desk"/><use href="data:image/svg+xml,&lt;svg/&gt;"/>',
    );
    expect(out).toContain('<use href="#desk" x="10"/>');
    expect(out).toContain('<use xlink:href="#desk" x="20"/>');
    expect(out.match(/<use/g)).toHaveLength(2);
    expect(out).not.toMatch(/evil|plans\.svg|data:/);
  });

  it('drops foreignObject with everything inside, and images', () => {
    const out = clean(
      '<foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml"><iframe src="https://evil.example"/></div></foreignObject>' +
        '<image href="https://evil.example/track.png" width="1" height="1"/><image xlink:href="data:image/png;base64,AAAA"/>' +
        '<iframe src="https://evil.example"/><embed src="x"/><object data="x"/>',
    );
    expect(out).not.toMatch(/foreignObject|div|iframe|image|embed|object|evil/);
  });

  it('drops animation, which can rewrite attributes after the fact', () => {
    const out = clean(
      '<a><animate attributeName="href" to="javascript:alert(1)"/><set attributeName="onclick" to="alert(1)"/></a>',
    );
    expect(out).not.toMatch(/animate|set|alert/);
  });

  it('keeps only CSS that references nothing outside the document', () => {
    const out = clean(
      '<style>.wall{stroke:#333;fill:url(#hatch)}</style>' +
        '<style>@import url(https://evil.example/a.css);</style>' +
        '<style>.x{background:url(https://evil.example/track.png)}</style>' +
        '<style>.y{background:\\75 rl(https://evil.example/)}</style>' +
        '<style>.z{width:expression(alert(1))}</style>' +
        '<rect width="1" height="1" style="fill:url(#hatch);stroke:red"/>' +
        '<rect width="1" height="1" style="fill:url( \'https://evil.example/\' )"/>' +
        '<rect width="1" height="1" fill="url(http://evil.example/#x)"/>' +
        '<rect width="1" height="1" style="background-image:image-set(&quot;https://evil.example/&quot; 1x)"/>',
    );
    expect(out).toContain('<style>.wall{stroke:#333;fill:url(#hatch)}</style>');
    expect(out.match(/<style/g)).toHaveLength(1);
    expect(out).toContain('<rect width="1" height="1" style="fill:url(#hatch);stroke:red"/>');
    expect(out).not.toMatch(/evil|expression|\\75/);
  });

  it('drops attributes of other namespaces and keeps xml:space', () => {
    const out = clean(
      '<g xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" inkscape:label="Etage 3" xml:space="preserve" ' +
        'xmlns:evil="urn:evil" evil:onload="alert(1)"><evil:script>alert(2)</evil:script><text>A</text></g>',
    );
    expect(out).toContain('<g xml:space="preserve"><text>A</text></g>');
    expect(out).not.toMatch(/inkscape|evil|alert/);
  });

  it('refuses entity declarations (XXE, billion laughs) before parsing', () => {
    expect(
      refusal(
        '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg">&xxe;</svg>',
      ),
    ).toMatch(/entities/);
    const laughs =
      '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>' +
      '<svg xmlns="http://www.w3.org/2000/svg">&lol2;</svg>';
    expect(refusal(laughs)).toMatch(/entities/);
    expect(refusal('<!DOCTYPE svg [ ]><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>')).toMatch(
      /entities/,
    );
  });

  it('accepts the bare DOCTYPE that editors write, and drops it', () => {
    const out = sanitizeSvg(
      '<?xml version="1.0" standalone="no"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n' +
        svg('<rect width="1" height="1"/>'),
    ).svg;
    expect(out).not.toMatch(/DOCTYPE|w3\.org\/Graphics/);
    expect(out).toContain('<rect width="1" height="1"/>');
  });

  it('refuses what is not well-formed XML, or not SVG', () => {
    expect(refusal('<svg xmlns="http://www.w3.org/2000/svg"><g></svg>')).toMatch(/not well-formed/);
    expect(refusal('just text')).toMatch(/not well-formed/);
    expect(refusal('<html xmlns="http://www.w3.org/1999/xhtml"><svg/></html>')).toMatch(/not an SVG/);
  });

  it('refuses nesting deep enough to exhaust the stack', () => {
    expect(refusal(svg(`${'<g>'.repeat(5_000)}${'</g>'.repeat(5_000)}`))).toMatch(/nested too deeply/);
  });

  it('drops comments and processing instructions, keeps text escaped', () => {
    const out = clean(
      '<?xml-stylesheet href="https://evil.example/a.css"?><!-- <script>alert(1)</script> --><text>Raum &lt;3.01&gt; &amp; Flur</text>',
    );
    expect(out).not.toMatch(/evil|alert|<!--/);
    expect(out).toContain('<text>Raum &lt;3.01&gt; &amp; Flur</text>');
  });

  it('reads the intrinsic size from width and height, in absolute units, or from the viewBox', () => {
    expect(sanitizeSvg(svg('', 'width="800" height="600"'))).toMatchObject({ width: 800, height: 600 });
    expect(sanitizeSvg(svg('', 'width="420mm" height="297mm" viewBox="0 0 420 297"'))).toMatchObject({
      width: 1587,
      height: 1123,
    });
    expect(sanitizeSvg(svg('', 'width="100%" height="100%" viewBox="0 0 1200 800"'))).toMatchObject({
      width: 1200,
      height: 800,
    });
    expect(sanitizeSvg(svg('', 'width="600" viewBox="0,0,1200,800"'))).toMatchObject({
      width: 600,
      height: 400,
    });
    expect(refusal(svg('', 'width="100%"'))).toMatch(/viewBox/);
  });

  it('lets a real floor plan through intact', () => {
    const plan = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="1200" height="800" viewBox="0 0 1200 800" role="img" aria-labelledby="t">
  <title id="t">Stadthaus 1, 3. OG</title>
  <desc>Grundriss mit 24 Arbeitsplätzen</desc>
  <defs>
    <pattern id="hatch" patternUnits="userSpaceOnUse" width="8" height="8"><path d="M0,8 l8,-8" stroke="#999" stroke-width="1"/></pattern>
    <linearGradient id="window" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#bde"/><stop offset="1" stop-color="#fff" stop-opacity="0.5"/></linearGradient>
    <symbol id="desk" viewBox="0 0 40 20"><rect width="40" height="20" rx="2" fill="#f5f5f5" stroke="#333"/></symbol>
    <clipPath id="floor"><polygon points="0,0 1200,0 1200,800 0,800"/></clipPath>
  </defs>
  <style>.wall{stroke:#222;stroke-width:6;fill:none}.label{font-family:Arial,sans-serif;font-size:14px}</style>
  <g id="walls" class="wall" clip-path="url(#floor)" transform="translate(10 10)">
    <polyline points="0,0 1180,0 1180,780 0,780 0,0"/>
    <line x1="400" y1="0" x2="400" y2="780" stroke-dasharray="4 2"/>
    <path d="M 800 0 L 800 300 A 20 20 0 0 0 820 320 Z" fill="url(#hatch)" fill-rule="evenodd"/>
    <rect x="0" y="0" width="200" height="12" fill="url(#window)" opacity="0.8"/>
    <circle cx="600" cy="400" r="30" fill="none" stroke="#c00"/>
    <ellipse cx="900" cy="600" rx="40" ry="20"/>
  </g>
  <g id="desks">
    <use xlink:href="#desk" x="50" y="60" width="40" height="20"/>
    <use href="#desk" x="100" y="60" width="40" height="20" transform="rotate(90 120 70)"/>
  </g>
  <text x="60" y="100" class="label" text-anchor="middle" xml:space="preserve">3.01 <tspan font-weight="bold" dy="-2">Süd</tspan></text>
</svg>`;
    const { svg: out, width, height } = sanitizeSvg(plan);
    expect({ width, height }).toEqual({ width: 1200, height: 800 });
    const parsed = new DOMParser().parseFromString(out, 'image/svg+xml');
    const original = new DOMParser().parseFromString(plan, 'image/svg+xml');
    // Elements, attributes and text as a string: what a browser draws from, without formatting.
    const shape = (node: Element): string => {
      const attributes = Array.from({ length: node.attributes.length }, (_, index) =>
        node.attributes.item(index)!,
      )
        .map((attribute) => `${attribute.name}=${attribute.value}`)
        .filter((attribute) => !attribute.startsWith('xmlns'))
        .sort();
      const children: string[] = [];
      for (let child = node.firstChild; child; child = child.nextSibling) {
        children.push(
          child.nodeType === child.ELEMENT_NODE ? shape(child as Element) : (child.nodeValue ?? '').trim(),
        );
      }
      return `${node.localName}(${attributes.join(',')})[${children.join('')}]`;
    };
    expect(shape(parsed.documentElement!)).toBe(shape(original.documentElement!));
  });
});
