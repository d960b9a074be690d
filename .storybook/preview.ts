import type { Preview } from '@storybook/web-components-vite';

type ArgTypesEnhancer = NonNullable<Preview['argTypesEnhancers']>[number];
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

interface Member {
  kind?: string;
  name: string;
  privacy?: string;
  static?: boolean;
  description?: string;
  parameters?: { name: string; optional?: boolean; type?: { text?: string } }[];
  return?: { type?: { text?: string } };
}
interface Manifest {
  modules?: { declarations?: { tagName?: string; members?: Member[] }[] }[];
}

/** The manifest as a page author sees the elements: private, protected and static members left out of the docs tables. */
function publicApi(source: unknown): Manifest {
  const copy = structuredClone(source) as Manifest;
  for (const module of copy.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.members) declaration.members = declaration.members.filter((m) => (m.privacy === undefined || m.privacy === 'public') && !m.static && !m.name.startsWith('#'));
    }
  }
  return copy;
}

const api = publicApi(manifest);
setCustomElementsManifest(api);

/** Storybook's tables leave methods out: list each element's public methods (toSVG, toPNG …) in a table section of their own. */
const methodsEnhancer: ArgTypesEnhancer = (context) => {
  const tag = typeof context.component === 'string' ? context.component : undefined;
  const declaration = api.modules?.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  const methods = (declaration?.members ?? []).filter((m) => m.kind === 'method');
  const entries = methods.map((m) => {
    const signature = `${m.name}(${(m.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}`).join(', ')})`;
    return [
      signature,
      { name: signature, description: m.description ?? '', control: false, table: { category: 'methods', type: { summary: m.return?.type?.text ?? 'void' } } },
    ] as const;
  });
  return { ...context.argTypes, ...Object.fromEntries(entries) };
};

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
  },
  tags: ['autodocs'],
  argTypesEnhancers: [methodsEnhancer],
};
export default preview;
