import { createContext, useContext } from 'react';
import { canEdit, canSetTarget, type Session } from '../data/session';

export interface SessionState {
  /** Undefined in browser-only mode (no server, no accounts) and on a server without accounts (mock). */
  session: Session | undefined;
  signOut(): void;
}

export const SessionContext = createContext<SessionState>({ session: undefined, signOut: () => undefined });

export function useSession(): SessionState & { canEdit: boolean; canSetTarget: boolean } {
  const state = useContext(SessionContext);
  return { ...state, canEdit: canEdit(state.session), canSetTarget: canSetTarget(state.session) };
}
