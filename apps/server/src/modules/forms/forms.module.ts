import { defineModule } from '../../common/module';
import { formRoutes } from './form.routes';

// The printed Decree 56 forms 01-07 (HTML and PDF).
export const formsModule = defineModule({
  name: 'forms',
  httpRoutes: formRoutes,
});
