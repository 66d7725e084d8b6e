// The example lives inside the kit's repository, under its lockfile: name the app's own root.
// `npm run size:next` builds with browser source maps, to tell the kit's bytes from Next's and react-query's.
export default {
  turbopack: { root: import.meta.dirname },
  productionBrowserSourceMaps: process.env.SAVED_CARDS_SOURCE_MAPS === '1',
};
