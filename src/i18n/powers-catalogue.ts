/** Registers the "Wie mag wat?" panel's messages: Dutch at once, English only when English is loaded. */
import { registerCatalogue } from './lookup.js';
import powersNl from './powers.nl.js';

registerCatalogue('nl', powersNl);
registerCatalogue('en', () => import('./powers.en.js'));
