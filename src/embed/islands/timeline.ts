import TimelineEmbed from '$lib/embed/TimelineEmbed.svelte';
import { hydrateView } from '../hydrate';

void hydrateView(TimelineEmbed);
