import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { creditsElement, textElement } from './content';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

/** Texts a story may hold, each of which Leaflet would parse as markup if given as a string. */
const HOSTILE = [
	'<img src=x onerror="window.__xss=1">',
	'<b>gras</b>',
	'</script><script>window.__xss=1</script>',
	'Tbilissi & <svg onload=alert(1)>',
	'" onmouseover="alert(1)',
	'&lt;déjà échappé&gt;'
];

describe('textElement', () => {
	it.each(HOSTILE)('holds %s as one text node, shown as typed', (text) => {
		const element = textElement(text, {}, document);
		expect(element.tagName).toBe('SPAN');
		expect(element.childNodes).toHaveLength(1);
		expect(element.firstChild!.nodeType).toBe(3); // a text node: no element was made
		expect(element.textContent).toBe(text);
		document.body.append(element);
		expect(document.querySelector('img, b, script, svg')).toBeNull();
		element.remove();
	});

	it('takes a tag and a class', () => {
		const element = textElement('absente', { tag: 'strong', className: 'tag' }, document);
		expect(element.outerHTML).toBe('<strong class="tag">absente</strong>');
	});
});

describe('creditsElement', () => {
	it('links the map’s own credits and keeps a story’s attribution as text', () => {
		const credits = creditsElement(
			{ text: 'Leaflet', href: 'https://leafletjs.com' },
			[
				{ text: 'Natural Earth', href: 'https://www.naturalearthdata.com/' },
				{ text: '© <a href="https://evil.example">Tiles</a> <img src=x onerror=alert(1)>' }
			],
			document
		);
		expect(credits.className).toBe('leaflet-control-attribution');
		expect(credits.textContent).toBe(
			'Leaflet | Natural Earth, © <a href="https://evil.example">Tiles</a> <img src=x onerror=alert(1)>'
		);
		const links = [...credits.querySelectorAll('a')].map((a) => [a.textContent, a.href, a.rel]);
		expect(links).toEqual([
			['Leaflet', 'https://leafletjs.com', 'external noopener'],
			['Natural Earth', 'https://www.naturalearthdata.com/', 'external noopener']
		]);
		expect(credits.querySelector('img')).toBeNull();
		expect(credits.querySelector('[aria-hidden="true"]')!.textContent).toBe('|');
	});

	it('puts a lone credit after the prefix', () => {
		const credits = creditsElement({ text: 'Leaflet' }, [{ text: 'Natural Earth' }], document);
		expect(credits.textContent).toBe('Leaflet | Natural Earth');
	});
});
