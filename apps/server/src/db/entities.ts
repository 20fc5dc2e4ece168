// The entities of every module, from their manifests (app/modules.ts).
export { ENTITIES } from '../app/modules';
