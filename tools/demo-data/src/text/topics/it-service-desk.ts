import type { TeamText } from '../topic';

export const IT_SERVICE_DESK: TeamText = {
  teamKey: 'it-service-desk',
  rules: {
    teamName: ['IT Service Desk', 'the Service Desk'],
    queue: ['tickets', 'calls', 'access requests'],
    customerAsk: ['faster laptop replacements', 'self-service password resets', 'admin rights'],
    referTo: ['Facilities', 'the infrastructure team', 'People Services'],
    software: [
      'the diagram software',
      'the CRM',
      'the reporting tool',
      'the scheduling system',
      'the finance system',
      'the survey tool',
      'the PDF editor',
      'the route planner',
    ],
    kit: [
      'monitor',
      'headset',
      'docking station',
      'keyboard',
      'mouse',
      'webcam',
      'laptop stand',
      'mobile phone',
    ],
    drive: [
      'the finance shared drive',
      'the projects folder',
      'the customer reports drive',
      'the team site',
    ],
    info: [
      'send the asset tag from the bottom of the laptop',
      'send a screenshot of the error',
      "confirm your line manager's name",
      'tell me when you are next in the office',
    ],
    option: [
      'lend you a spare while we wait',
      'book you a slot at the walk-up desk',
      'remote in and fix it now',
      'courier it to your home address',
    ],
    waitReason: [
      "I've asked your line manager to approve it",
      "I've passed it to the infrastructure team",
      "I'm waiting for the supplier to confirm delivery",
    ],
    accept: [
      "That's done. Restart your laptop and it should all work.",
      "All sorted; I've closed the ticket, but reply if it comes back.",
    ],
    softNo: [
      "I can't do that remotely, but if you pop up to the walk-up desk we'll sort it in ten minutes.",
    ],
    hardNo: [
      "that isn't something we support.",
      "we can't install software that hasn't been approved by security.",
    ],
  },
  topics: [
    {
      key: 'laptop-request',
      weight: 16,
      themeKeys: ['it-equipment'],
      policyKey: 'laptop-approval',
      kinds: { request: 85, complaint: 12, feedback: 3 },
      // The director approval step is the bottleneck the improvement action removes.
      internalWait: { probability: 0.9, medianHours: 120 },
      rules: {
        subject: ['laptop replacements', 'getting a new laptop'],
        thing: ['your laptop request', 'the replacement laptop', 'your new laptop'],
        request: [
          'My laptop battery lasts about twenty minutes now, can I get a replacement?',
          'My laptop ({assetTag}) is five years old and takes ten minutes to start. Can it be replaced?',
          'The screen on my laptop has cracked. What do I need to do to get a new one?',
          'I need a laptop for a new member of my team who starts on {weekday}.',
          'Could I swap my laptop for a lighter one? I travel between sites every week.',
        ],
        complaint: [
          "I've been waiting {weeks} for a replacement laptop because it's still with a director for approval.",
          "My laptop died {days} ago and I'm working on a borrowed one that can't run {software}.",
          'Why does a like-for-like replacement need a director to sign it off? Mine is broken.',
        ],
        suggestion: ['Let line managers approve standard laptop replacements.'],
        info: ['send the asset tag from the bottom of the laptop', 'confirm your cost centre'],
        waitReason: [
          "I've sent the request to your director for approval",
          "It's waiting for director sign-off before we can order it",
          "I'm chasing the director's approval",
        ],
        accept: [
          'Your new laptop is ready to collect from the walk-up desk; bring the old one with you.',
          'The replacement laptop is set up and on its way to {site}.',
        ],
        softNo: [
          "I can't order a new one without approval, but I can lend you a spare laptop from the pool today.",
        ],
        hardNo: ["we can't order a laptop without director approval."],
        blame: ['You should have got the approval before raising the ticket.'],
        exceptionGranted: [
          'Exception granted: laptop replaced without director approval, device failed.',
        ],
        exceptionRefused: ['Exception refused: director approval still required.'],
        staffReport: [
          'Laptop tickets sit for a week waiting for a director to click approve. People ring us every day to chase.',
        ],
      },
    },
    {
      key: 'password-reset',
      weight: 22,
      themeKeys: ['account-access', 'it-access'],
      policyKey: 'password-callback',
      kinds: { request: 80, complaint: 15, feedback: 5 },
      internalWait: { probability: 0.03, medianHours: 4 },
      rules: {
        subject: ['password resets', 'lock-outs'],
        thing: ['your password reset', 'your account', 'getting you back in'],
        request: [
          "I'm locked out of my account after too many attempts, please can you reset it?",
          'My password expired while I was on leave and now I cannot log in.',
          "I can't get into {software}, it says my account is disabled.",
          'The self-service reset sends a code to my old phone.',
        ],
        complaint: [
          "I've been locked out since 9 and I'm still waiting for the callback.",
          'The callback went to my desk phone while I was working from home, so now I wait again.',
          'I have been locked out three times this week by the new password rules.',
        ],
        suggestion: [
          'Let us reset passwords with an authenticator app instead of waiting for a callback.',
        ],
        info: ['confirm a number we can call you back on', 'tell me your employee number'],
        accept: ["I've reset your password; you'll be asked to change it when you log in."],
        softNo: [
          "I can't reset it without the callback, but I can call your mobile right now if you give me the number.",
        ],
        hardNo: ["we can't reset a password without the callback check."],
        exceptionGranted: ['Exception granted: identity confirmed in person at the desk.'],
        exceptionRefused: ['Exception refused: no callback number on file.'],
      },
    },
    {
      key: 'software-access',
      weight: 24,
      themeKeys: ['it-access'],
      policyKey: null,
      kinds: { request: 90, complaint: 8, feedback: 2 },
      internalWait: { probability: 0.35, medianHours: 16 },
      rules: {
        subject: ['access requests', 'software licences'],
        thing: ['your access request', 'access to {drive}', 'the licence for {software}'],
        request: [
          'I need access to {drive} for month end.',
          'Can I get a licence for {software}? My manager has agreed.',
          'Please can you install {software} on my laptop?',
          "I've moved teams and need the same access as the rest of my new team.",
          'My permissions were removed after the update and I cannot open {drive}.',
        ],
        complaint: [
          'I asked for access to {drive} {days} ago and still cannot do my job.',
          "My access to {software} was removed without warning and now I'm locked out mid-project.",
        ],
        info: ["confirm your line manager's name", 'tell me exactly which folder you need'],
        waitReason: [
          "I've asked the owner of {drive} to approve access",
          "I'm waiting for a licence to be freed up",
        ],
        accept: [
          "You've now got access; it can take an hour to show up.",
          "{Software} is installed; restart and it's on your start menu.",
        ],
      },
    },
    {
      key: 'peripherals',
      weight: 14,
      themeKeys: ['it-equipment'],
      policyKey: null,
      kinds: { request: 90, complaint: 5, compliment: 5 },
      internalWait: { probability: 0.12, medianHours: 24 },
      rules: {
        subject: ['headsets and monitors', 'desk kit'],
        thing: ['your {kit}', 'the new {kit}'],
        request: [
          'My headset mic has stopped working and I am on calls all day.',
          'Could I have a second monitor for my desk at {site}?',
          'My docking station no longer charges my laptop.',
          'I need a webcam for interviews next week.',
          'The keyboard on my desk is missing two keys.',
        ],
        complaint: ['I asked for a replacement {kit} {weeks} ago and nothing has happened.'],
        praise: ['{helperName} brought a new {kit} to my desk within the hour. Brilliant service.'],
        accept: [
          'A new {kit} is on its way to you.',
          'Your {kit} is at the walk-up desk, ready to collect.',
        ],
      },
    },
    {
      key: 'vpn-network',
      weight: 14,
      themeKeys: ['it-access'],
      policyKey: null,
      kinds: { request: 50, complaint: 45, feedback: 5 },
      internalWait: { probability: 0.2, medianHours: 12 },
      rules: {
        subject: ['the VPN', 'the Wi-Fi'],
        thing: ['the VPN problem', 'your connection', 'the Wi-Fi at {site}'],
        request: [
          'The VPN drops every ten minutes when I work from home.',
          "I can't connect to the Wi-Fi on the {floor} floor.",
          'How do I connect to the network from the {site}?',
        ],
        complaint: [
          'The VPN has been unusable for {days} and I keep losing work.',
          'The Wi-Fi at {site} is down again and nobody tells us when it will be back.',
          'Every morning the VPN fails and I lose half an hour.',
        ],
        suggestion: ['Post outages on the intranet so we stop raising the same ticket.'],
        waitReason: ["I've passed it to the network team"],
        accept: [
          'The network team have replaced the access point; the Wi-Fi should be stable now.',
        ],
      },
    },
    {
      key: 'new-starter-it',
      weight: 10,
      themeKeys: ['onboarding', 'it-equipment'],
      policyKey: null,
      kinds: { request: 80, complaint: 15, compliment: 5 },
      internalWait: { probability: 0.3, medianHours: 30 },
      rules: {
        subject: ['new starter set-ups', 'kit for new starters'],
        thing: ["your new starter's set-up", 'the new starter kit'],
        request: [
          'We have a new starter on {weekday} and need a laptop, phone and logins ready.',
          'Please set up accounts for two seasonal staff starting next week.',
          'Can the new starter have the same access as {firstName} in my team?',
        ],
        complaint: [
          'My new team member started on Monday and still has no login after {days}.',
          'Our new starter sat for two days with nothing to do because the laptop was not ready.',
        ],
        praise: ['Everything was ready for our new starter on day one. Thank you, {helperName}.'],
        waitReason: [
          'The laptop is waiting for stock',
          "I'm waiting for People Services to confirm the start date",
        ],
        accept: [
          'Everything is set up for your new starter, and the laptop will be at reception on day one.',
        ],
      },
    },
  ],
};
