// The `yaml` library reads .tollgate.yaml and prices files with exact line
// numbers. It is a quarter of what a render would otherwise load, and most
// renders (every plugin run of an app without a config file) need none of it,
// so it is loaded only when such a file is about to be read.
type YamlLib = typeof import('yaml');

let lib: YamlLib | undefined;

export async function loadYamlLib(): Promise<YamlLib> {
  if (!lib) {
    // `yaml` is CommonJS: node gives its names on the namespace, a bundle on `default`.
    const module = (await import('yaml')) as YamlLib & { default?: YamlLib };
    lib = typeof module.LineCounter === 'function' ? module : module.default!;
  }
  return lib;
}

export function yamlLib(): YamlLib {
  if (!lib) throw new Error('internal: the yaml library is not loaded (await loadYamlLib() before reading a config file)');
  return lib;
}
