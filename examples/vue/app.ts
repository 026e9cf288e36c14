/**
 * social-elements in a Vue 3 app. Vue must know the `social-*` tags are custom elements, not Vue
 * components: `compilerOptions.isCustomElement` below (with Vite and single-file components, set
 * it in the Vue plugin's `template.compilerOptions` instead; the in-browser compiler would fall
 * back to the tags registered so far, which misses elements loaded later). Vue sets a bound value (`:post`) as a property when the
 * element has one, so rich data goes straight in; events are listened to with `@social-…`.
 */
import { createApp, defineComponent, ref } from 'vue';
import 'social-elements/all.js';
import type { Post, SocialLoadEvent } from 'social-elements';

const App = defineComponent({
  setup() {
    // Which sources have shown their posts, for the status line under the heading.
    const loaded = ref<string[]>([]);
    // A post the page already has as data: bound as a property, nothing is fetched.
    const announcement = ref<Post>({
      id: 'welcome',
      url: 'https://ada.example/notes/welcome',
      author: { id: 'https://ada.example/', name: 'Ada Lindqvist', handle: '@ada@social.example' },
      published: new Date('2026-03-14T08:00:00Z'),
      text: 'Welcome to the new team page!',
    });
    const onLoad = (event: SocialLoadEvent) => {
      if (event.source?.label) loaded.value = [...loaded.value, event.source.label];
    };
    return { loaded, announcement, onLoad };
  },
  template: `
    <main>
      <h1>Ada's corner</h1>
      <p role="status">{{ loaded.length ? 'Loaded: ' + loaded.join(', ') : 'Loading…' }}</p>

      <social-profile-card src="/examples/data/ada.json" variant="compact"></social-profile-card>

      <social-post :post="announcement"></social-post>

      <social-feed id="feed" label="Team and blog" :limit="10" @social-load="onLoad">
        <social-source src="/examples/data/team.json" label="Team"></social-source>
        <social-source src="/examples/data/blog.xml" label="Blog"></social-source>
      </social-feed>

      <social-composer action="/micropub" format="micropub" for="feed" draft-key="vue-example"></social-composer>
    </main>
  `,
});

/** Mounts the example on `target`; Vue's full build compiles the template in the browser. */
export function mountApp(target: Element | string) {
  const app = createApp(App);
  app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('social-');
  app.mount(target);
  return app;
}
