import MapEmbed from '$lib/embed/MapEmbed.svelte';
import { hydrateView } from '../hydrate';

void hydrateView(MapEmbed);
