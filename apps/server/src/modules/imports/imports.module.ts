import { defineModule } from '../../common/module';
import { childImportRoutes } from './child-import.route';

// Importing children from a commune's spreadsheet (CSV or XLSX), through the children module.
export const importsModule = defineModule({
  name: 'imports',
  httpRoutes: childImportRoutes,
});
