import { addressesRefusal, addressRefusal, hostRefusal } from './webhook-address';

/** The host as the URL parser gives it (it already turns 2130706433 and 0177.0.0.1 into 127.0.0.1). */
const hostOf = (url: string) => new URL(url).hostname;

describe('which addresses a webhook may reach', () => {
  it.each([
    ['loopback', 'http://127.0.0.1/hook', 'loopback'],
    ['loopback, elsewhere in 127/8', 'http://127.8.9.10/hook', 'loopback'],
    ['IPv6 loopback', 'http://[::1]/hook', 'loopback'],
    ['the cloud metadata service (link-local)', 'http://169.254.169.254/latest', 'linkLocal'],
    ['IPv6 link-local', 'http://[fe80::1]/hook', 'linkLocal'],
    ['10/8', 'http://10.1.2.3/hook', 'private'],
    ['172.16/12', 'http://172.20.0.1/hook', 'private'],
    ['192.168/16', 'http://192.168.1.1/hook', 'private'],
    ['fc00::/7 (unique local)', 'http://[fd12:3456::1]/hook', 'uniqueLocal'],
    ['multicast', 'http://224.0.0.1/hook', 'multicast'],
    ['IPv6 multicast', 'http://[ff02::1]/hook', 'multicast'],
    ['unspecified', 'http://0.0.0.0/hook', 'unspecified'],
    ['"0", which means 0.0.0.0', 'http://0/hook', 'unspecified'],
    ['IPv6 unspecified', 'http://[::]/hook', 'unspecified'],
    ['IPv4-mapped IPv6 loopback', 'http://[::ffff:127.0.0.1]/hook', 'loopback'],
    ['IPv4-mapped IPv6 metadata', 'http://[::ffff:169.254.169.254]/hook', 'linkLocal'],
    ['decimal loopback', 'http://2130706433/hook', 'loopback'],
    ['octal loopback', 'http://0177.0.0.1/hook', 'loopback'],
    ['hex, short-form loopback', 'http://0x7f.1/hook', 'loopback'],
    ['NAT64 of loopback', 'http://[64:ff9b::7f00:1]/hook', 'rfc6052'],
    ['6to4 of loopback', 'http://[2002:7f00:1::]/hook', '6to4'],
    ['a documentation address (reserved)', 'http://192.0.2.1/hook', 'reserved'],
  ])('refuses %s', (_what, url, range) => {
    expect(hostRefusal(hostOf(url), false)).toMatch(new RegExp(`is a ${range} address$`));
  });

  it.each(['localhost', 'LOCALHOST.', 'api.localhost'])('refuses the local name %s', (name) => {
    expect(hostRefusal(hostOf(`http://${name}/hook`), false)).toMatch(/names this host/);
  });

  it('lets public addresses and names through (names are judged by what they resolve to)', () => {
    expect(hostRefusal(hostOf('https://93.184.215.14/hook'), false)).toBeNull();
    expect(hostRefusal(hostOf('https://[2606:4700::1111]/hook'), false)).toBeNull();
    expect(hostRefusal(hostOf('https://hooks.slack.com/services/x'), false)).toBeNull();
  });

  it('opens loopback and private networks only when the deployment allows them, never link-local, multicast or unspecified', () => {
    for (const address of ['127.0.0.1', '::1', '10.0.0.1', '192.168.0.9', 'fd00::1']) {
      expect(addressRefusal(address, true)).toBeNull();
      expect(addressRefusal(address, false)).not.toBeNull();
    }
    for (const address of ['169.254.169.254', 'fe80::1', '224.0.0.1', '0.0.0.0', '::']) {
      expect(addressRefusal(address, true)).not.toBeNull();
    }
    expect(hostRefusal('localhost', true)).toBeNull();
  });

  it('refuses a name when any one of its addresses is refused', () => {
    expect(addressesRefusal(['93.184.215.14'], false)).toBeNull();
    expect(addressesRefusal(['93.184.215.14', '127.0.0.1'], false)).toBe(
      '127.0.0.1 is a loopback address',
    );
    expect(addressesRefusal(['::ffff:10.0.0.1'], false)).toBe('10.0.0.1 is a private address');
    expect(addressesRefusal([], false)).toBe('the name has no address');
  });
});
