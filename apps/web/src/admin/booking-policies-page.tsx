import type { BookingPolicyView, BuildingView, EffectiveBookingPolicy, ZoneView } from '@platzbuch/contracts';
import { useState } from 'react';
import {
  getEffectivePolicy,
  listPolicies,
  removeBuildingPolicy,
  removeZonePolicy,
  setBuildingPolicy,
  setOrganisationPolicy,
  setZonePolicy,
} from '../api/booking-rules';
import { listBuildings, listFloors, listZones } from '../api/locations';
import { useI18n } from '../i18n/i18n';
import { useSearchParam } from '../router/router';
import { useAnnounce } from '../ui/announcer';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { SelectField } from '../ui/field';
import { Loading, Page } from '../ui/page';
import { ProblemAlert } from '../ui/problem-alert';
import { useAsync } from '../ui/use-async';
import { adminPaths } from './admin-paths';
import { BuildingPicker } from './building-picker';
import { PolicyForm } from './policy-form';
import { hasBuildings, useBuildingChoice } from './use-building-choice';
import { useFocusRequest } from '../ui/use-focus-request';

interface PoliciesData {
  buildings: BuildingView[];
  policies: BookingPolicyView[];
  organisation: EffectiveBookingPolicy;
}

async function loadPolicies(): Promise<PoliciesData> {
  const [buildings, policies, organisation] = await Promise.all([
    listBuildings(),
    listPolicies(),
    getEffectivePolicy(),
  ]);
  return { buildings, policies, organisation };
}

/** Replaces the stored policy of one scope in the list (or drops it when `saved` is null). */
function withPolicy(
  policies: BookingPolicyView[],
  scope: Pick<BookingPolicyView, 'scope' | 'buildingId' | 'zoneId'>,
  saved: BookingPolicyView | null,
): BookingPolicyView[] {
  const others = policies.filter(
    (policy) =>
      policy.scope !== scope.scope ||
      policy.buildingId !== scope.buildingId ||
      policy.zoneId !== scope.zoneId,
  );
  return saved ? [...others, saved] : others;
}

/** Booking rules for the whole organisation, and where a building or zone needs its own. */
export function BookingPoliciesPage() {
  const { t } = useI18n();
  const { state, reload, update } = useAsync(loadPolicies, []);
  const breadcrumbs = [{ label: t('admin.title'), to: adminPaths.overview() }];
  if (state.status !== 'done') {
    return (
      <Page title={t('policies.title')} breadcrumbs={breadcrumbs}>
        {state.status === 'loading' ? <Loading /> : <ProblemAlert error={state.error} onRetry={reload} />}
      </Page>
    );
  }
  const { buildings, policies, organisation } = state.data;
  const stored = policies.find((policy) => policy.scope === 'organisation') ?? null;
  const setPolicies = (change: (policies: BookingPolicyView[]) => BookingPolicyView[]) =>
    update((data) => ({ ...data, policies: change(data.policies) }));

  return (
    <Page title={t('policies.title')} breadcrumbs={breadcrumbs}>
      <p className="lead">{t('policies.intro')}</p>
      <section className="card" aria-labelledby="organisation-policy-heading">
        <h2 id="organisation-policy-heading">{t('policies.organisation')}</h2>
        <PolicyForm
          stored={stored}
          effective={organisation.policy}
          withHolidayRegion
          effectiveRegion={organisation.holidayRegion}
          onSubmit={async (settings) => {
            const saved = await setOrganisationPolicy(settings);
            const effective = await getEffectivePolicy();
            update((data) => ({
              ...data,
              organisation: effective,
              policies: withPolicy(data.policies, saved, saved),
            }));
            return t('policies.saved');
          }}
        />
      </section>
      <section className="card" aria-labelledby="override-heading">
        <h2 id="override-heading">{t('policies.overrides')}</h2>
        <p>{t('policies.overridesIntro')}</p>
        {hasBuildings(buildings) ? (
          <OverrideEditor buildings={buildings} policies={policies} setPolicies={setPolicies} />
        ) : (
          <p>{t('admin.noBuildings')}</p>
        )}
      </section>
    </Page>
  );
}

interface OverrideEditorProps {
  buildings: [BuildingView, ...BuildingView[]];
  policies: BookingPolicyView[];
  setPolicies: (change: (policies: BookingPolicyView[]) => BookingPolicyView[]) => void;
}

interface ZoneChoice extends ZoneView {
  floorName: string;
}

async function loadZones(buildingId: string): Promise<ZoneChoice[]> {
  const floors = await listFloors(buildingId);
  const zones = await Promise.all(
    floors.map(async (floor) =>
      (await listZones(floor.id)).map((zone) => ({ ...zone, floorName: floor.name })),
    ),
  );
  return zones.flat();
}

