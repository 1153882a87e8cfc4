import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { LoadingState } from '../ui/states';
import { AppShell } from './AppShell';
import { HomeRedirect, RequireRole, RequireSession } from './guards';
import {
  ADMIN_ROLES,
  ANALYST_ROLES,
  CONFIGURER_ROLES,
  FORM_ROLES,
  MANAGER_ROLES,
  ORGANISER_ROLES,
  STAFF_ROLES,
} from '../session/roles';
import { NotFoundPage } from './NotFoundPage';

// Every page is its own chunk: recharts loads only with the chart page, the forms only with forms.
const LoginPage = lazy(() => import('../features/auth/LoginPage'));
const CustomerFeedbackPage = lazy(
  () => import('../features/customer-feedback/CustomerFeedbackPage'),
);
const FormsLayout = lazy(() => import('../features/forms/FormsLayout'));
const StaffPulsePage = lazy(() => import('../features/staff-pulse/StaffPulsePage'));
const LogContactPage = lazy(() => import('../features/log-contact/LogContactPage'));
const ItemVolumePage = lazy(() => import('../features/volume/ItemVolumePage'));
const ReviewPage = lazy(() => import('../features/review/ReviewPage'));
const TrendsPage = lazy(() => import('../features/trends/TrendsPage'));
const BottlenecksPage = lazy(() => import('../features/bottlenecks/BottlenecksPage'));
const PoliciesPage = lazy(() => import('../features/policies/PoliciesPage'));
const StaffPage = lazy(() => import('../features/staff/StaffPage'));
const ForecastPage = lazy(() => import('../features/forecast/ForecastPage'));
const ExplorerPage = lazy(() => import('../features/explorer/ExplorerPage'));
const EmergingTopicsPage = lazy(() => import('../features/emerging-topics/EmergingTopicsPage'));
const DigestsPage = lazy(() => import('../features/digests/DigestsPage'));
const AttentionPage = lazy(() => import('../features/attention/AttentionPage'));
const FirstContactPage = lazy(() => import('../features/first-contact/FirstContactPage'));
const ItemDetailPage = lazy(() => import('../features/explorer/ItemDetailPage'));
const ActionsPage = lazy(() => import('../features/actions/ActionsPage'));
const ActionPage = lazy(() => import('../features/actions/ActionPage'));
const SettingsLayout = lazy(() => import('../features/settings/SettingsLayout'));
const TeamsSettingsPage = lazy(() => import('../features/settings/TeamsSettingsPage'));
const PoliciesSettingsPage = lazy(() => import('../features/settings/PoliciesSettingsPage'));
const ThemesSettingsPage = lazy(() => import('../features/settings/ThemesSettingsPage'));
const ServiceLevelsSettingsPage = lazy(
  () => import('../features/settings/ServiceLevelsSettingsPage'),
);
const UsersSettingsPage = lazy(() => import('../features/settings/UsersSettingsPage'));
const ApiKeysSettingsPage = lazy(() => import('../features/settings/ApiKeysSettingsPage'));
const AnalysisSettingsPage = lazy(() => import('../features/settings/AnalysisSettingsPage'));
const AlertsPage = lazy(() => import('../features/alerts/AlertsPage'));
const MyItemsPage = lazy(() => import('../features/my-items/MyItemsPage'));

const pageFallback = <LoadingState label="Loading page…" />;

