/** `npx tsx src/cli/synthetic.ts <nodes> [seed] > file.json`: writes a seeded synthetic dataset. */
import { syntheticDataset } from '../model/synthetic';

const nodes = Number(process.argv[2] ?? 1000);
const seed = Number(process.argv[3] ?? 1);
process.stdout.write(JSON.stringify(syntheticDataset({ nodes, seed }), null, 1));