function OverrideEditor({ buildings, policies, setPolicies }: OverrideEditorProps) {
  const { t } = useI18n();
  const [building, chooseBuilding] = useBuildingChoice(buildings);
  const [zoneId, setZoneId] = useSearchParam('zone');
  const zones = useAsync(() => loadZones(building.id), [building.id]);
  const ownRules = t('policies.ownRules');
  const hasOverride = (scope: 'building' | 'zone', id: string) =>
    policies.some((policy) => policy.scope === scope && (policy.buildingId ?? policy.zoneId) === id);

  const zoneList = zones.state.status === 'done' ? zones.state.data : [];
  const zone = zoneList.find((candidate) => candidate.id === zoneId) ?? null;

  return (
    <>
      <div className="form-row">
        <BuildingPicker
          buildings={buildings}
          building={building}
          onChange={(id) => {
            setZoneId(null);
            chooseBuilding(id);
          }}
          note={(candidate) => (hasOverride('building', candidate.id) ? ownRules : null)}
        />
        {zones.state.status === 'done' && (
          <SelectField
            label={t('policies.zone')}
            value={zone?.id ?? ''}
            onChange={(event) => setZoneId(event.target.value || null)}
            options={[
              { value: '', label: t('policies.wholeBuilding') },
              ...zoneList.map((candidate) => {
                const label = `${candidate.floorName} · ${candidate.name}`;
                return {
                  value: candidate.id,
                  label: hasOverride('zone', candidate.id) ? `${label} (${ownRules})` : label,
                };
              }),
            ]}
          />
        )}
      </div>
      {zones.state.status === 'loading' && <Loading />}
      {zones.state.status === 'failed' && <ProblemAlert error={zones.state.error} onRetry={zones.reload} />}
      {zones.state.status === 'done' && (
        <ScopePolicy
          key={zone?.id ?? building.id}
          building={building}
          zone={zone}
          stored={
            policies.find((policy) =>
              zone
                ? policy.scope === 'zone' && policy.zoneId === zone.id
                : policy.scope === 'building' && policy.buildingId === building.id,
            ) ?? null
          }
          setPolicies={setPolicies}
        />
      )}
    </>
  );
}

interface ScopePolicyProps {
  building: BuildingView;
  zone: ZoneChoice | null;
  stored: BookingPolicyView | null;
  setPolicies: OverrideEditorProps['setPolicies'];
}

/** The override of one building or zone, with what applies there now. */
function ScopePolicy({ building, zone, stored, setPolicies }: ScopePolicyProps) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const focus = useFocusRequest();
  const [confirming, setConfirming] = useState(false);
  const scope = zone ? { zoneId: zone.id } : { buildingId: building.id };
  const effective = useAsync(() => getEffectivePolicy(scope), [zone?.id, building.id]);
  const name = zone ? `${zone.name} (${zone.floorName}, ${building.name})` : building.name;
  const target = {
    scope: zone ? ('zone' as const) : ('building' as const),
    buildingId: zone ? null : building.id,
    zoneId: zone?.id ?? null,
  };

  return (
    <div className="scope-policy">
      <h3 id="scope-policy-heading" tabIndex={-1}>
        {t('policies.rulesFor', { name })}
      </h3>
      <p className="muted">{t(stored ? 'policies.hasOwnRules' : 'policies.inheritsAll')}</p>
      {effective.state.status === 'loading' && <Loading />}
      {effective.state.status === 'failed' && (
        <ProblemAlert error={effective.state.error} onRetry={effective.reload} />
      )}
      {effective.state.status === 'done' && (
        <PolicyForm
          stored={stored}
          effective={effective.state.data.policy}
          onSubmit={async (settings) => {
            const override = {
              horizonDays: settings.horizonDays,
              maxDurationMinutes: settings.maxDurationMinutes,
              maxActiveBookings: settings.maxActiveBookings,
              closedOnHolidays: settings.closedOnHolidays,
              departmentPriorityDays: settings.departmentPriorityDays,
            };
            const saved = zone
              ? await setZonePolicy(zone.id, override)
              : await setBuildingPolicy(building.id, override);
            const now = await getEffectivePolicy(scope);
            setPolicies((policies) => withPolicy(policies, target, saved));
            effective.update(() => now);
            return t('policies.savedFor', { name });
          }}
        />
      )}
      {stored && (
        <div className="button-row">
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            {t('policies.remove')}
          </button>
        </div>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('policies.remove')}
        message={t('policies.removeConfirm', { name })}
        confirmLabel={t('policies.remove')}
        onClose={() => setConfirming(false)}
        onConfirm={async () => {
          if (zone) await removeZonePolicy(zone.id);
          else await removeBuildingPolicy(building.id);
          setConfirming(false);
          setPolicies((policies) => withPolicy(policies, target, null));
          // The form shows the inherited values afresh; its button is gone, so the focus goes to the heading.
          effective.reload();
          focus('scope-policy-heading');
          announce(t('policies.removed', { name }));
        }}
      />
    </div>
  );
}
