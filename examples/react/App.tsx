/**
 * social-elements in a React 19 app: the wrappers from `social-elements/react` take the elements'
 * properties as props and their events as `on…` props. Mount it with
 * `createRoot(document.getElementById('root')!).render(<App />)`.
 */
import { useState } from 'react';
import {
  SocialComposer,
  SocialFeed,
  SocialPost,
  SocialProfileCard,
  SocialSource,
} from 'social-elements/react';

export function App() {
  // Which sources have shown their posts, for the status line under the heading.
  const [loaded, setLoaded] = useState<string[]>([]);

  return (
    <main>
      <h1>Ada's corner</h1>
      <p role="status">{loaded.length > 0 ? `Loaded: ${loaded.join(', ')}` : 'Loading…'}</p>

      <SocialProfileCard src="/examples/data/ada.json" variant="compact" />

      <SocialPost src="/examples/data/post.json" />

      <SocialFeed
        id="feed"
        label="Team and blog"
        limit={10}
        onSocialLoad={(event) => {
          const label = event.source?.label;
          if (label) setLoaded((labels) => [...labels, label]);
        }}
      >
        <SocialSource src="/examples/data/team.json" label="Team" />
        <SocialSource src="/examples/data/blog.xml" label="Blog" />
      </SocialFeed>

      <SocialComposer
        action="/micropub"
        format="micropub"
        htmlFor="feed"
        draftKey="react-example"
      />
    </main>
  );
}
