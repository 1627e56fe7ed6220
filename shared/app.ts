/** Product identity, shared by the window title, the shell and the installers. */
export const APP_NAME = 'Jobbasen Løn';
export const APP_ID = 'dk.holbaek.jobbasen.lon';
