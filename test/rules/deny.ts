// English words of the model that Vietnamese text shown to people must say in Vietnamese (site, inventory, the DR
// modes, severities, field names such as kind, boundaries, evidence), shared by the checks of findings and of
// remediations.
export const DENY =
  /(?<![\w-])(Site|site|sites|Inventory|inventory|warning|error|primary|single|cold|warm|hot|none|Device|kind|capabilities|boundaries|evidence|true|false)(?![\w-])|\(kind:|\d+[mhd]\b/;
