// Argo CD's Kustomize image option, in the forms `kustomize edit set image` takes.
import { describe, expect, it } from 'vitest';
import { imageEdit } from '../../src/render/kustomize.js';

describe('imageEdit', () => {
  it.each([
    ['nginx:1.27', { name: 'nginx', newTag: '1.27' }],
    ['nginx@sha256:' + 'a'.repeat(64), { name: 'nginx', digest: 'sha256:' + 'a'.repeat(64) }],
    ['nginx=registry.example.com/web/nginx:1.27', { name: 'nginx', newName: 'registry.example.com/web/nginx', newTag: '1.27' }],
    ['nginx=registry.example.com/web/nginx', { name: 'nginx', newName: 'registry.example.com/web/nginx' }],
    ['nginx=nginx:1.27', { name: 'nginx', newTag: '1.27' }],
    ['localhost:5000/app=localhost:5000/app:v2', { name: 'localhost:5000/app', newTag: 'v2' }],
    ['ghcr.io/a/b=ghcr.io/a/c@sha256:' + 'b'.repeat(64), { name: 'ghcr.io/a/b', newName: 'ghcr.io/a/c', digest: 'sha256:' + 'b'.repeat(64) }],
  ])('%s', (argument, expected) => {
    expect(imageEdit(argument)).toEqual(expected);
  });

  it.each(['', '=nginx:1', 'nginx:', 'nginx@', 'nginx :1'])('refuses %j', (argument) => {
    expect(() => imageEdit(argument)).toThrow(`kustomize image ${JSON.stringify(argument)} is not name=new:tag, name:tag or name@digest`);
  });
});
