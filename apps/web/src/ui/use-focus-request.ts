import { useEffect, useState } from 'react';

/**
 * Moves the focus to an element (by id) once the render that removed the focused control is
 * committed. Run as an effect, it comes after a closing dialog has handed the focus back to its
 * opener, which may be gone by then (the "remove" button of what was just removed).
 */
export function useFocusRequest(): (elementId: string) => void {
  const [request, setRequest] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (request) document.getElementById(request.id)?.focus();
  }, [request]);
  return (id) => setRequest({ id });
}
