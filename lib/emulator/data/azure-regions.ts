// The Azure public cloud's regions as `GET /subscriptions/{s}/locations` (2022-12-01) reports them:
// physical regions with coordinates and pairs, plus a few logical geography aggregates
// (arm-contract.md §3 "Locations"). Kept as data so the handler stays small.

/** One region entry before it is shaped into ARM JSON. */
export interface RegionData {
  name: string;
  displayName: string;
  regionType: 'Physical' | 'Logical';
  regionCategory: 'Recommended' | 'Other';
  geography?: string;
  geographyGroup?: string;
  physicalLocation?: string;
  latitude?: string;
  longitude?: string;
  pairedRegion?: string;
  availabilityZones?: boolean;
}

type Row = [name: string, displayName: string, category: 'R' | 'O', geography: string, group: string, place: string, lat: string, long: string, pair: string, zones: 0 | 1];

// prettier-ignore
const PHYSICAL: Row[] = [
  ['eastus', 'East US', 'R', 'United States', 'US', 'Virginia', '37.3719', '-79.8164', 'westus', 1],
  ['eastus2', 'East US 2', 'R', 'United States', 'US', 'Virginia', '36.6681', '-78.3889', 'centralus', 1],
  ['southcentralus', 'South Central US', 'R', 'United States', 'US', 'Texas', '29.4167', '-98.5', 'northcentralus', 1],
  ['westus2', 'West US 2', 'R', 'United States', 'US', 'Washington', '47.233', '-119.852', 'westcentralus', 1],
  ['westus3', 'West US 3', 'R', 'United States', 'US', 'Phoenix', '33.448376', '-112.074036', 'eastus', 1],
  ['australiaeast', 'Australia East', 'R', 'Australia', 'Asia Pacific', 'New South Wales', '-33.86', '151.2094', 'australiasoutheast', 1],
  ['southeastasia', 'Southeast Asia', 'R', 'Asia Pacific', 'Asia Pacific', 'Singapore', '1.283', '103.833', 'eastasia', 1],
  ['northeurope', 'North Europe', 'R', 'Europe', 'Europe', 'Ireland', '53.3478', '-6.2597', 'westeurope', 1],
  ['swedencentral', 'Sweden Central', 'R', 'Sweden', 'Europe', 'Gävle', '60.67488', '17.14127', 'swedensouth', 1],
  ['uksouth', 'UK South', 'R', 'United Kingdom', 'Europe', 'London', '50.941', '-0.799', 'ukwest', 1],
  ['westeurope', 'West Europe', 'R', 'Europe', 'Europe', 'Netherlands', '52.3667', '4.9', 'northeurope', 1],
  ['centralus', 'Central US', 'R', 'United States', 'US', 'Iowa', '41.5908', '-93.6208', 'eastus2', 1],
  ['southafricanorth', 'South Africa North', 'R', 'South Africa', 'Africa', 'Johannesburg', '-25.73134', '28.21837', 'southafricawest', 1],
  ['centralindia', 'Central India', 'R', 'India', 'Asia Pacific', 'Pune', '18.5822', '73.9197', 'southindia', 1],
  ['eastasia', 'East Asia', 'R', 'Asia Pacific', 'Asia Pacific', 'Hong Kong', '22.267', '114.188', 'southeastasia', 1],
  ['indonesiacentral', 'Indonesia Central', 'R', 'Indonesia', 'Asia Pacific', 'Jakarta', '-6.2088', '106.8456', '', 1],
  ['japaneast', 'Japan East', 'R', 'Japan', 'Asia Pacific', 'Tokyo, Saitama', '35.68', '139.77', 'japanwest', 1],
  ['japanwest', 'Japan West', 'R', 'Japan', 'Asia Pacific', 'Osaka', '34.6939', '135.5022', 'japaneast', 1],
  ['koreacentral', 'Korea Central', 'R', 'Korea', 'Asia Pacific', 'Seoul', '37.5665', '126.978', 'koreasouth', 1],
  ['malaysiawest', 'Malaysia West', 'R', 'Malaysia', 'Asia Pacific', 'Kuala Lumpur', '3.1390', '101.6869', '', 1],
  ['newzealandnorth', 'New Zealand North', 'R', 'New Zealand', 'Asia Pacific', 'Auckland', '-36.84853', '174.76349', '', 1],
  ['canadacentral', 'Canada Central', 'R', 'Canada', 'Canada', 'Toronto', '43.653', '-79.383', 'canadaeast', 1],
  ['austriaeast', 'Austria East', 'R', 'Austria', 'Europe', 'Vienna', '48.2082', '16.3738', '', 1],
  ['belgiumcentral', 'Belgium Central', 'R', 'Belgium', 'Europe', 'Brussels', '50.8503', '4.3517', '', 1],
  ['francecentral', 'France Central', 'R', 'France', 'Europe', 'Paris', '46.3772', '2.373', 'francesouth', 1],
  ['germanywestcentral', 'Germany West Central', 'R', 'Germany', 'Europe', 'Frankfurt', '50.110924', '8.682127', 'germanynorth', 1],
  ['italynorth', 'Italy North', 'R', 'Italy', 'Europe', 'Milan', '45.46888', '9.18109', '', 1],
  ['norwayeast', 'Norway East', 'R', 'Norway', 'Europe', 'Norway', '59.913868', '10.752245', 'norwaywest', 1],
  ['polandcentral', 'Poland Central', 'R', 'Poland', 'Europe', 'Warsaw', '52.23334', '21.01666', '', 1],
  ['spaincentral', 'Spain Central', 'R', 'Spain', 'Europe', 'Madrid', '40.4259', '-3.4209', '', 1],
  ['switzerlandnorth', 'Switzerland North', 'R', 'Switzerland', 'Europe', 'Zurich', '47.451542', '8.564572', 'switzerlandwest', 1],
  ['mexicocentral', 'Mexico Central', 'R', 'Mexico', 'Mexico', 'Querétaro State', '20.588818', '-100.389888', '', 1],
  ['uaenorth', 'UAE North', 'R', 'UAE', 'Middle East', 'Dubai', '25.266666', '55.316666', 'uaecentral', 1],
  ['brazilsouth', 'Brazil South', 'R', 'Brazil', 'South America', 'Sao Paulo State', '-23.55', '-46.633', 'southcentralus', 1],
  ['chilecentral', 'Chile Central', 'R', 'Chile', 'South America', 'Santiago', '-33.4489', '-70.6693', '', 1],
  ['israelcentral', 'Israel Central', 'R', 'Israel', 'Middle East', 'Israel', '31.2655698', '33.4506633', '', 1],
  ['qatarcentral', 'Qatar Central', 'R', 'Qatar', 'Middle East', 'Doha', '25.551462', '51.439327', '', 1],
  ['centralusstage', 'Central US (Stage)', 'O', 'United States', 'US', 'Iowa', '41.5908', '-93.6208', '', 0],
  ['northcentralus', 'North Central US', 'O', 'United States', 'US', 'Illinois', '41.8819', '-87.6278', 'southcentralus', 0],
  ['westus', 'West US', 'O', 'United States', 'US', 'California', '37.783', '-122.417', 'eastus', 0],
  ['westcentralus', 'West Central US', 'O', 'United States', 'US', 'Wyoming', '40.89', '-110.234', 'westus2', 0],
  ['eastus2euap', 'East US 2 EUAP', 'O', 'Canary (US)', 'US', 'Virginia', '36.6681', '-78.3889', 'centraluseuap', 1],
  ['centraluseuap', 'Central US EUAP', 'O', 'Canary (US)', 'US', 'Iowa', '41.5908', '-93.6208', 'eastus2euap', 1],
  ['southafricawest', 'South Africa West', 'O', 'South Africa', 'Africa', 'Cape Town', '-34.075691', '18.843266', 'southafricanorth', 0],
  ['australiacentral', 'Australia Central', 'O', 'Australia', 'Asia Pacific', 'Canberra', '-35.3075', '149.1244', 'australiacentral2', 0],
  ['australiacentral2', 'Australia Central 2', 'O', 'Australia', 'Asia Pacific', 'Canberra', '-35.3075', '149.1244', 'australiacentral', 0],
  ['australiasoutheast', 'Australia Southeast', 'O', 'Australia', 'Asia Pacific', 'Victoria', '-37.8136', '144.9631', 'australiaeast', 0],
  ['jioindiacentral', 'Jio India Central', 'O', 'India', 'Asia Pacific', 'Nagpur', '21.146633', '79.08886', 'jioindiawest', 0],
  ['jioindiawest', 'Jio India West', 'O', 'India', 'Asia Pacific', 'Jamnagar', '22.470701', '70.05773', 'jioindiacentral', 0],
  ['koreasouth', 'Korea South', 'O', 'Korea', 'Asia Pacific', 'Busan', '35.1796', '129.0756', 'koreacentral', 0],
  ['southindia', 'South India', 'O', 'India', 'Asia Pacific', 'Chennai', '12.9822', '80.1636', 'centralindia', 0],
  ['westindia', 'West India', 'O', 'India', 'Asia Pacific', 'Mumbai', '19.088', '72.868', 'southindia', 0],
  ['canadaeast', 'Canada East', 'O', 'Canada', 'Canada', 'Quebec', '46.817', '-71.217', 'canadacentral', 0],
  ['francesouth', 'France South', 'O', 'France', 'Europe', 'Marseille', '43.8345', '2.1972', 'francecentral', 0],
  ['germanynorth', 'Germany North', 'O', 'Germany', 'Europe', 'Berlin', '53.073635', '8.806422', 'germanywestcentral', 0],
  ['norwaywest', 'Norway West', 'O', 'Norway', 'Europe', 'Norway', '58.969975', '5.733107', 'norwayeast', 0],
  ['switzerlandwest', 'Switzerland West', 'O', 'Switzerland', 'Europe', 'Geneva', '46.204391', '6.143158', 'switzerlandnorth', 0],
  ['ukwest', 'UK West', 'O', 'United Kingdom', 'Europe', 'Cardiff', '53.427', '-3.084', 'uksouth', 0],
  ['uaecentral', 'UAE Central', 'O', 'UAE', 'Middle East', 'Abu Dhabi', '24.466667', '54.366669', 'uaenorth', 0],
  ['brazilsoutheast', 'Brazil Southeast', 'O', 'Brazil', 'South America', 'Rio', '-22.90278', '-43.2075', 'brazilsouth', 0],
  ['swedensouth', 'Sweden South', 'O', 'Sweden', 'Europe', 'Malmo', '55.60498', '13.00382', 'swedencentral', 0],
];

