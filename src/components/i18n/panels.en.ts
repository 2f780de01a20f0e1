// Catalogue of the side panels (engineer B2 fills this). See localize.ts.
export default {};
