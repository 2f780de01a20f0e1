/**
 * The data controller lives in components/shared/ (the list uses it too). This adapter keeps the map's import
 * and loads the map's error view (a lazy chunk with the error texts, lazy-parts.ts) before an error is reported.
 */
import type { ReactiveControllerHost } from 'lit';
import { DataController as SharedDataController, type DataControllerOptions } from '../shared/data-controller.js';
import { errorPart } from './lazy-parts.js';

export { SHOWN_PROBLEMS, loadNetwork, type DataControllerOptions, type LoadError, type LoadState } from '../shared/data-controller.js';

export class DataController extends SharedDataController {
  constructor(host: ReactiveControllerHost, options: DataControllerOptions) {
    super(host, { beforeError: () => errorPart.load(), ...options });
  }
}
