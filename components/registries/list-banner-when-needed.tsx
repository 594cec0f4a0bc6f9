'use client';
// The list's banners (registries-list-banner.tsx) are downloaded only for a list that has one to show: most
// lists come from Resource Graph with every subscription read, and Fluent's MessageBar is not first-load code.
import dynamic from 'next/dynamic';
import type { RegistryList } from '@/lib/registries/registry-list';

const RegistriesListBanner = dynamic(() => import('./registries-list-banner').then((m) => m.RegistriesListBanner), { loading: () => null });

/** True when the list was read through the fallback or some subscriptions could not be read. */
export function listNeedsBanner(list: RegistryList): boolean {
  return list.source !== 'resource-graph' || list.unreadable.length > 0;
}

/** The banners, or nothing when Resource Graph answered for every subscription. */
export function ListBannerWhenNeeded({ list }: { list: RegistryList }) {
  return listNeedsBanner(list) ? <RegistriesListBanner list={list} /> : null;
}
