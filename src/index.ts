// The main entry: everything in the headless entry, plus the components (when they exist).
export * from './headless';
