import { afterEach, describe, expect, it } from 'vitest';
import { allowPageHosts, browserOwn, forgetPageHosts, pageOwn } from '../../scripts/lib/network-recorder';

// What the no-network check lets pass must be narrow: anything else a browser sends fails the suite.
describe('the no-network check', () => {
  afterEach(forgetPageHosts);

  it('passes the browsers’ own calls home only at their exact addresses', () => {
    expect(browserOwn('CONNECT accounts.google.com:443')).toBe(true);
    expect(browserOwn('CONNECT firefox.settings.services.mozilla.com:443')).toBe(true);
    for (const other of [
      'CONNECT accounts.google.com.evil.example:443',
      'GET http://accounts.google.com/collect?text=secret',
      'CONNECT update.googleapis.com:8443',
      'POST http://backstory.invalid/',
      'CONNECT google.com:443',
    ])
      expect(browserOwn(other), other).toBe(false);
  });

  it('counts a request as a saved page’s own only for hosts that page names, and only while it is loaded', () => {
    allowPageHosts(
      '<img src="//cdn.example.com/a.png"><a href="https://News.Example.org/x">x</a><style>p{background:url(http://img.example.net/b.gif)}</style>',
    );
    expect(pageOwn('CONNECT cdn.example.com:443')).toBe(true);
    expect(pageOwn('GET http://news.example.org/x')).toBe(true);
    expect(pageOwn('GET http://img.example.net/b.gif')).toBe(true);
    expect(pageOwn('CONNECT evil.example:443')).toBe(false);
    expect(pageOwn('GET http://example.com/')).toBe(false);
    forgetPageHosts();
    expect(pageOwn('CONNECT cdn.example.com:443')).toBe(false);
  });
});
