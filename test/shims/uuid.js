// office-addin-manifest needs uuid@14, which is ESM-only; the only call it makes here is v4().
const { randomUUID } = require("crypto");
module.exports = { v4: () => randomUUID() };
