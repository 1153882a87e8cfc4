import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { LoadingState } from '../ui/states';
import { AppShell } from './AppShell';
import { HomeRedirect, RequireRole, RequireSession } from './guards';
import { ANALYST_ROLES } from './navigation';
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
        <Route path="trends" element={<Navigate to="/trends/volume" replace />} />
        <Route
          path="trends/volume"
          element={
            <RequireRole roles={ANALYST_ROLES}>
              <ItemVolumePage />
            </RequireRole>
          }
        />
        <Route path="forms" element={<FormsLayout />}>
          <Route index element={<Navigate to="pulse" replace />} />
          <Route path="pulse" element={<StaffPulsePage />} />
          <Route path="contact" element={<LogContactPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
