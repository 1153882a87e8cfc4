import type { TeamText } from '../topic';

export const CUSTOMER_CARE: TeamText = {
  teamKey: 'customer-care',
  rules: {
    teamName: ['Customer Care'],
    queue: ['calls', 'chats', 'emails'],
    customerAsk: [
      'a callback instead of holding',
      'help cancelling online',
      'a straight answer on what the plan covers',
    ],
    referTo: ['our Billing team', 'the Repairs team', 'our Online Orders team'],
    info: [
      'confirm the postcode on your account',
      'send me the account number from your last bill',
      'reply with the best time to call you',
      'confirm the email address you registered with',
    ],
    option: [
      'call you back at a time that suits',
      'send everything in writing',
      'add a note to your account so nobody asks again',
      'put a goodwill credit of {smallAmount} on your account',
    ],
    waitReason: [
      "I've asked the team that handles this to take a look",
      "I've passed this to my team leader for a decision",
      "I'm waiting on a colleague in another team",
    ],
    accept: [
      "I've sorted this and updated your account.",
      "That's all done now, and I've added a note so it doesn't happen again.",
    ],
    softNo: ["we can't do that ourselves, but I've arranged for the right team to call you."],
    hardNo: ["we're not able to help with this.", "we can't make that change."],
  },
  topics: [
    {
      key: 'account-details',
      weight: 22,
      themeKeys: ['account-access'],
      policyKey: 'id-verification',
      kinds: { request: 70, complaint: 20, feedback: 8, compliment: 2 },
      internalWait: { probability: 0.06, medianHours: 12 },
      rules: {
        subject: ['account changes', 'updating account details', 'the online account'],
        thing: ['your account details', 'the change to your account', 'your online account'],
        request: [
          "I've moved house and need to update my address on the account.",
          'Please can you change the phone number on my account to a new mobile?',
          "I'd like to add my partner as a second account holder.",
          'My name has changed since I got married, how do I update it on the account?',
          "I can't log in to my online account and the reset email never arrives.",
          'Can you switch my letters to email only please?',
          'I need the bank details on my account changed before the next payment.',
        ],
        complaint: [
          "I failed your security questions three times because I can't remember a password I set years ago, and now I'm locked out.",
          "I've asked twice for my address to be updated and letters are still going to my old house.",
          'Your online account keeps logging me out and now says my details are wrong.',
          'I was asked for a one-time code that never arrived, so nobody would talk to me about my own account.',
          'Somebody changed my contact details without my permission and I only found out from a letter.',
        ],
        suggestion: [
          'Let people change their address online instead of having to phone.',
          'The security questions are too strict; a text code would be far easier.',
        ],
        info: [
          'answer a couple of security questions for me',
          'confirm the postcode on your account',
        ],
        accept: [
          "I've updated your details and you'll get a confirmation email shortly.",
          'Your account is updated and the old details have been removed.',
        ],
        softNo: [
          "we can't make that change over chat without a security check, but I can send a one-time code to your mobile and finish it now.",
          "I can't make the change until the security check is done, but I can put a note on the account and call you back at a time that suits to finish it.",
        ],
        hardNo: [
          "we can't change account details without passing the identity check.",
          "we can't add a second account holder without them being present.",
        ],
        blame: [
          'You should have told us when you moved.',
          'You failed the security questions, so I cannot discuss the account.',
        ],
        exceptionGranted: [
          'Exception granted: identity confirmed by a posted letter instead of the questions.',
        ],
        exceptionRefused: ['Exception refused: caller could not be verified.'],
      },
    },
    {
      key: 'service-plans',
      weight: 20,
      themeKeys: ['pricing'],
      policyKey: null,
      kinds: { request: 45, complaint: 30, feedback: 15, compliment: 10 },
      internalWait: { probability: 0.1, medianHours: 20 },
      rules: {
        subject: ['service plans', 'plan renewals', 'what the plan covers'],
        thing: ['your service plan', 'the plan renewal', 'your boiler cover'],
        request: [
          'What does my service plan actually cover? I want to know before I book a repair.',
          'Can I move my {appliance} onto the cheaper plan?',
          "I'd like to add my {appliance} to my existing service plan.",
          'When does my plan renew, and what will the new price be?',
          'Is there a discount if I pay for the year up front?',
        ],
        complaint: [
          'My service plan renewal went up from {smallAmount} to {smallAmount} a month with no explanation.',
          "I've paid for cover for {count} years and the first time I claim, you tell me it's not included.",
          'The plan was sold to me as covering everything and now I find parts are extra.',
          'Nobody told me the plan would renew automatically at a higher price.',
        ],
        suggestion: [
          'Send a reminder a month before renewal with the new price, not after it has gone out.',
          'A simple one-page summary of what the plan covers would avoid a lot of confusion.',
        ],
        option: [
          'move you to the basic plan',
          'freeze your price for another year',
          'pause the plan for three months',
        ],
        accept: [
          "I've applied the loyalty discount, so your plan stays at last year's price.",
          "I've moved you to the plan that matches what you use.",
        ],
        softNo: [
          "we can't reverse the renewal price, but I can move you to the basic plan, which would save you about {smallAmount} a month.",
        ],
        hardNo: ["we can't change the price of the plan once it has renewed."],
      },
    },
    {
      key: 'refund-enquiries',
      weight: 12,
      themeKeys: ['refunds'],
      policyKey: 'refund-receipt',
      kinds: { request: 55, complaint: 35, feedback: 10 },
      internalWait: { probability: 0.15, medianHours: 20 },
      rules: {
        subject: ['refunds', 'getting a refund'],
        thing: ['your refund', 'the refund for your {appliance}', 'your money back'],
        request: [
          "I'd like a refund for a {appliance} I bought in store but I've lost the receipt. It's on my bank statement.",
          'How do I get my money back for a {appliance} I never used?',
          'I was told to call you about a refund of {amount}.',
          "Can I get a refund without the original receipt? I've got the card statement.",
        ],
        complaint: [
          'You refused my refund because I had no receipt, even though the payment is right there on my bank statement.',
          "I've been waiting {weeks} for a refund of {amount} that I was told would take five days.",
          'The store told me to ring you about the refund and you told me to go back to the store.',
          'I was treated like a liar for not having a receipt for a {appliance} you delivered to my house.',
        ],
        complaintAfterChange: [
          'Since when is a bank statement not proof of purchase? I was refunded this way last year.',
          "Your new rule means I can't get {amount} back for a {appliance} that is on your own system.",
          "You changed the refund rules without telling anyone and now I'm stuck with a faulty {appliance}.",
          'The original receipt faded in a drawer. You can see the payment. Why is that suddenly not enough?',
        ],
        suggestion: ['Accept bank statements as proof of purchase, everyone else does.'],
        info: ['send a photo of the receipt', 'send the bank statement showing the payment'],
        option: [
          'give you a credit note straight away',
          'arrange an exchange at your nearest branch',
          'ask our Billing team to look up the original sale',
        ],
        softNo: [
          "we can't refund to your card without the original receipt, but we can give you a credit note for the full amount today.",
          "I can't process it here, but if you bring the {appliance} to any branch they can exchange it.",
        ],
        hardNo: [
          "we can't refund without the original receipt.",
          'a refund is not possible without proof of purchase.',
        ],
        blame: [
          'You should have kept your receipt.',
          'You should have read the refund terms before you bought it.',
        ],
        exceptionGranted: [
          'Exception granted: refund approved against the order history.',
          'Exception granted: receipt waived, payment confirmed on statement.',
        ],
        exceptionRefused: [
          'Exception refused: no original receipt.',
          'Exception refused: bank statement not accepted as proof.',
        ],
      },
    },
    {
      key: 'contact-experience',
      weight: 18,
      themeKeys: ['communication', 'staff-attitude'],
      policyKey: 'complaints-in-writing',
      kinds: { complaint: 55, feedback: 20, compliment: 25 },
      internalWait: { probability: 0.08, medianHours: 24 },
      rules: {
        subject: ['the way my call was handled', 'your customer service'],
        thing: [
          'how your call was handled',
          'your last conversation with us',
          'the service you had',
        ],
        complaint: [
          'The person I spoke to on {weekday} was rude and talked over me.',
          'I was told to put my complaint in writing when I had already explained it on the phone for {minutes}.',
          'Your adviser hung up on me when I asked for a manager.',
          'I was promised a call back within 24 hours and it never came.',
          'Nobody has replied to my last {count} emails.',
        ],
        suggestion: [
          'Please let people make a complaint on the phone without being told to write in.',
          'Give callers a reference number at the start so we do not have to repeat everything.',
        ],
        praise: [
          '{helperName} in Customer Care was brilliant: calm, kind and sorted it in one call.',
          'I rang expecting a fight and {helperName} just fixed it. Thank you.',
          '{helperName} called me back exactly when promised, which I did not expect.',
        ],
        accept: [
          "I've listened to the call and you're right, it wasn't handled well. I've spoken to the team and added a goodwill credit of {smallAmount}.",
          "I've logged your complaint formally and made sure the call back happens today.",
        ],
        softNo: [
          "I can't share the outcome of any staff conversation, but I've logged your complaint formally and I'll be your single point of contact from now on.",
        ],
        hardNo: ['we can only accept a formal complaint in writing.'],
        blame: ['You should have put your complaint in writing in the first place.'],
        exceptionGranted: [
          'Exception granted: phone complaint accepted into the formal procedure.',
        ],
        exceptionRefused: ['Exception refused: customer asked to submit the complaint in writing.'],
      },
    },
    {
      key: 'hold-times',
      weight: 12,
      themeKeys: ['waiting-times'],
      policyKey: null,
      kinds: { complaint: 70, feedback: 30 },
      internalWait: { probability: 0.03, medianHours: 10 },
      rules: {
        subject: ['your phone queues', 'waiting on hold'],
        thing: ['the wait on the phone', 'our phone queues', 'the time it took to reach us'],
        complaint: [
          'I was on hold for {minutes} before anyone answered.',
          'The chat queue said I was number {queuePosition} and then it closed at 8.',
          'I tried calling {count} times yesterday and gave up each time after half an hour.',
          'Your phone line plays the same message for {minutes} and then cuts you off.',
        ],
        suggestion: [
          'Offer a call back instead of making people hold.',
          'Tell callers their place in the queue.',
          'Open the phone lines a bit earlier, before people go to work.',
        ],
        accept: [
          "I'm sorry about the wait. I've added a note to your account and sorted the original query while we spoke.",
        ],
        softNo: [
          "I can't change our opening hours, but next time you can use the call-back option and we'll ring you.",
        ],
        hardNo: ["there's not much I can do about the queues."],
      },
    },
    {
      key: 'plan-cancellation',
      weight: 10,
      themeKeys: ['cancellation'],
      policyKey: null,
      kinds: { request: 80, complaint: 20 },
      internalWait: { probability: 0.05, medianHours: 12 },
      rules: {
        subject: ['cancelling a plan', 'closing an account'],
        thing: ['your cancellation', 'cancelling your plan', 'closing your account'],
        request: [
          'Please cancel my service plan from the end of this month.',
          "I'm moving abroad and need to close my account.",
          "I'd like to cancel the cover on my {appliance}, I've replaced it.",
          'How do I close my account? My mother has passed away and it was in her name.',
        ],
        complaint: [
          "I asked to cancel my plan {weeks} ago and you're still taking payments.",
          'You charged me a cancellation fee that nobody mentioned when I signed up.',
          'I cancelled over the phone and now you say there is no record of it.',
        ],
        option: ['refund the last payment', 'pause the plan instead of cancelling'],
        accept: [
          "I've cancelled the plan and you won't be charged again. Confirmation is on its way by email.",
          "I'm sorry for your loss. I've closed the account and stopped all payments.",
        ],
        softNo: [
          "I can't waive the notice period, but I can refund the last payment so you're not out of pocket.",
        ],
        hardNo: ['the cancellation fee still applies under the terms of the plan.'],
      },
    },
  ],
};
