/**
 * The request the Python and Java example clients send (examples/python/client.py, examples/java/Client.java):
 * 中国质量奖 for a 长乐区 organization. The client tests, the README check and the load script all use it, so
 * that what they expect is what the clients really ask.
 */
export const CLIENTS_REQUEST = {
  achievement: {
    kind: 'government_quality_award',
    level: 'national',
    prize: 'award',
    obtainedOn: '2024-05-10',
    recipient: { type: 'organization', registeredIn: '350112' },
  },
  jurisdiction: '350112',
  date: '2024-06-01',
} as const;
