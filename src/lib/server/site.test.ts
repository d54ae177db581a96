import { describe, expect, it } from 'vitest';
import { siteUrlWarning } from './site';

describe('siteUrlWarning', () => {
	it.each([undefined, ''])('warns when PUBLIC_SITE_URL is %j', (value) => {
		const warning = siteUrlWarning(value);
		expect(warning).toContain('PUBLIC_SITE_URL is not set');
		expect(warning).toContain('http://localhost:4173');
		expect(warning).toMatch(/Canonical links, social-card images \(og:image\), oEmbed/);
		expect(warning).toContain('PUBLIC_SITE_URL=https://maps.example.org npm run build');
	});

	it('says nothing when the address is set', () => {
		expect(siteUrlWarning('https://maps.example.org')).toBeUndefined();
	});
});
