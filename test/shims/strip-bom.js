// office-addin-mock → office-addin-manifest pulls strip-bom@5, which is ESM-only; Jest on Node 20 cannot require it.
module.exports = (text) => (typeof text === "string" && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
module.exports.default = module.exports;
