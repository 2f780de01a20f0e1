/**
 * The Dutch texts of a load error (a lazy chunk: a Dutch first paint does not carry them). The data controller
 * loads this module before it reports an error, so the message is built in the user's language.
 */
import { registerCatalogue } from '../../i18n/localize.js';
import errorNl from '../../i18n/error.nl.js';

registerCatalogue('nl', errorNl);
