/**
 * The one setting for where the add-in is hosted. manifest.xml is written with the dev URL; a
 * production build replaces it with GIGAWATT_URL, else package.json's "gigawatt.productionUrl".
 */
const DEV_URL = "https://localhost:3000/";

function publicUrl(production) {
  if (!production) return DEV_URL;
  const configured = process.env.GIGAWATT_URL || require("../package.json").gigawatt.productionUrl;
  return configured.endsWith("/") ? configured : configured + "/";
}

module.exports = { DEV_URL, publicUrl };
