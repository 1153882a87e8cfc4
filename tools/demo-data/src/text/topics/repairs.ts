import type { TeamText } from '../topic';

export const REPAIRS: TeamText = {
  teamKey: 'repairs',
  rules: {
    teamName: ['Repairs & Installations', 'the Repairs team'],
    queue: ['jobs', 'bookings', 'callbacks'],
    customerAsk: ['timed appointments', 'evening slots', 'a text when the engineer is on the way'],
    referTo: ['our Billing team', 'Customer Care', 'the manufacturer'],
    impact: [
      "I've now taken {count} days off work waiting in.",
      'My elderly mum relies on it, so this really matters.',
      'I have a young family and this has been a nightmare.',
      "I've been a customer for {count} years and I've never been treated like this.",
      'This is the second time this has happened.',
      "I'm really disappointed.",
      "Frankly it's not good enough.",
      "I've wasted hours on this already.",
    ],
    info: [
      'send the model number from the label inside the door',
      'send a photo of the error code',
      'let me know which days you are in',
      'confirm the fault is still happening',
    ],
    option: [
      'book the first morning slot on {weekday}',
      'put you on the cancellation list',
      'send an engineer with the part already on the van',
      'arrange a call from the engineer before the visit',
    ],
    waitReason: [
      "I've ordered the part and I'm waiting for a delivery date",
      "I've asked the field manager to look at the schedule",
      "I've sent the engineer's report to the warranty team",
    ],
    accept: [
      "I've booked an engineer for {weekday} morning ({jobNo}).",
      'The engineer has fitted the new part and the job is complete.',
    ],
    softNo: [
      "I can't get anyone out sooner, but I've put you on the cancellation list and flagged it as urgent.",
    ],
    hardNo: ["we can't book a repair for that appliance."],
  },
  topics: [
    {
      key: 'book-engineer',
      weight: 26,
      themeKeys: ['appointments'],
      policyKey: 'engineer-window',
      kinds: { request: 75, complaint: 20, feedback: 5 },
      internalWait: { probability: 0.1, medianHours: 20 },
      rules: {
        subject: ['engineer appointments', 'booking a repair'],
        thing: ['your engineer visit', 'the appointment', 'booking {jobNo}'],
        request: [
          'Can I book an engineer to look at my {appliance}? It is making a grinding noise.',
          'I need to move my appointment on {weekday}, something has come up.',
          'Is there any chance of an early morning slot? I start work at 10.',
          'My {appliance} has stopped heating, when is the earliest you can come?',
          'Please can the engineer call before arriving, I work from home.',
        ],
        complaint: [
          "A four-hour window is useless. I've had to take a whole day off again.",
          'The earliest appointment you could offer was in {weeks}.',
          "I booked a morning slot and the engineer turned up at 3, after I'd gone to collect my kids.",
        ],
        suggestion: [
          'Give a one-hour window on the day.',
          'Offer evening or Saturday appointments.',
        ],
        softNo: [
          "I can't narrow the window, but the engineer will ring you 30 minutes before arriving.",
          "we can't offer a timed slot, but I've booked you first on the engineer's list that morning.",
        ],
        hardNo: ["we can't offer appointments outside the morning and afternoon windows."],
        exceptionGranted: ['Exception granted: timed 8am slot agreed for a vulnerable customer.'],
        exceptionRefused: ['Exception refused: timed slot not available.'],
      },
    },
    {
      key: 'missed-visit',
      weight: 18,
      themeKeys: ['appointments', 'communication'],
      policyKey: null,
      kinds: { complaint: 85, request: 15 },
      internalWait: { probability: 0.1, medianHours: 18 },
      rules: {
        subject: ['missed engineer visits', 'engineers not turning up'],
        thing: ['the missed appointment', 'your engineer visit', 'the visit that did not happen'],
        request: ['The engineer did not come today, can you rebook for {weekday}?'],
        complaint: [
          'The engineer did not turn up and nobody rang to say.',
          "I waited in from 8 to 12 on {weekday} for an engineer who never came. That's the {nth} time.",
          'Your system says the engineer called and we were out. We were in all day.',
          'The engineer arrived without the part, so the whole visit was wasted.',
        ],
        accept: [
          "I'm sorry we let you down. I've booked the first slot on {weekday} and added {smallAmount} to your account for the missed visit.",
        ],
        softNo: [
          "I can't get an engineer out today, but I've booked the first slot tomorrow and added a credit for the missed visit.",
        ],
        hardNo: ["we don't compensate for rescheduled visits."],
        blame: ['The engineer reported that nobody answered the door, so you should have been in.'],
      },
    },
    {
      key: 'warranty-claim',
      weight: 16,
      themeKeys: ['product-faults'],
      policyKey: 'warranty-registration',
      kinds: { request: 60, complaint: 35, feedback: 5 },
      internalWait: { probability: 0.3, medianHours: 40 },
      rules: {
        subject: ['warranty claims', 'the extended warranty'],
        thing: [
          'your warranty claim',
          'the repair under warranty',
          'the warranty on your {appliance}',
        ],
        request: [
          'My {appliance} is eight months old and the drum has stopped turning. Is it covered by the warranty?',
          "Can I claim on the extended warranty? I'm not sure I registered the product.",
          'The door seal on my {appliance} has split. I bought it from you last year.',
        ],
        complaint: [
          "You've refused my warranty claim because I didn't register the {appliance} within 28 days. Nobody told me I had to.",
          'The warranty was the reason I paid extra, and now you say it does not count.',
          'I registered my {appliance} online and your system has no record of it.',
        ],
        info: [
          'send the proof of purchase and the serial number',
          'send the registration confirmation email if you have it',
        ],
        softNo: [
          "as the product wasn't registered it's not covered for free, but I can book a repair at a reduced fixed price of {amount}.",
        ],
        hardNo: ['unregistered products are not covered by the extended warranty.'],
        blame: [
          'You failed to register the product within 28 days.',
          'You should have registered the product when you bought it.',
        ],
        exceptionGranted: ['Exception granted: registration accepted late, purchase confirmed.'],
        exceptionRefused: ['Exception refused: product not registered within 28 days.'],
      },
    },
    {
      key: 'repeat-fault',
      weight: 16,
      themeKeys: ['product-faults'],
      policyKey: null,
      kinds: { complaint: 70, request: 30 },
      internalWait: { probability: 0.25, medianHours: 36 },
      rules: {
        subject: ['repeat repairs', 'faults that keep coming back'],
        thing: ['the repeat fault', 'your {appliance} repair', 'job {jobNo}'],
        request: [
          'The same fault is back on my {appliance}, two weeks after the repair.',
          'Can a senior engineer look at my {appliance}? The last two visits did not fix it.',
        ],
        complaint: [
          "This is the {nth} engineer visit for the same fault on my {appliance} and it's still leaking.",
          'Your engineer replaced a part, charged me {amount}, and the fault came back the next day.',
          "Water is leaking from under the {appliance} again and I've had to turn it off at the mains.",
          'Three visits, three different explanations, and it still does not work.',
        ],
        option: ['send a senior engineer', 'replace the appliance under the plan'],
        waitReason: [
          "I've asked our technical team to review the three job reports",
          "I've requested a replacement from the manufacturer",
        ],
        accept: [
          'Given the repeat visits, we will replace the {appliance}; delivery is booked for {weekday}.',
        ],
        softNo: [
          "we can't replace it outright, but a senior engineer will visit on {weekday} and we'll waive the call-out charge.",
        ],
        hardNo: ["we can't replace the appliance as it is repairable."],
      },
    },
    {
      key: 'installation',
      weight: 14,
      themeKeys: ['appointments'],
      policyKey: null,
      kinds: { request: 55, complaint: 25, compliment: 20 },
      internalWait: { probability: 0.15, medianHours: 24 },
      rules: {
        subject: ['installations'],
        thing: ['your installation', 'the installation of your {appliance}'],
        request: [
          'Can I book installation for the {appliance} I ordered online?',
          'Does installation include taking the old {appliance} away?',
          'The installer said he needs a different valve. What happens now?',
        ],
        complaint: [
          'The installer left without connecting the water, so I still cannot use my {appliance}.',
          'Installation was booked and paid for, and the crew said it was not their job.',
          'The installers left a mess and a scratch down my kitchen cupboard.',
        ],
        praise: [
          'The installer fitted my {appliance} neatly, explained everything and tidied up.',
          '{helperName} booked my installation and the engineer was spot on.',
        ],
        accept: ['An installer will come back on {weekday} to finish the job at no charge.'],
      },
    },
    {
      key: 'engineer-praise',
      weight: 10,
      themeKeys: ['staff-attitude'],
      policyKey: null,
      kinds: { compliment: 85, feedback: 15 },
      internalWait: { probability: 0, medianHours: 1 },
      rules: {
        subject: ['the engineers'],
        thing: ['the repair', 'your engineer visit'],
        praise: [
          'The engineer who fixed my {appliance} today was friendly, quick and explained what went wrong.',
          'Please thank the engineer who came on {weekday}. He found a fault two others missed.',
          'Your engineer went out of his way to get a part the same day.',
        ],
        suggestion: [
          'It would be nice to get a text with the engineer’s name and photo before the visit.',
        ],
      },
    },
  ],
};
