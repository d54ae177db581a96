/** The studio's import and export: TimelineJS JSON, TimelineJS sheets and generic CSV in; TimelineJS JSON and a zipped story folder out. */
export { fromTimelineJs, toTimelineJs, type TimelineJson } from './timelinejs';
export { fromSheetsCsv } from './sheets-csv';
export { fromEventsCsv } from './events-csv';
export { storyEventsCsv, storyZip } from './publish';
export { storyYaml, type Imported, type ImportOptions } from './draft';
