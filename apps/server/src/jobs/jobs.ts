// The scheduled jobs of every module, from their manifests (app/modules.ts).
export { JOBS } from '../app/modules';
