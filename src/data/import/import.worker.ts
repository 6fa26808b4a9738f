import { expose } from 'comlink';
import { createImportParser } from './importWorkerApi';

// Parsing 100,000 rows takes seconds; here it never blocks the page.
expose(createImportParser());
