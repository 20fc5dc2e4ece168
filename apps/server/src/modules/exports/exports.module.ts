import { defineModule } from '../../common/module';
import { childExportRoutes } from './child-export.route';

// The children list as filtered, as XLSX or CSV.
export const exportsModule = defineModule({
  name: 'exports',
  httpRoutes: childExportRoutes,
});