export function AppRoutes() {
  return (
    <Routes>
      <Route
        path="/login"
        element={
          <Suspense fallback={pageFallback}>
            <LoginPage />
          </Suspense>
        }
      />
      <Route
        path="/feedback"
        element={
          <Suspense fallback={pageFallback}>
            <CustomerFeedbackPage />
          </Suspense>
        }
      />
      <Route
        element={
          <RequireSession>
            <AppShell />
          </RequireSession>
        }
      >
        <Route index element={<HomeRedirect />} />
        <Route
          path="review"
          element={
            <RequireRole roles={MANAGER_ROLES}>
              <ReviewPage />
            </RequireRole>
          }
        />
        <Route
          path="trends"
          element={
            <RequireRole roles={ANALYST_ROLES}>
              <TrendsPage />
            </RequireRole>
          }
        />
        <Route
          path="bottlenecks"
          element={
            <RequireRole roles={ANALYST_ROLES}>
              <BottlenecksPage />
            </RequireRole>
          }
        />
        <Route
          path="policies"
          element={
            <RequireRole roles={ANALYST_ROLES}>
              <PoliciesPage />
            </RequireRole>
          }
        />
        <Route
          path="staff"
          element={
            <RequireRole roles={MANAGER_ROLES}>
              <StaffPage />
            </RequireRole>
          }
        />
        <Route
          path="forecast"
          element={
            <RequireRole roles={MANAGER_ROLES}>
              <ForecastPage />
            </RequireRole>
          }
        />
        <Route
          path="trends/volume"
          element={
            <RequireRole roles={ANALYST_ROLES}>
              <ItemVolumePage />
            </RequireRole>
          }
        />
        <Route
          path="topics"
          element={
            <RequireRole roles={ANALYST_ROLES}>
              <EmergingTopicsPage />
            </RequireRole>
          }
        />
        <Route
          path="digests"
          element={
            <RequireRole roles={MANAGER_ROLES}>
              <DigestsPage />
            </RequireRole>
          }
        />
        <Route
          path="alerts"
          element={
            <RequireRole roles={ORGANISER_ROLES}>
              <AlertsPage />
            </RequireRole>
          }
        />
        <Route
          path="attention"
          element={
            <RequireRole roles={ANALYST_ROLES}>
              <AttentionPage />
            </RequireRole>
          }
        />
        <Route
          path="first-contact"
          element={
            <RequireRole roles={ANALYST_ROLES}>
              <FirstContactPage />
            </RequireRole>
          }
        />
        <Route
          path="explorer"
          element={
            <RequireRole roles={ANALYST_ROLES}>
              <ExplorerPage />
            </RequireRole>
          }
        />
        <Route
          path="explorer/items/:id"
          element={
            // Staff open the items they logged or handled (the API's row scope) to reply or decide.
            <RequireRole roles={FORM_ROLES}>
              <ItemDetailPage />
            </RequireRole>
          }
        />
        <Route
          path="actions"
          element={
            <RequireRole roles={ANALYST_ROLES}>
              <ActionsPage />
            </RequireRole>
          }
        />
        <Route
          path="actions/new"
          element={
            <RequireRole roles={ANALYST_ROLES}>
              <ActionPage />
            </RequireRole>
          }
        />
        <Route
          path="actions/:id"
          element={
            <RequireRole roles={ANALYST_ROLES}>
              <ActionPage />
            </RequireRole>
          }
        />
        <Route
          path="settings"
          element={
            <RequireRole roles={CONFIGURER_ROLES}>
              <SettingsLayout />
            </RequireRole>
          }
        >
          <Route
            path="teams"
            element={
              <RequireRole roles={ORGANISER_ROLES}>
                <TeamsSettingsPage />
              </RequireRole>
            }
          />
          <Route path="policies" element={<PoliciesSettingsPage />} />
          <Route path="themes" element={<ThemesSettingsPage />} />
          <Route
            path="service-levels"
            element={
              <RequireRole roles={ORGANISER_ROLES}>
                <ServiceLevelsSettingsPage />
              </RequireRole>
            }
          />
          <Route
            path="users"
            element={
              <RequireRole roles={ADMIN_ROLES}>
                <UsersSettingsPage />
              </RequireRole>
            }
          />
          <Route
            path="api-keys"
            element={
              <RequireRole roles={ADMIN_ROLES}>
                <ApiKeysSettingsPage />
              </RequireRole>
            }
          />
          <Route path="analysis" element={<AnalysisSettingsPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
        <Route
          path="forms"
          element={
            <RequireRole roles={FORM_ROLES}>
              <FormsLayout />
            </RequireRole>
          }
        >
          <Route index element={<Navigate to="pulse" replace />} />
          <Route path="pulse" element={<StaffPulsePage />} />
          <Route path="contact" element={<LogContactPage />} />
        </Route>
        <Route
          path="my-items"
          element={
            <RequireRole roles={STAFF_ROLES}>
              <MyItemsPage />
            </RequireRole>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
