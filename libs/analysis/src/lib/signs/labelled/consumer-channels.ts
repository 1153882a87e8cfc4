// Labelled warning-sign examples, written for Fulcrum (see ./index.ts for the format): chat,
// email, review and social-media wording from consumers, staff call notes, idioms and short
// messages; hard negatives with the same trigger words used innocently, by the wrong actor,
// negated, resolved or hypothetical.
export const CONSUMER_CHANNELS = `
excuse | c | Their standard answer is that the algorithm decides and they can't see why.
excuse | c | The agent said refunds are handled by a separate team she can't contact.
excuse | c | Apparently the courier lost it, so according to them it's not their problem.
excuse | c | The call centre says it's the branch's decision, the branch says it's the call centre's.
excuse | c | They hid behind data protection rather than answer a simple question.
excuse | c | The shop said the warranty is the manufacturer's business, not theirs.
excuse | c | All I hear is that the system is being upgraded.
excuse | c | The guy at the counter just kept saying it's company policy, I don't make the rules.
excuse | c | I was told that's down to the insurer and they can't interfere.
excuse | c | Her reply was that her manager would never allow it, so no.
excuse | c | They claim the fault is with the bank, the bank says it's with them.
excuse | c | The driver said the depot messed up and it's nothing to do with him.
excuse | s | Unfortunately we're not able to override decisions made by the credit team.
excuse | s | Our system only allows one change per booking, so I can't do anything further.
excuse | s | The fee is set by the card network, so it isn't something we control.
excuse | s | I'm afraid that's the warehouse's responsibility, not customer service's.
excuse | s | That's a decision for the landlord, I'm only the agent.
excuse | s | We can't see that information, it sits with our payment partner.
excuse | s | The app is having problems today, so there's really nothing I can check.
excuse | s | I'd need my manager to do that and she isn't in until next week.
blame | s | Our records show the address on the order was wrong, so the parcel went where you told us.
blame | s | If you'd updated your details, the letter would have reached you.
blame | s | The late fee applies because you paid after the due date, simple as that.
blame | s | You must have entered your card number incorrectly.
blame | s | That's what happens when you don't read the booking conditions.
blame | s | The meter reading you gave us was wrong, which is why the bill is high.
blame | s | You agreed to these terms when you clicked accept.
blame | s | Customers who don't check their emails can't expect us to chase them.
blame | c | The agent told me the declined payment was down to my carelessness.
blame | c | Somehow it's my fault that their courier left the parcel in the rain.
blame | c | The manager said I must have broken it myself.
blame | c | They accused me of lying about the damage.
blame | c | I was told off for not reading the terms, as if anyone does.
blame | c | They treated me like a fraudster for asking for my own money back.
blame | c | The response basically said the mistake was mine and closed the case.
blame | c | The technician blamed my router instead of their line.
blame | c | According to them I should have noticed the charge sooner.
blame | c | I got a lecture about keeping my receipts.
blame | c | They made it sound like I was the problem for asking twice.
policy-friction | c | They won't accept a photo of my ID, it has to be posted.
policy-friction | c | To close the account I have to visit a branch in person, there is no other way.
policy-friction | c | You can't get a refund unless the item is in the original packaging, even if it's faulty.
policy-friction | c | The return window is only seven days, which is useless when you're away.
policy-friction | c | Why do I need to prove my address again when I've been a customer for twenty years?
policy-friction | c | The security questions lock me out every time, it's absurd.
policy-friction | c | I wasn't allowed to change the name on the ticket without paying a hefty fee.
policy-friction | c | The rules meant my mum couldn't pick up my prescription for me.
policy-friction | c | Endless forms just to update a phone number.
policy-friction | c | They insist on a wet signature, in 2026.
policy-friction | c | The minimum spend rule stopped me using my voucher.
policy-friction | c | Changing a direct debit date apparently needs a written request.
policy-friction | s | Customers hate that we can only accept complaints in writing.
policy-friction | s | The ID check at collection turns away lots of people who sent a relative.
policy-friction | s | The rule that refunds go back only to the original card causes daily arguments.
policy-friction | s | Most of my calls are about the cancellation terms, which customers find unfair.
policy-friction | s | Our verification process is so strict that genuine customers fail it.
policy-friction | s | The paperwork we ask for puts a lot of people off applying.
runaround | c | I've been passed from department to department all afternoon.
runaround | c | Chat told me to phone, the phone line told me to use chat.
runaround | c | Four calls, four different explanations of what went wrong.
runaround | c | I keep being told someone else deals with it.
runaround | c | The store referred me to the website and the website referred me to the store.
runaround | c | Each agent asks me for the same details and then transfers me.
runaround | c | I'm sick of being bounced between the insurer and the garage.
runaround | c | Nobody seems to know who is responsible for my claim.
runaround | c | They closed my complaint and told me to open a new one with a different team.
runaround | c | I was promised a call from the specialist team three times, and every time I had to start again with someone new.
runaround | c | I've been given three different reference numbers for the same problem.
runaround | c | It's like a maze, every door leads back to the start.
runaround | c | Passed around like a parcel, no one will deal with it.
runaround | s | The customer has been transferred between billing and technical support several times.
runaround | s | She's been given conflicting information by us and by the branch.
runaround | s | This case has been handed between three teams without anyone owning it.
overload | s | We're answering calls back to back with no gap at all.
overload | s | There aren't enough of us to cover the phones and the emails.
overload,delay | s | With two agents off sick, the queue is ninety minutes long.
overload | s | We're at breaking point on the complaints team.
overload | s | The store is short of people every weekend now.
overload | s | I'm doing my job and my manager's job since she left.
overload | s | We were told to skip breaks to get the queue down.
overload | c | The staff looked exhausted, there were just two of them for the whole store.
overload | c | It's obvious they don't have enough people answering the phones.
overload | c | The nurse said they were three staff short on the ward.
overload | c | The agent admitted they are completely snowed under.
overload | c | You could see the single barista was swamped.
churn-risk | c | That's it, I'm cancelling my subscription today.
churn-risk | c | I've found a cheaper provider and I'm moving when my contract ends.
churn-risk | c | I've already opened an account with another bank.
churn-risk | c | Please close my account and send me the final balance.
churn-risk | c | Twelve years a customer and I'm done.
churn-risk | c | I won't be renewing my policy with you.
churn-risk | c | Looking for a new broadband company, any recommendations?
churn-risk | c | You've lost a customer.
churn-risk | c | I'm porting my number to another network.
churn-risk | c | Will not be shopping here again.
churn-risk | c | I'm seriously thinking about switching energy supplier after this.
churn-risk | s | The customer says he's moving to a competitor unless we waive the fee.
churn-risk | s | She asked for the steps to close her account and transfer her savings.
churn-risk | s | He told me he won't renew when the contract ends.
escalation | c | I want to speak to someone senior, now.
escalation | c | I'd like to make a formal complaint.
escalation | c | I'm taking this to the financial ombudsman.
escalation | c | I'll be reporting you to trading standards.
escalation | c | Let me talk to your supervisor, please.
escalation | c | I'm going to raise a chargeback with my card issuer.
escalation | c | I'm posting about this on every review site I can find.
escalation | c | Who is your boss? I want their email.
escalation | c | I've written to the chief executive.
escalation | c | I'm filing a complaint with the regulator.
escalation | c | I'm going to take you to the small claims court.
escalation | c | Please escalate this to a team leader.
escalation | c | I've contacted a local newspaper about how you've treated me.
escalation | s | The customer has demanded to speak to a manager.
escalation | s | She says she will go to the ombudsman if we don't respond by Friday.
escalation | s | He's now logged a formal complaint and copied in his lawyer.
delay | c | Still no sign of my refund, it's been five weeks.
delay | c | Waited in for the engineer all day and he never came.
delay | c | My order was supposed to arrive Tuesday, it's now Saturday.
delay | c | 40 minutes on hold and then the line went dead.
delay | c | Sent my documents a month ago and not a word since.
delay | c | Why does it take ten working days to move my own money?
delay | c | The claim has been "under review" since February.
delay | c | They said someone would phone me back within 24 hours, that was last week.
delay | c | My emails are just being ignored at this point.
delay | c | Nobody has bothered to reply to my complaint.
delay | c | The bus was forty minutes late again.
delay | c | It's taken two months to fix a simple billing error.
delay | c | They still haven't sent the replacement card.
delay | c | I've had no update on my repair in three weeks.
delay | c | Took ages for anyone to serve us.
delay | c | The installation has been pushed back for the third time.
delay | c | The response time on your chat is appalling.
delay | c | My letter has sat unanswered since the summer.
delay | s | Sorry for the long wait, we've had a very high volume of calls.
delay | s | I'm sorry this has dragged on for so long.
delay | s | Refunds are currently taking longer than our usual ten days.
delay | s | He's been waiting nearly two months for a decision on his claim.
delay | s | We missed the deadline we gave her for the repair.
staff-conduct | c | The woman at the till was openly rude to me.
staff-conduct | c | He sneered at me when I asked for help.
staff-conduct | c | Your driver was aggressive and threatened me.
staff-conduct | c | The receptionist was incredibly unpleasant.
staff-conduct | c | The manager swore at my husband.
staff-conduct | c | I was treated with total contempt by your staff.
staff-conduct | c | The call handler kept interrupting and talking over me.
staff-conduct | c | Your security guard followed me round the store like I was a thief.
staff-conduct | c | The consultant mocked my accent.
staff-conduct | c | Staff were laughing at us behind the counter.
staff-conduct | c | The rep was so patronising, explaining things to me like a child.
staff-conduct | c | He was chewing gum and couldn't be bothered to look up.
staff-conduct | s | The customer says our engineer was rude and left mud all over the carpet.
staff-conduct | s | We've received a complaint that one of our drivers shouted at a customer.
- | c | My refund came through in three days, thanks.
- | c | The engineer turned up on time and fixed it in twenty minutes.
- | c | I was on hold for two minutes, which is fine.
- | c | Parcel arrived a day early, great service.
- | c | The agent explained the fees clearly and waived one for me.
- | c | Delivery was delayed by the snow, but they kept me informed the whole way.
- | c | I got a reply the same day.
- | c | No waiting at all this time.
- | c | I'm switching on the heating for the first time this year.
- | c | I'm moving house next month, please update my address.
- | c | Could you close my old savings account and move the money into my current account?
- | c | I cancelled the order myself because I found the same item at home.
- | c | I'm leaving for holiday tomorrow, can the delivery wait?
- | c | My daughter is switching to your bank too, she loves the app.
- | c | I've been with you twelve years and I'm staying.
- | c | I'm not going anywhere, you've always looked after me.
- | c | Thinking about upgrading my plan, what are the options?
- | c | The manager came over to ask if everything was alright.
- | c | I asked to speak to the manager to thank her for the service.
- | c | Please pass my thanks on to your supervisor.
- | c | The complaints page was easy to find and the form took two minutes.
- | c | My complaint was handled quickly and fairly.
- | c | The court date is next week, so I need a copy of my statement.
- | c | My lawyer needs a copy of the contract for the house sale.
- | c | The collection agency said they would take me to court.
- | c | The other driver's insurer is threatening legal action against me.
- | c | The journalist in the article praised your customer service.
- | c | The rules are posted clearly at the entrance.
- | c | The form was short and easy to fill in.
- | c | I needed approval from my bank, which came within minutes.
- | c | The policy covered everything, I was really pleased.
- | c | I understand you need ID, happy to bring it in.
- | c | They transferred me to a specialist who sorted it straight away.
- | c | I called twice because I forgot to ask something the first time.
- | c | The department store has a lovely new café.
- | c | Busy shop, but the queue moved quickly.
- | c | I'm swamped at work so I'll call back next week.
- | c | I was rude to the agent and I'm sorry about that.
- | c | Nobody was rude, they just couldn't find my booking at first.
- | c | The agent laughed with me about the mix-up and fixed it.
- | c | The comedian made the whole staff team laugh at the party.
- | c | My fault, I typed the wrong postcode.
- | c | I blame myself for not reading the small print.
- | c | The courier said the address was unclear, and he was right, I'd missed the flat number.
- | c | It's not the shop's fault, the manufacturer recalled the model.
- | c | The system was down for an hour but they took my details and called back.
- | c | Their computer crashed, so the manager wrote the receipt by hand and we were done.
- | c | Nothing I could do, my flight was cancelled by the weather.
- | c | It's out of my hands now, the solicitors are dealing with the sale.
- | c | The delay on the motorway made me late for the appointment, sorry.
- | c | I was late paying because I was in hospital, thanks for being understanding.
- | c | I've been waiting for this phone for months and it's brilliant.
- | c | Can't wait for the new store to open.
- | c | I'll wait for the sale before I buy.
- | c | If I don't get the parcel by Friday, I'll let you know.
- | c | If it happens again I might complain, but for now it's fine.
- | c | If you can't deliver on Saturday, Monday is fine.
- | c | Would it be quicker to apply online?
- | c | How long does a transfer usually take?
- | c | Is there a policy on bringing dogs into the store?
- | c | What happens if I miss a payment?
- | s | Your refund has been processed and should reach you in three days.
- | s | I'm sorry for the trouble, I've put it right and added a credit.
- | s | I've passed your compliments on to the team.
- | s | The engineer will call you thirty minutes before he arrives.
- | s | I've escalated your case to our specialist team, who will call you today.
- | s | Our policy allows returns within 60 days, so that's no problem.
- | s | You don't need any extra paperwork for this.
- | s | We received your documents and everything is in order.
- | s | The system is back up and your payment has gone through.
- | s | There's no queue at the moment, so you'll be seen straight away.
- | s | You were right to call, and thank you for letting us know.
- | s | You should see the credit on your next statement.
- | s | Please check the spam folder in case the email went there.
- | s | We are fully staffed today, so expect a quick reply.
- | s | The customer thanked the driver for being so helpful.
- | s | She's happy with the outcome and has closed the complaint.
- | s | He decided to stay with us after we matched the price.
- | s | The customer asked about our complaints process for a friend.
- | s | She wanted to know how to switch to paperless statements.
`;
