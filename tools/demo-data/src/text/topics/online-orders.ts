import type { TeamText } from '../topic';

export const ONLINE_ORDERS: TeamText = {
  teamKey: 'online-orders',
  rules: {
    teamName: ['Online Orders'],
    queue: ['orders', 'delivery queries', 'returns'],
    customerAsk: ['a narrower delivery window', 'a safe-place option', 'free returns collection'],
    referTo: ['our Repairs team', 'Customer Care', 'our Billing team'],
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
      'send me your order number',
      'confirm the delivery address',
      'send a photo of the damage',
      'let me know which days you are in',
    ],
    option: [
      'rebook the delivery for {weekday}',
      'refund the delivery charge',
      'send a replacement',
      'arrange a collection',
    ],
    waitReason: [
      "I've asked the warehouse to check the stock",
      "I've raised it with our courier and I'm waiting for their reply",
      "I've asked our returns team to confirm the item is back",
    ],
    accept: ["That's all arranged, and you'll get a confirmation by email."],
    softNo: ["I can't change that today, but I've made a note so the next delivery goes smoothly."],
    hardNo: ["we can't change the order now it has been dispatched."],
  },
  topics: [
    {
      key: 'late-delivery',
      weight: 28,
      themeKeys: ['delivery-delays'],
      policyKey: null,
      kinds: { request: 40, complaint: 50, feedback: 5, compliment: 5 },
      internalWait: { probability: 0.18, medianHours: 20 },
      rules: {
        subject: ['late deliveries', 'delivery dates'],
        thing: ['your delivery', 'order {orderNo}', 'the delivery of your {appliance}'],
        request: [
          'Where is my order {orderNo}? The tracking has said "in transit" since {weekday}.',
          'Can you tell me when my {appliance} will arrive? I need to arrange time off.',
          'Is it possible to move my delivery to {weekday}?',
          'My delivery slot is 7am to 7pm. Can it be narrowed down at all?',
        ],
        complaint: [
          'My {appliance} was due on {weekday}, I waited in all day and nothing came.',
          "This is the {nth} delivery date I've been given for the same order.",
          'The tracking said delivered but nothing arrived.',
          "I paid {smallAmount} for next-day delivery and it's been {days}.",
          'The driver left a card saying we were out. We were in all day.',
        ],
        suggestion: [
          'Send a text with a one-hour window on the morning of delivery.',
          'Let us track the van on the day.',
        ],
        praise: [
          'The delivery crew were on time, careful with the stairs and took the old {appliance} away.',
          'Great delivery: they rang ahead and were in and out in ten minutes.',
        ],
        accept: [
          "I've rebooked your delivery for {weekday} and refunded the delivery charge.",
          'Your order is out for delivery today and the driver will call 30 minutes before.',
        ],
        softNo: [
          "I can't get it to you any sooner, but I've refunded the delivery charge and booked the first slot on {weekday}.",
        ],
        hardNo: ["we can't offer compensation for a late delivery."],
        blame: ['You should have been in for the delivery slot.'],
      },
    },
    {
      key: 'signed-delivery',
      weight: 12,
      themeKeys: ['delivery-delays'],
      policyKey: 'delivery-signature',
      kinds: { request: 35, complaint: 55, feedback: 10 },
      internalWait: { probability: 0.12, medianHours: 16 },
      rules: {
        subject: ['signed-for deliveries', 'missed deliveries'],
        thing: ['your signed-for delivery', 'the missed delivery', 'order {orderNo}'],
        request: [
          'Can the driver leave my {appliance} with my neighbour at number {count}?',
          "I can't be in on {weekday}, can someone else sign for the delivery?",
          'Is it possible to leave the parcel in my porch without a signature?',
        ],
        complaint: [
          'The driver took my {appliance} away again because nobody was at the door to sign within two minutes.',
          "I'm disabled and can't get to the door quickly, so my delivery has been taken back {count} times.",
          'My neighbour offered to sign and the driver refused.',
        ],
        suggestion: ['Let customers nominate a safe place or a neighbour for large items.'],
        softNo: [
          "we can't leave it without a signature, but I can book a named neighbour to sign or arrange collection from our depot.",
        ],
        hardNo: ['large items can only be delivered against a signature.'],
        blame: ['You should have made sure someone was in to sign.'],
        exceptionGranted: ['Exception granted: safe place agreed for this delivery.'],
        exceptionRefused: ['Exception refused: no signature, no delivery.'],
      },
    },
    {
      key: 'returns',
      weight: 20,
      themeKeys: ['refunds'],
      policyKey: 'returns-30-days',
      kinds: { request: 70, complaint: 25, feedback: 5 },
      internalWait: { probability: 0.22, medianHours: 30 },
      rules: {
        subject: ['returns', 'sending things back'],
        thing: ['your return', 'returning your {appliance}', 'the collection of your {appliance}'],
        request: [
          "I'd like to return a {appliance} that doesn't fit in the space. It's still boxed.",
          'How do I send back order {orderNo}? I changed my mind.',
          'Can you collect the {appliance} I ordered by mistake?',
          "It's been {count} weeks since delivery. Can I still return it?",
        ],
        complaint: [
          "You collected my return {weeks} ago and I still haven't had my money back.",
          'I was told I was outside the 30 days by one day, even though the delivery was late.',
          'The collection driver never came for my return, twice.',
          'You refused my return because the box was opened. How else would I know it was broken?',
        ],
        suggestion: ['Count the 30 days from delivery, not from the order date.'],
        info: [
          'send the order number and a photo of the packaging',
          'confirm a collection day that suits you',
        ],
        accept: [
          "I've booked a collection for {weekday}; the refund of {amount} goes out once it's back.",
          'Your return has been received and the refund is on its way.',
        ],
        softNo: [
          "it's outside the 30-day window, so we can't take it back for a refund, but we can offer an exchange or a credit note.",
        ],
        hardNo: ["we can't accept returns after 30 days."],
        blame: [
          'You should have returned it within 30 days.',
          'You failed to keep the original packaging.',
        ],
        exceptionGranted: [
          'Exception granted: return accepted after 30 days because delivery was late.',
        ],
        exceptionRefused: ['Exception refused: return requested after the 30-day window.'],
      },
    },
    {
      key: 'website',
      weight: 18,
      themeKeys: ['website-app'],
      policyKey: null,
      kinds: { request: 20, complaint: 45, feedback: 35 },
      internalWait: { probability: 0.25, medianHours: 40 },
      rules: {
        subject: ['the website', 'the checkout', 'the app'],
        thing: ['the website', 'the checkout problem', 'the app'],
        request: [
          "I can't find where to change my delivery date on the website.",
          'How do I download an invoice for order {orderNo}?',
          'The app keeps asking me to update. Is there a new version?',
        ],
        complaint: [
          'The checkout keeps failing at the payment page, I tried {count} times.',
          'Your website said in stock, I paid, and then got an email saying it was out of stock.',
          'The app logs me out every time I open it.',
          'The online form will not accept my postcode so I cannot book anything.',
          'I was charged twice because the page froze on payment.',
        ],
        suggestion: [
          'Show real delivery dates before checkout, not after.',
          'Let me save my basket without an account.',
          'The search is hopeless: typing "{appliance}" shows cables first.',
          'Add a dark mode to the app, please.',
        ],
        waitReason: [
          "I've reported it to our web team",
          "I've sent the error details to the developers",
        ],
        accept: [
          "Our web team found the fault and it's fixed now. I've placed the order for you at the original price.",
        ],
        softNo: [
          "I can't fix the page myself, but I can take your order over the phone at the web price.",
        ],
        hardNo: ["we can't honour the price shown in error."],
      },
    },
    {
      key: 'damaged-goods',
      weight: 14,
      themeKeys: ['product-faults', 'delivery-delays'],
      policyKey: null,
      kinds: { request: 40, complaint: 60 },
      internalWait: { probability: 0.3, medianHours: 36 },
      rules: {
        subject: ['damaged deliveries', 'items arriving damaged'],
        thing: ['the damaged {appliance}', 'your replacement', 'the damage to your order'],
        request: [
          'My {appliance} arrived with a dent in the door. Can I get a replacement?',
          'The glass shelf in my new {appliance} was smashed on arrival, what should I do?',
          'Part of order {orderNo} was missing from the box.',
        ],
        complaint: [
          'The {appliance} arrived damaged and the driver would not wait while I checked it.',
          'Your delivery crew scratched my new floor bringing the {appliance} in.',
          "I reported damage on {weekday} and I've heard nothing since.",
          'The replacement arrived damaged too.',
        ],
        info: [
          'send photos of the damage and the box',
          'confirm whether the packaging was damaged',
        ],
        waitReason: [
          "I've sent the photos to our claims team",
          "I've asked the warehouse to check the replacement before it goes out",
        ],
        accept: [
          'A replacement {appliance} is booked for {weekday} and the crew will take the damaged one away.',
        ],
        softNo: [
          "we can't replace it until the stock is in, but I can offer {amount} off if you're happy to keep it.",
        ],
        hardNo: ["we can't accept a damage claim reported after 48 hours."],
        blame: ['You should have checked it before the driver left.'],
      },
    },
    {
      key: 'delivery-crews',
      weight: 8,
      themeKeys: ['staff-attitude', 'delivery-delays'],
      policyKey: null,
      kinds: { compliment: 75, feedback: 25 },
      internalWait: { probability: 0, medianHours: 1 },
      rules: {
        subject: ['the delivery crews'],
        thing: ['your delivery', 'the delivery crew'],
        praise: [
          'The two lads who delivered my {appliance} were polite, careful and even took the packaging.',
          'The driver helped my dad set up his new {appliance}. That was above and beyond.',
          'Delivered early, installed and tested. Brilliant.',
        ],
        suggestion: [
          'The delivery crew should be able to take the old appliance away without booking it in advance.',
        ],
      },
    },
  ],
};
