import type { ClientConfig, MeResponse, Persona } from '@platzbuch/contracts';
import { http } from './http';

export const getClientConfig = () => http.get<ClientConfig>('/client-config');
export const getMe = () => http.get<MeResponse>('/me');
export const listPersonas = () => http.get<Persona[]>('/dev/personas');
