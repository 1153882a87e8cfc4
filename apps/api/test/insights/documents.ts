// Full selections of the insight queries, as the dashboard would ask for them.

export const DRILLDOWN =
  'receivedFrom receivedTo resolvedFrom resolvedTo openAt teamIds themeIds linkedPolicyIds channels kinds statuses sentiments viabilities flags eventTypes slaBreached waitedIn reopened rated answered linkedToPolicy protocolStepsDone protocolStepMissing overdue noUpdateForDays needsAttentionDays itemIds';
const CHANGE = 'current previous relative direction label';
const SHARE = 'successes trials share lower upper';
const PERIOD = 'from to label';
const SERIES = `metric kind label format total { ${CHANGE} } drilldown { ${DRILLDOWN} } points { periodStart label value basis days bucketDays partial comparisonStart comparisonValue drilldown { ${DRILLDOWN} } }`;
export const TRENDS = `period { ${PERIOD} } comparisonPeriod { ${PERIOD} } interval volumeByKind { ${SERIES} } complaints { ${SERIES} } negativeShare { ${SERIES} } sentiment { ${SERIES} } satisfaction { ${SERIES} } markers { periodStart actions { actionId title milestone on } }`;
const SIGNAL = `dimension subject { id name } tested severity direction observed expected observedPerWeek expectedPerWeek rateRatio rateRatioInterval { lower upper level } pValue qValue usualLower usualUpper baseline shift { state since ratio explanation } explanation judgedAgainst verdict weekly { weekStart count tested } drilldown { ${DRILLDOWN} }`;
export const SPLIT_TRENDS = `period { ${PERIOD} } comparisonPeriod { ${PERIOD} } interval split metric total lines { subject { id name } channel kind series { ${SERIES} } } markers { periodStart actions { actionId title milestone on } }`;
export const RISING = `period { ${PERIOD} } testedWeeks { ${PERIOD} } counting alerts watches themes { ${SIGNAL} } policies { ${SIGNAL} }`;
const DURATION = `dimension subject { id name } kind items finished p50Hours p90Hours p50IncludingOpenHours previousP50Hours change { ${CHANGE} } drilldown { ${DRILLDOWN} }`;
const ATTAINMENT = `met breached pending noTarget attainment { ${SHARE} } breachesDrilldown { ${DRILLDOWN} }`;
export const BOTTLENECKS = `period { ${PERIOD} } comparisonPeriod { ${PERIOD} }
  weekly { weekStart arrivals completions net backlogAtEnd arrivalsDrilldown { ${DRILLDOWN} } completionsDrilldown { ${DRILLDOWN} } }
  backlog { at count change { ${CHANGE} } ageP50Hours ageP90Hours bands { label minDays maxDays count } oldest { itemId ageHours status } drilldown { ${DRILLDOWN} } }
  leadTimes { ${DURATION} } firstResponses { ${DURATION} }
  timeInStatus { status waiting totalHours items meanHours shareOfLead drilldown { ${DRILLDOWN} } } flowEfficiency reopenRate { ${SHARE} }
  serviceLevels { firstResponse { ${ATTAINMENT} } resolution { ${ATTAINMENT} } previousFirstResponseAttainment previousResolutionAttainment groups { dimension team { id name } kind firstResponse { ${ATTAINMENT} } resolution { ${ATTAINMENT} } } worstBreaches { itemId clock overdueHours open } }
  waits { rank team { id name } policy { id name } status items totalHours meanHours waitingNow shareOfWaiting explanation drilldown { ${DRILLDOWN} } }`;
const QUOTE = 'itemId text receivedAt';
export const HOTSPOTS = `period { ${PERIOD} } comparisonPeriod { ${PERIOD} }
  policies { rank policy { id name } score previousScore parts { name label raw adjusted value weight contribution } activity { linkedItems explicitLinks mentions complaints requests negativeItems exceptionsGranted exceptionsRefused softNoes hardNoes escalations addedWaitHours } rising trendRatio explanation trendExplanation quotes { ${QUOTE} } drilldown { ${DRILLDOWN} } }
  teams { id name } matrix { policy { id name } team { id name } score linkedItems complaints exceptions drilldown { ${DRILLDOWN} } }
  wastefulCandidates { policy { id name } waiverRate { ${SHARE} } complaints reasons quotes { ${QUOTE} } drilldown { ${DRILLDOWN} } }`;
