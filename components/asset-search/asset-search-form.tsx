'use client';
// "Search assets": a plain GET form to /assets/search, so it works before hydration and a search is a link
// that can be shared. Used beside the Registries hub's title and at the top of the search page.
import { Input, makeStyles } from '@fluentui/react-components';
import { plainIcon, usePlainIconClassName } from '@/components/icons/plain-icons';

const useStyles = makeStyles({
  form: { display: 'flex', width: '320px', maxWidth: '100%' },
  input: { flexGrow: 1 },
});

/** The asset search field, prefilled with `query`. */
export function AssetSearchForm({ query = '' }: { query?: string }) {
  const styles = useStyles();
  const search = plainIcon('search', usePlainIconClassName());
  return (
    <form className={styles.form} action="/assets/search" method="get" role="search" aria-label="Search assets in every registry">
      <Input
        className={styles.input}
        name="q"
        // A plain text field (role textbox): the hub's own list filter is the page's one searchbox.
        type="text"
        enterKeyHint="search"
        defaultValue={query}
        required
        maxLength={255}
        contentBefore={search}
        placeholder="Search assets in every registry"
        aria-label="Search assets in every registry"
      />
    </form>
  );
}
