/**
 * Entry of the custom-functions bundle. Importing each family is enough: the metadata plugin's loader
 * appends `CustomFunctions.associate(id, fn)` to each file listed in metadata-inputs.json.
 */
import "./runtime-guard";
import "./catalog";
import "./capacity";
import "./energy";
import "./deals";
import "./compute";
