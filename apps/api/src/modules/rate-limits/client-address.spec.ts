import { countedNetwork } from './client-address';

describe('the network a client address counts as', () => {
  it.each([
    ['127.0.0.1', '127.0.0.1'],
    ['::ffff:10.1.2.3', '10.1.2.3'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002:ffff::1', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
  ])('%s counts as %s', (address, network) => {
    expect(countedNetwork(address)).toBe(network);
  });

  it('counts two addresses of one IPv6 /64 together, and other /64s apart', () => {
    expect(countedNetwork('2001:db8:1:2::a')).toBe(countedNetwork('2001:db8:1:2:ffff::b'));
    expect(countedNetwork('2001:db8:1:2::a')).not.toBe(countedNetwork('2001:db8:1:3::a'));
  });
});
