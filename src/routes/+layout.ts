// The whole site is static: every page and data file is rendered at build time.
export const prerender = true;
export const trailingSlash = 'always';
