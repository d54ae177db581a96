/**
 * Where a server that saves stories for the studio answers (src/lib/server/studio-save.ts):
 * the development server, or the preview server in the publishing test. GET there says into
 * which folder it writes; the static host has nothing there, and the studio offers no save.
 */
export const SAVE_PATH = '/__studio/save';
