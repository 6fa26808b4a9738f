// The demo generator is pure and the server seeds it too, so it lives in the engine.
export { DEMO_INSTALLATION_COUNT, DEMO_KELURAHAN, DEMO_NOTE, generateDemoInstallations } from '../geo/demoInstallations';