// Geography aggregates ARM lists with regionType Logical (clients drop them, arm-contract.md §3).
const LOGICAL: [string, string][] = [
  ['asia', 'Asia'], ['asiapacific', 'Asia Pacific'], ['australia', 'Australia'], ['brazil', 'Brazil'], ['canada', 'Canada'],
  ['europe', 'Europe'], ['france', 'France'], ['germany', 'Germany'], ['global', 'Global'], ['india', 'India'], ['japan', 'Japan'],
  ['korea', 'Korea'], ['norway', 'Norway'], ['singapore', 'Singapore'], ['southafrica', 'South Africa'], ['switzerland', 'Switzerland'],
  ['uae', 'United Arab Emirates'], ['uk', 'United Kingdom'], ['unitedstates', 'United States'], ['unitedstateseuap', 'United States EUAP'],
];

/** Every region the emulator reports, physical first then logical. */
export const AZURE_REGIONS: readonly RegionData[] = [
  ...PHYSICAL.map(([name, displayName, category, geography, group, place, lat, long, pair, zones]) => ({
    name,
    displayName,
    regionType: 'Physical' as const,
    regionCategory: category === 'R' ? ('Recommended' as const) : ('Other' as const),
    geography,
    geographyGroup: group,
    physicalLocation: place,
    latitude: lat,
    longitude: long,
    pairedRegion: pair || undefined,
    availabilityZones: zones === 1,
  })),
  ...LOGICAL.map(([name, displayName]) => ({ name, displayName, regionType: 'Logical' as const, regionCategory: 'Other' as const })),
];

/** Normalises a location as ARM does ("East US" → "eastus"). */
export function normalizeLocation(location: string): string {
  return location.replace(/\s+/g, '').toLowerCase();
}

/** A physical region by name or display name. */
export function findRegion(location: string): RegionData | undefined {
  const key = normalizeLocation(location);
  return AZURE_REGIONS.find((r) => r.regionType === 'Physical' && r.name === key);
}
