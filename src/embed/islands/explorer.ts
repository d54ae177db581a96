import ExplorerEmbed from '$lib/embed/ExplorerEmbed.svelte';
import { hydrateView } from '../hydrate';

void hydrateView(ExplorerEmbed);
