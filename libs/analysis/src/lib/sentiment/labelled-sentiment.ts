import type { Writer } from '../signs/sign-types';

/**
 * Sentences with the sentiment a reader gives them, written for Fulcrum: customer and staff
 * wording, service vocabulary that is not opinion ("your refund has been processed"),
 * intensifiers, negation, and warning signs told plainly with no opinion word.
 * One line each: `label | writer | text` (writer c or s).
 */
const SOURCE = `
negative | c | She was incredibly rude.
negative | c | The agent was extremely unhelpful.
negative | c | I'm switching to another bank.
negative | c | It took three weeks to get a reply.
negative | c | The agent laughed at me.
negative | c | They did not respond to any of my emails.
negative | c | They stopped replying after I sent the documents.
negative | c | Put me through to someone senior, now.
negative | c | I've been on hold for an hour.
negative | c | Still no refund after two months.
negative | c | My card was declined again and nobody can tell me why.
negative | c | I was transferred five times and nobody could help.
negative | c | The fees are outrageous.
negative | c | This is the worst service I've ever had.
negative | c | I'm making a formal complaint.
negative | c | Never flying with you again.
negative | c | I've closed my account.
negative | c | My parcel is ten days late.
negative | c | They charged me twice and won't fix it.
negative | c | The app keeps crashing when I try to pay.
negative | c | Nobody has got back to me.
negative | c | I'm really disappointed with how this was handled.
negative | c | The manager shouted at me.
negative | c | My complaint has gone unanswered.
negative | c | I was told it was my fault for not reading the email.
negative | c | The staff were dismissive and condescending.
negative | c | Not happy at all.
negative | c | I can't believe how long this is taking.
negative | c | I want to speak to a manager.
negative | c | The website is down again.
negative | c | I'll be taking my business elsewhere.
negative | c | Your so-called customer service is a joke.
negative | c | I'm fed up with chasing you.
negative | c | Lost my luggage and nobody seems to care.
negative | c | Two weeks and still waiting for the engineer.
negative | s | We are completely overwhelmed with calls this week.
negative | s | Unfortunately we can't refund opened items.
negative | s | I'm afraid your claim has been declined.
negative | s | The customer is furious about the second charge.
negative | s | The system is down so I can't process anything today.
negative | s | There's a backlog of 3,000 emails.
negative | s | The customer was shouting and swearing at me.
negative | c | My hands are shaking with anger after that call.
negative | c | The delivery never arrived.
negative | c | The branch was closed with no notice.
positive | c | The staff were incredibly helpful.
positive | c | Thank you so much for sorting this out so quickly.
positive | c | Brilliant service as always.
positive | c | The agent was patient and kind.
positive | c | Really impressed with how fast the refund came through.
positive | c | Great app, easy to use.
positive | c | She went above and beyond for us.
positive | c | Lovely people, would recommend.
positive | c | I'm so pleased with the result.
positive | c | Everything was sorted in one call, thanks.
positive | c | Not once was anyone rude to me, they were all lovely.
positive | c | The new card arrived the next day, excellent.
positive | c | Best bank I've ever been with.
positive | c | The manager was wonderful and listened to everything.
positive | c | Quick, friendly and professional.
positive | s | Great news, your refund has been approved.
positive | s | Thank you for your patience, it's been a pleasure helping you.
positive | s | I'm delighted we could sort this out for you.
positive | s | Thanks so much for the lovely feedback.
positive | c | The staff could not have been more helpful.
positive | c | I'd happily recommend you to anyone.
positive | c | Really smooth experience from start to finish.
positive | c | Thanks for the quick reply!
positive | c | The crew were fantastic.
positive | c | Happy customer here.
neutral | s | Your refund has been processed.
neutral | c | How do I change my PIN?
neutral | c | What time does the branch open on Saturday?
neutral | c | Can you send me a copy of my statement?
neutral | s | I've updated your address.
neutral | s | Your new card will arrive within five working days.
neutral | c | I'd like to request a refund for order 1234.
neutral | c | Is there a fee for international transfers?
neutral | s | Please find the form attached.
neutral | c | I need to update my phone number.
neutral | s | The refund will appear on your statement in 3 to 5 days.
neutral | c | My flight is at 6pm, can I check in online?
neutral | s | Your case reference is 55821.
neutral | c | Where can I find my account number?
neutral | c | I moved house last month and need new statements.
neutral | s | We have received your request.
neutral | c | Please call me back on Monday morning.
neutral | c | Do you charge for paper statements?
neutral | s | I've passed your details to the claims team.
neutral | c | I'm writing about my mortgage application.
neutral | c | Can I transfer my booking to a different date?
neutral | s | Our branch hours are 9 to 5 on weekdays.
neutral | c | I'd like to close my late father's account, what do you need from me?
neutral | c | The payment is due on the 15th.
neutral | s | I'll call you on Friday with an update.
neutral | c | Can I pay by card at the counter?
neutral | c | What documents do I need to open an account?
neutral | s | The system will be down for maintenance on Sunday night.
neutral | c | I'm sending the receipt by email.
neutral | s | Your refund of £20 has been sent.
neutral | c | I have a question about the fees on my statement.
negative | c | I'm sorry but this is unacceptable.
positive | s | Sorry for the wait, and thank you for being so understanding, it's all fixed now.
negative | c | Incredibly slow service.
positive | c | Incredibly friendly team.
negative | c | Seriously, three hours on hold?
negative | c | No one called me back, again.
negative | s | I'm sorry, you shouldn't have had to chase us.
negative | c | I had to fill in three forms just to change my address.
negative | c | Their policy makes no sense.
positive | c | They didn't make me wait at all.
negative | c | The food wasn't good and the staff weren't friendly.
positive | c | Not bad at all, actually pretty good.
negative | c | It wasn't helpful in the slightest.
`;

export interface SentimentSample {
  text: string;
  writer: Writer;
  label: 'negative' | 'neutral' | 'positive';
}

export const LABELLED_SENTIMENT: readonly SentimentSample[] = SOURCE.split('\n')
  .map((line) => line.trim())
  .filter((line) => line.length > 0)
  .map((line) => {
    const [label, writer, ...rest] = line.split(' | ');
    return {
      text: rest.join(' | '),
      writer: writer === 's' ? 'staff' : 'customer',
      label: label as SentimentSample['label'],
    };
  });
