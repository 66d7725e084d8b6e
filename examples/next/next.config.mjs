// The example lives inside the kit's repository, under its lockfile: name the app's own root.
export default { turbopack: { root: import.meta.dirname } };
