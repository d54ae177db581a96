/** Leaflet's ES sources carry no types: `leaflet.ts` gives what it takes from them Leaflet's own. */
declare module 'leaflet/src/*';
