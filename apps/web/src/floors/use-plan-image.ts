import type { FloorPlanView } from '@platzbuch/contracts';
import { useEffect, useState } from 'react';
import { fetchPlan } from '../api/locations';

export type PlanImage = { status: 'none' | 'loading' | 'failed' } | { status: 'ready'; src: string };

/** The plan as an object URL for `<img>`, revoked when the plan changes or the page goes. */
export function usePlanImage(plan: FloorPlanView | null): PlanImage {
  const [image, setImage] = useState<PlanImage>({ status: plan ? 'loading' : 'none' });
  const url = plan?.url;
  const version = plan?.updatedAt;

  useEffect(() => {
    if (!url) {
      setImage({ status: 'none' });
      return;
    }
    const controller = new AbortController();
    let src: string | undefined;
    setImage({ status: 'loading' });
    fetchPlan(url, controller.signal).then(
      (blob) => {
        if (controller.signal.aborted) return;
        src = URL.createObjectURL(blob);
        setImage({ status: 'ready', src });
      },
      () => {
        if (!controller.signal.aborted) setImage({ status: 'failed' });
      },
    );
    return () => {
      controller.abort();
      if (src) URL.revokeObjectURL(src);
    };
  }, [url, version]);

  return image;
}
