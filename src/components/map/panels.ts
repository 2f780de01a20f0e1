// The side panels and the list view the map composes (each registers its own tag once), and the templates with
// which the map composes them.
import '../panels/details-panel/gia-details-panel.js';
import '../panels/search-box/gia-search-box.js';
import '../panels/filter-panel/gia-filter-panel.js';
import '../panels/help-finder/gia-help-finder.js';
import '../panels/legend/gia-legend.js';
import '../panels/powers-panel/gia-powers-panel.js';
import '../list/gia-network-list.js';

export { listTemplate, sideTemplate } from './panel-templates.js';
