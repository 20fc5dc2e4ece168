import { foldVietnamese } from '@cp/schema';
import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from '@mantine/core';

// Searchable selects match with or without diacritics: "tay" finds "Tày", "binh lu" finds "Xã Bình Lư".
export const foldedOptionsFilter: OptionsFilter = ({ options, search }) => {
  const needle = foldVietnamese(search);
  if (!needle) return options;
  const matches = (item: ComboboxItem) => foldVietnamese(item.label).includes(needle);
  return options.flatMap((option: ComboboxParsedItem): ComboboxParsedItem[] => {
    if ('group' in option) {
      const items = option.items.filter(matches);
      return items.length ? [{ ...option, items }] : [];
    }
    return matches(option) ? [option] : [];
  });
};
