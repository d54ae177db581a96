import TimelineEmbed from '$lib/embed/TimelineEmbed.svelte';
import { hydrateView } from '../hydrate';

hydrateView(TimelineEmbed);
