// Dutch messages of the map component and details panel (the fallback language). See localize.ts.
export default {};
