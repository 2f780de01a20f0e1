// English messages of the map component and details panel. Missing keys fall back to Dutch. See localize.ts.
export default {};
