import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Controller, Get, NotFoundException, Param, UseFilters } from '@nestjs/common';
import { DEMO_MINUTES_FOLDER } from '../demo-data.js';
import { HtmlPage } from './html-page.decorator.js';
import { PageErrorsFilter } from './page-errors.filter.js';
import { ViewRenderer } from './view-renderer.js';

/**
 * `/kilder/{name}`: a bundled referat with numbered lines, so an entry's source (`document:<name>#L<line>`)
 * links to the very line. Only files of the bundled folder are served, looked up by exact name.
 */
@Controller('kilder')
@UseFilters(PageErrorsFilter)
export class SourcePageController {
  constructor(private readonly views: ViewRenderer) {}

  @Get(':name')
  @HtmlPage()
  async show(@Param('name') name: string): Promise<string> {
    const held = await readdir(DEMO_MINUTES_FOLDER).catch(() => [] as string[]);
    if (!held.includes(name)) throw new NotFoundException(`The document ${name} is not held by Sagsspor; its citation is all there is`);
    const lines = (await readFile(path.join(DEMO_MINUTES_FOLDER, name), 'utf8')).split(/\r?\n/);
    return this.views.render('source', { title: `Kilde: ${name}` }, { name, lines });
  }
}
