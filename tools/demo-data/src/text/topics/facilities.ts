import type { TeamText } from '../topic';

export const FACILITIES: TeamText = {
  teamKey: 'facilities',
  rules: {
    teamName: ['Facilities', 'the Workplace team'],
    queue: ['jobs', 'requests', 'call-outs'],
    customerAsk: ['booking rooms by email', 'sit-stand desks', 'more parking'],
    referTo: ['the IT Service Desk', 'the building landlord', 'People Services'],
    info: [
      'tell me exactly which room or desk',
      'send a photo',
      'confirm when you are in the office',
    ],
    option: [
      'move you to a desk on the {floor} floor for now',
      'bring in a portable heater',
      'book the contractor for {weekday}',
      'put a temporary sign up',
    ],
    waitReason: [
      "I've called out the contractor",
      "I've raised it with the landlord's maintenance team",
      "I'm waiting for a quote from the supplier",
    ],
    accept: [
      "That's fixed now; let me know if it happens again.",
      'Sorted: the contractor came this morning.',
    ],
    softNo: [
      "I can't do that straight away, but I've made a temporary arrangement until the contractor comes.",
    ],
    hardNo: ["that isn't something Facilities can do.", "we can't do that in a leased building."],
  },
  topics: [
    {
      key: 'heating',
      weight: 26,
      themeKeys: ['workplace'],
      policyKey: null,
      kinds: { request: 40, complaint: 55, feedback: 5 },
      internalWait: { probability: 0.4, medianHours: 30 },
      rules: {
        subject: ['the heating', 'the office temperature'],
        thing: ['the heating', 'the temperature on the {floor} floor', 'the air conditioning'],
        request: [
          'The {floor} floor is freezing again; is the heating on?',
          'Can someone look at the air conditioning in the {room}? It is 28 degrees.',
          'The radiator by my desk is stone cold.',
        ],
        complaint: [
          "It's been freezing on the {floor} floor for {days} and people are working in coats.",
          "The air conditioning at {site} has been broken all week and it's unbearable.",
          'I reported the heating {count} times and nobody has come.',
        ],
        accept: ['The heating engineer has reset the system; it should be warm within the hour.'],
      },
    },
    {
      key: 'meeting-rooms',
      weight: 22,
      themeKeys: ['workplace'],
      policyKey: 'room-booking-portal',
      kinds: { request: 55, complaint: 35, feedback: 10 },
      internalWait: { probability: 0.08, medianHours: 8 },
      rules: {
        subject: ['room bookings', 'the meeting rooms'],
        thing: ['your room booking', 'the {room}', 'the meeting room'],
        request: [
          'Could you book the {room} for Thursday afternoon? The portal will not let me.',
          'The screen in the {room} has not worked for a week.',
          'Can I book a room for a recurring Monday meeting?',
        ],
        complaint: [
          'Someone took the {room} I had booked and the portal shows no booking at all.',
          'I was told to use the portal, but the portal is down. So how do I book a room?',
          'Every room is booked by people who never turn up.',
        ],
        suggestion: ['Release rooms automatically if nobody checks in after 15 minutes.'],
        softNo: [
          "we can't take bookings by email, but I've sent you the link and the {room} is free at {time} if you book it now.",
        ],
        hardNo: ['room bookings have to go through the portal.'],
        blame: ['You should have booked it through the portal.'],
        exceptionGranted: [
          'Exception granted: booking made by Facilities while the portal was down.',
        ],
        exceptionRefused: ['Exception refused: booking must be made in the portal.'],
      },
    },
    {
      key: 'desks-equipment',
      weight: 20,
      themeKeys: ['workplace'],
      policyKey: null,
      kinds: { request: 85, complaint: 10, compliment: 5 },
      internalWait: { probability: 0.3, medianHours: 60 },
      rules: {
        subject: ['desks and chairs', 'workstation assessments'],
        thing: ['your desk', 'the chair request', 'your workstation assessment'],
        request: [
          'Could I have a sit-stand desk? I have a back condition.',
          'My chair is broken, the height lever does nothing.',
          'Can I get a workstation assessment? My wrists are aching.',
          'We need four more desks on the {floor} floor for the new team.',
        ],
        complaint: [
          'I asked for an adjusted chair {weeks} ago on my doctor’s advice and I’m still waiting.',
        ],
        praise: ['{helperName} had my new chair set up the next morning. Thank you!'],
        waitReason: ["I've ordered the chair from our supplier", "I've booked the assessor"],
        accept: [
          'Your new chair is at your desk.',
          "The desk is in; I've set it to the height in your assessment.",
        ],
      },
    },
    {
      key: 'cleaning-repairs',
      weight: 20,
      themeKeys: ['workplace'],
      policyKey: null,
      kinds: { request: 60, complaint: 35, compliment: 5 },
      internalWait: { probability: 0.35, medianHours: 24 },
      rules: {
        subject: ['building repairs', 'the cleaning'],
        thing: ['the repair', 'the cleaning', 'the leak'],
        request: [
          'The kitchen tap on the {floor} floor is leaking.',
          'A light is out in the stairwell at {site}.',
          'Can the bins in the depot yard be emptied more often?',
          'The lift at {site} is making a grinding noise.',
        ],
        complaint: [
          "The toilets on the {floor} floor haven't been cleaned for days.",
          'The lift has been out of order for {days} and we have colleagues who cannot use the stairs.',
        ],
        praise: ['Thanks to the cleaning team, the office looks brilliant after the refit.'],
        accept: ['The contractor has fixed it this morning.'],
      },
    },
    {
      key: 'parking-access',
      weight: 12,
      themeKeys: ['workplace'],
      policyKey: null,
      kinds: { request: 70, complaint: 30 },
      internalWait: { probability: 0.2, medianHours: 20 },
      rules: {
        subject: ['access passes', 'parking'],
        thing: ['your access pass', 'the parking permit', 'your building access'],
        request: [
          'My access pass stopped opening the depot gate.',
          'Can I have a parking permit for {site}? I am based there on Tuesdays.',
          'I have lost my pass. How do I get a new one?',
        ],
        complaint: [
          'I was locked out of the building at 7 because my pass had been cancelled by mistake.',
          'There are never any spaces left for the people with permits.',
        ],
        accept: ['Your new pass is at reception.', 'Your permit is active from tomorrow.'],
      },
    },
  ],
};
