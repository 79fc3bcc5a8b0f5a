// npm run migration:create -- <Name>: writes a timestamped, empty TypeORM migration and registers it.
import { readFileSync, writeFileSync } from 'node:fs';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name)) {
  console.error('usage: npm run migration:create -- <PascalCaseName>');
  process.exit(2);
}
const stamp = Date.now();
const file = `migrations/${stamp}-${name}.ts`;
writeFileSync(
  file,
  `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${stamp} implements MigrationInterface {
  name = '${name}${stamp}';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(\`\`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(\`\`);
  }
}
`,
);
const index = readFileSync('migrations/data-source-options.ts', 'utf8')
  .replace('// migration imports', `import { ${name}${stamp} } from './${stamp}-${name}.js';\n// migration imports`)
  .replace('// migration list', `${name}${stamp},\n  // migration list`);
writeFileSync('migrations/data-source-options.ts', index);
console.log(`created ${file}`);
