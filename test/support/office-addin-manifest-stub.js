// office-addin-mock only needs this module to exist; the real one pulls ESM-only packages Jest cannot load.
module.exports = {};
