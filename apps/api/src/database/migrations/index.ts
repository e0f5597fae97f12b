import { InitialSchema1764000000000 } from './1764000000000-InitialSchema';
import { CatalogueReferenceData1764000000001 } from './1764000000001-CatalogueReferenceData';

/** In order; listed explicitly so the compiled API needs no file globbing. */
export const MIGRATIONS = [InitialSchema1764000000000, CatalogueReferenceData1764000000001];
