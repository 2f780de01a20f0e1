/**
 * The Dutch texts of a load error, for a host that shows load errors itself (the list). The map's error view
 * (a lazy chunk) registers them too, so a Dutch first paint of the map does not carry them.
 */
import { registerCatalogue } from '../../i18n/localize.js';
import errorNl from '../../i18n/error.nl.js';

registerCatalogue('nl', errorNl);
