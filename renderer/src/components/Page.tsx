import { useEffect, useRef, type ReactNode } from 'react';
import { APP_NAME } from '../../../shared/app';
import type { Status } from './useProgressTask';

/** A screen: its heading (focused after navigation from the menu), actions and content. */
export function Page({
  title,
  subtitle,
  actions,
  children,
  className,
}: {
  title: string;
  subtitle?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const h1 = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – ${APP_NAME}`;
  }, [title]);
  useEffect(() => {
    // Coming from the menu, move focus to the new screen so keyboard users start there.
    if (document.activeElement?.closest('nav')) h1.current?.focus();
  }, []);
  return (
    <section className={`page ${className ?? ''}`}>
      <div className="page-head">
        <div>
          <h1 ref={h1} tabIndex={-1}>
            {title}
          </h1>
          {subtitle ? <p className="subtitle">{subtitle}</p> : null}
        </div>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </div>
      {children}
    </section>
  );
}

export function Card({
  title,
  children,
  className,
  actions,
  headingLevel = 2,
}: {
  title?: string;
  children: ReactNode;
  className?: string;
  actions?: ReactNode;
  headingLevel?: 2 | 3;
}) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className={`card ${className ?? ''}`}>
      {title || actions ? (
        <div className="card-head">
          {title ? <H>{title}</H> : null}
          {actions ? <div className="card-actions">{actions}</div> : null}
        </div>
      ) : null}
      {children}
    </section>
  );
}

export function Notice({
  kind = 'info',
  children,
}: {
  kind?: 'info' | 'warning' | 'error' | 'success';
  children: ReactNode;
}) {
  return (
    <div className={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

/** The sentence after an action (useProgressTask), or nothing. */
export function StatusNotice({ status }: { status: Status | null }) {
  return status ? <Notice kind={status.kind}>{status.text}</Notice> : null;
}
