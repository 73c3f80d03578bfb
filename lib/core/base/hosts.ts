/** Whether `host` is `site` or one of its subdomains: `ar.mehrnews.com` is on `mehrnews.com`, `theafricareport.com` is not on `rt.com`. */
export const onSite = (host: string, site: string) => host === site || host.endsWith(`.${site}`);
