// gia-netwerkkaart — public entry point. Placeholder written by the build setup; the lead replaces it.
export {};
