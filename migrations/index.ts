export { dataSourceOptions, migrations } from './data-source-options.js';
