import { readFileSync } from 'node:fs';
import { Controller, Get, Header, NotFoundException, Param, Res } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ApiExcludeController } from '@nestjs/swagger';
import { PAGES_FOLDER } from './view-renderer.js';

const TYPES: Record<string, string> = {
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  svg: 'image/svg+xml',
};

/** The few files are read once at start-up; their names are fixed, so nothing from the path reaches the file system. */
const ASSETS = new Map(
  ['site.css', 'print.css', 'case.js', 'favicon.svg'].map((name) => [name, { body: readFileSync(`${PAGES_FOLDER}assets/${name}`, 'utf8'), type: TYPES[name.split('.').pop()!]! }]),
);

/** `/assets/{name}`: the pages' stylesheets and progressive-enhancement scripts. */
@ApiExcludeController()
@Controller('assets')
export class AssetsController {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  @Get(':name')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'public, max-age=3600')
  file(@Param('name') name: string, @Res({ passthrough: true }) response: unknown): string {
    const asset = ASSETS.get(name);
    if (!asset) throw new NotFoundException(`No asset ${name}`);
    this.adapterHost.httpAdapter.setHeader(response, 'Content-Type', asset.type);
    return asset.body;
  }
}
