/** The national secretariat works in Danish; its shared mailbox gets Danish mails. */
export const SECRETARIAT_LOCALE = 'da' as const;
