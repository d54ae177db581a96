// An embed page: what it loads and how it is prerendered are the same for every view.
export { csr, entries, load } from '$lib/server/embed-page';
