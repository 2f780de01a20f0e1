// The side panels of the netwerkkaart. Importing this file defines all six elements.
export * from './details-panel/gia-details-panel.js';
export * from './search-box/gia-search-box.js';
export * from './filter-panel/gia-filter-panel.js';
export * from './help-finder/gia-help-finder.js';
export * from './legend/gia-legend.js';
export * from './powers-panel/gia-powers-panel.js';