export const WARNINGS = `period { ${PERIOD} } comparisonPeriod { ${PERIOD} } alerts watches signs { sign label value format state watchAt alertAt previous explanation judgedAgainst window { ${PERIOD} } verdict recordCount drilldown { ${DRILLDOWN} } staffingEvents { id type on team { id name } sickDays } evidence { ${QUOTE} } }`;
export const STAFF = `period { ${PERIOD} } comparisonPeriod { ${PERIOD} }
  teams { team { id name } state reasons staff availableStaff vacancies sickDays departures arrivals completions openItems openPerStaff arrivalsPerStaffPerWeek utilisation backlogGrowthPerWeek pulse { responses shown meanWorkload overwhelmedShare note } overloadMentions firstResponseHours previousFirstResponseHours drilldown { ${DRILLDOWN} } }
  weekly { weekStart team { id name } arrivals completions complaints firstResponseHours pulseWorkload pulseResponses sickDays departures hires }
  relations { team { id name } driver outcome lagWeeks correlation pValue significant explanation }
  anonymousPulse { label teams { id name } responses meanWorkload overwhelmedShare } anonymityNotes`;
export const FUNNEL = `period { ${PERIOD} } comparisonPeriod { ${PERIOD} } complaints previousComplaints drilldown { ${DRILLDOWN} } stages { step label reached done conversion { ${SHARE} } shareOfAll previousShareOfAll verdict stoppedHere drilldown { ${DRILLDOWN} } stoppedDrilldown { ${DRILLDOWN} } }`;
const MEASURE =
  'metric label estimable ratio interval { lower upper level } relativeChange significant treatedBefore treatedAfter controlBefore controlAfter expectedAfter treatedCount verdict';
export const IMPACT = `action { id title status startedOn doneOn policy { id name } theme { id name } team { id name } } measurable summary treated control before { ${PERIOD} } after { ${PERIOD} } measures { ${MEASURE} } treatedBeforeDrilldown { ${DRILLDOWN} } treatedAfterDrilldown { ${DRILLDOWN} }`;
export const PACK = `period { ${PERIOD} } comparisonPeriod { ${PERIOD} } generatedAt
  kpis { key label value format change { ${CHANGE} } higherIsBetter drilldown { ${DRILLDOWN} } drilldownLabel drilldownCount verdict }
  reconciliations { measure text }
  trends { ${TRENDS} } risingSignals { ${RISING} } bottlenecks { ${BOTTLENECKS} } policyHotspots { ${HOTSPOTS} } warningSigns { ${WARNINGS} } staffLoad { ${STAFF} } complaintFunnel { ${FUNNEL} } impacts { ${IMPACT} }
  actions { id title owner status startedOn doneOn policy { id name } theme { id name } team { id name } }`;

export const Q = {
  trends: `query ($input: TrendsInput!) { trends(input: $input) { ${TRENDS} } }`,
  splitTrends: `query ($input: SplitTrendsInput!) { splitTrends(input: $input) { ${SPLIT_TRENDS} } }`,
  rising: `query ($input: RisingSignalsInput!) { risingSignals(input: $input) { ${RISING} } }`,
  bottlenecks: `query ($input: BottlenecksInput!) { bottlenecks(input: $input) { ${BOTTLENECKS} } }`,
  hotspots: `query ($input: PolicyHotspotsInput!) { policyHotspots(input: $input) { ${HOTSPOTS} } }`,
  warnings: `query ($input: WarningSignsInput!) { warningSigns(input: $input) { ${WARNINGS} } }`,
  staff: `query ($input: StaffLoadInput!) { staffLoad(input: $input) { ${STAFF} } }`,
  funnel: `query ($input: ComplaintFunnelInput!) { complaintFunnel(input: $input) { ${FUNNEL} } }`,
  impact: `query ($input: ImprovementImpactInput!) { improvementImpact(input: $input) { ${IMPACT} } }`,
  pack: `query ($input: ReviewPackInput!) { reviewPack(input: $input) { ${PACK} } }`,
  packExport: `query ($input: ReviewPackExportInput!) { reviewPackExport(input: $input) { filename contentType content rows truncated } }`,
  itemExport: `query ($input: ItemExportInput!) { itemExport(input: $input) { filename contentType content rows truncated } }`,
  items: `query ($input: DrilldownItemsInput!) { drilldownItems(input: $input) { totalCount hasNextPage endCursor nodes { id kind receivedAt teamId policyId } } }`,
};
