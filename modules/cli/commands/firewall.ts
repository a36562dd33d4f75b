// `hatang firewall`: the firewall policy of every firewall of a site, from the flow matrix and the address plan, as
// nftables rulesets, FortiGate CLI or vendor-neutral JSON; `--prove` checks the nftables ruleset with real packets.
import { Option } from 'commander';
import type { FirewallCliOptions } from '../actions/firewall.js';
import type { CommandRegistration } from '../context.js';
import { DIR_ARGUMENT } from './common.js';

export const registerFirewall: CommandRegistration = (program, cli) => {
  program
    .command('firewall')
    .description('write the firewall policy of a site (nftables, FortiGate, JSON) from the flow matrix; --prove tests it with real packets')
    .argument('[dir]', DIR_ARGUMENT)
    .requiredOption('--site <site>', 'the site whose firewalls to write or prove')
    .addOption(new Option('--format <format>', 'output format').choices(['nftables', 'fortios', 'json']).default('nftables'))
    .addOption(new Option('--lang <lang>', 'language of messages').choices(['vi', 'en']).default('vi'))
    .option('--out <dir>', 'output folder (default: out/<inventory folder name>/firewall/<format>)')
    .option('--prove', 'build the site in network namespaces, load the nftables ruleset and send real packets (root)')
    .option('--diff <git-ref>', 'print the rules, addresses and services added, removed and changed since the inventory at this git revision')
    .action(async (dir: string | undefined, options: FirewallCliOptions) => {
      const { runFirewall } = await import('../actions/firewall.js');
      await runFirewall(cli, dir, options);
    });
};
