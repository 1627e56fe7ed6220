// The wage criteria and help-need levels of the service level (docs/rules.md §2).

export const CRITERIA = [
  'attendanceStability',
  'flexibility',
  'productivity',
  'quality',
  'collegialInteraction',
] as const;
export type Criterion = (typeof CRITERIA)[number];

export const HELP_NEEDS = ['independent', 'moderate', 'extensive'] as const;
export type HelpNeed = (typeof HELP_NEEDS)[number];

/** The six weighted keys: five criteria and the help need. */
export const WEIGHT_KEYS = [...CRITERIA, 'helpNeed'] as const;
export type WeightKey = (typeof WEIGHT_KEYS)[number];

export const CRITERION_LABELS: Record<Criterion, string> = {
  attendanceStability: 'Mødestabilitet',
  flexibility: 'Fleksibilitet',
  productivity: 'Produktivitet',
  quality: 'Kvaliteten af det udførte arbejde',
  collegialInteraction: 'Kollegialt samspil',
};

/** Anchor texts of the 0–4 scale. */
export const SCORE_LABELS = [
  'I meget ringe grad',
  'I ringe grad',
  'I nogen grad',
  'I høj grad',
  'I meget høj grad',
] as const;

export const HELP_NEED_LABELS: Record<HelpNeed, string> = {
  independent: 'Arbejder selvstændigt og kan starte på eget initiativ',
  moderate:
    'Arbejder selvstændigt med moderat støtte; skal have hjælp ved overgang til nye opgaver',
  extensive:
    'Har brug for meget støtte selv til simple opgaver og skal motiveres til at holde fokus',
};
