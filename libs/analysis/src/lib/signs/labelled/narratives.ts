// Labelled warning-sign examples, written for Fulcrum (see ./index.ts for the format): wording
// from longer complaint narratives, chat messages and staff notes, told in the past tense, by a
// third person, or with the sign implied rather than named; and hard negatives beside each.
export const NARRATIVES = `
excuse | c | When I asked why, the clerk shrugged and said the computer decides, not him.
excuse,runaround | c | Each time I called I was told the matter was with the back office and nothing could be done at the front desk.
excuse | c | The manager said the head office sets the charges and she has no say in them.
excuse | c | Apparently the fault lies with their payment processor, so it's not on them.
excuse | c | They said a software upgrade was to blame and they couldn't override it.
excuse | c | I was informed that the decision was automated and could not be reviewed by staff.
excuse | c | The agent said he would love to help but his screen would not let him.
excuse | c | All they would say is that the warehouse had messed up, not them.
excuse | c | The advisor told me the investors own the loan now so it is out of their hands.
excuse | c | They keep pointing the finger at the delivery company.
excuse | c | Her answer was that she only works here and doesn't make the rules.
excuse | c | Their excuse was that the new system had not been set up for my type of account.
excuse | s | I'm afraid the computer won't allow me to change that date.
excuse | s | That's handled by our partner company, we can't see it from our side.
excuse | s | Sorry, the tool we use doesn't give me that option.
excuse | s | I only pass on what the underwriters decide.
excuse | s | The network has been playing up all day, there's nothing I can do about it.
excuse | s | Head office made that change, so you'd have to take it up with them.
excuse | s | We're waiting on the supplier, and until they act there's nothing anyone here can change.
excuse | s | I don't have the authority to waive that, the system sets it automatically.
excuse | c | The lady said it was a glitch on their end and there was nothing she could do about it.
excuse | c | The bank says it was the merchant's responsibility and refused to look into it.
- | c | Nothing could be done to save the plant, it was too far gone, but the florist was lovely.
- | c | The decision was mine alone, I chose the cheaper plan.
- | c | I couldn't make the appointment because my car broke down.
- | s | The system lets me refund you directly, so I've done that now.
- | s | That's outside our control normally, but I've found a way to sort it for you.
- | c | The warehouse sent the wrong size, and the store swapped it the same day.
- | c | Their payment processor had an outage, but they refunded the fee without me asking.
- | c | The automated decision was reviewed by a person within a day and changed.
- | s | Our partner company handles installations and they've confirmed Thursday.
- | c | My screen froze while filling in the form, so I rang and they finished it for me.
blame | s | If you had kept your receipt, this wouldn't be an issue.
blame | s | The card was blocked because you entered the wrong PIN three times, that's on you.
blame | s | You clearly didn't read the terms before signing up.
blame | s | It's your responsibility to check the balance before paying.
blame | s | Most customers manage to fill in the form correctly.
blame | s | This only happened because the customer ignored our reminders.
blame | s | He brought the problem on himself by paying late.
blame | c | The manager said I was the one who caused the problem by not updating my address.
blame | c | According to them I must have given my password away.
blame | c | Their reply blamed me for not reading an email I never received.
blame | c | The agent told me it was my own fault for booking through a third party.
blame | c | They insinuated that I had lied about the parcel not arriving.
blame | c | I got a lecture about how I should have checked the item before signing for it.
blame | c | Instead of fixing it, the rep said I should have called sooner.
blame | c | The letter claims I failed to make the payments, which is false.
blame | c | They treated me as though I'd damaged it myself.
blame | c | She said customers like me who don't read the instructions cause all these problems.
blame | c | The collector claimed the missed payments were my doing even though I had proof of payment.
- | s | You did everything right, the error was ours.
- | s | You're right to be annoyed, we should have told you sooner.
- | s | It looks like you may not have received our email, so I've resent it.
- | c | I should have checked the size chart, my mistake, can I swap it?
- | c | I forgot to update my address, could you change it please?
- | s | There's no need to apologise, it happens to lots of people and it's easy to fix.
- | s | You shouldn't need to check your balance, we'll alert you before a payment fails.
- | c | The agent said it wasn't something I had done and reversed the charge.
- | s | Please don't worry, nobody is blaming you.
- | c | The manager agreed the problem was on their side and apologised.
policy-friction | c | To change my address they want a utility bill, a passport and a letter from my employer.
policy-friction | c | The rule that every refund needs a receipt makes no sense when they emailed me the invoice.
policy-friction | c | I had to print the form, sign it and post it, in this day and age.
policy-friction | c | They insist on a wet signature, so everything takes a week longer.
policy-friction | c | Every small purchase needs three approvals before it can be ordered.
policy-friction | c | Because of their ID rules I couldn't collect my own parcel.
policy-friction | c | The process to close a joint account is ridiculous, both of us have to come in person.
policy-friction | c | Their verification steps locked me out of my own account for a week.
policy-friction | c | The paperwork they demand for a simple claim is endless.
policy-friction | c | A rule says they can't discuss my mother's account with me even with power of attorney.
policy-friction,delay | s | The new approval process means requests sit with finance for days.
policy-friction | s | We have to turn people away because of the receipt rule, even when we know they bought it here.
policy-friction | s | The form asks for the same information four times and customers give up.
policy-friction | s | Staff spend more time on compliance checklists than on the customers.
policy-friction | s | Customers complain that the two-week cooling-off rule stops them getting what they need.
policy-friction | s | Half of our calls are people stuck on the identity checks.
policy-friction | c | I'm not allowed to book online because of some rule about new customers.
policy-friction | c | They refuse to accept a scanned copy, only the original document will do.
- | c | The documents I needed were listed clearly and the process took ten minutes.
- | c | They only needed my name and postcode to find the booking.
- | s | The approval came through this morning, so your order has gone out.
- | c | The form was short and I got a reply the same day.
- | c | I understand they need ID for security, and it was quick.
- | s | Finance signed off your expense claim, it'll be paid on Friday.
- | c | The verification step took a minute and then I was in.
- | c | My landlord needs a reference letter, could you send one?
- | s | Our rules allow a refund without a receipt if you paid by card, so that's fine.
- | c | The policy on returns was generous and easy to follow.
runaround | c | Customer service sent me to the store, the store sent me back to customer service.
runaround | c | Five calls, five different agents, five different answers.
runaround | c | Everybody I spoke to said a different department was responsible.
runaround | c | I was transferred four times and ended up back with the first person.
runaround | c | The chat told me to phone, the phone line told me to use the chat.
runaround | c | I've had to repeat my account details to every single person.
runaround | c | No one seems to know whose job it is to fix this.
runaround | c | I keep getting bounced between the lender and the servicer.
runaround | c | One agent said the refund was approved, the next said it had never been requested.
runaround | c | I was put on hold and passed to yet another team that couldn't help.
runaround | c | The insurer says to ask the garage, the garage says to ask the insurer.
runaround | s | The customer has been passed between three teams and no one has taken the case.
runaround | s | She has been told to contact us by the branch and told to contact the branch by us.
runaround | s | This ticket has been reassigned six times without anyone working on it.
runaround | c | Each new person asks me to start again from the beginning.
runaround | c | I've been given three different phone numbers and none of them are the right department.
- | c | I was transferred once, to someone who fixed it straight away.
- | c | The first person I spoke to handled everything from start to finish.
- | s | I'll stay with your case myself until it's resolved, so you won't need to explain it again.
- | c | They passed my compliments on to the team.
- | c | I was put through to the right department within a minute.
- | s | I've forwarded your documents to underwriting and I'll call you with their answer.
- | c | The store and the helpline gave me the same answer, so I know where I stand.
- | c | We went round the museum twice because the kids loved it.
overload | s | We've lost three people this month and nobody has been replaced.
overload | s | I'm doing the work of two people since my colleague left.
overload | s | The queue is never empty, we start each day already behind.
overload | s | Everyone on the team is working through lunch just to stay afloat.
overload | s | We haven't had a full team since spring.
overload | s | I skipped my break again because the phones didn't stop.
overload | s | The workload is relentless and people are burning out.
overload | s | Sick leave has left just two of us covering the whole service desk.
overload | s | I'm exhausted, I've done sixty hours this week.
overload | s | There's no way we can answer all these emails with the people we have.
overload | c | There was one poor cashier and a queue out the door.
overload | c | The nurse told me they were three staff short on the ward.
overload | c | You can tell the call centre is understaffed, the agent apologised for the wait and said they were swamped.
overload | c | The staff are clearly stretched too thin to cope.
overload | s | New starters leave within weeks because the pressure is too much.
- | s | We've hired two new people so the queue is finally under control.
- | s | I had a quiet day, so I cleared the old tickets.
- | s | The team worked hard and we hit every target this month, without overtime.
- | c | The shop was busy but the staff were calm and quick.
- | s | I'm taking annual leave next week, Sam will cover my cases.
- | c | I'm swamped at work so I'll call you back next week.
- | s | We have enough people on shift today to call everyone back.
- | c | My own team is short-staffed, so I need the delivery on a Saturday.
churn-risk | c | After twenty years as a customer, I'm taking my business elsewhere.
churn-risk | c | I've already opened an account with a competitor.
churn-risk | c | Cancel my membership, I'm done with you.
churn-risk | c | Please send me the form to transfer my pension out.
churn-risk | c | We will not be renewing our contract with you next year.
churn-risk | c | My partner and I have moved our mortgage to a different lender.
churn-risk | c | I'm going to look for a provider that actually answers the phone.
churn-risk | c | Never using this airline again.
churn-risk | c | This was my last order from you.
churn-risk | c | I'll be ending my subscription at the end of the month.
churn-risk | c | Consider this my notice, I'm leaving.
churn-risk | s | The customer has asked to close all her accounts.
churn-risk | s | He says he's moving to another supplier once the contract ends.
churn-risk | c | Once this is sorted I'm going to switch to someone else.
churn-risk | c | I've started the process to port my number to another network.
- | c | The bank shut down my savings account without warning, and now my bills bounce.
- | c | The bank cancelled my card because of fraud on it.
- | c | I'm moving house, please update my address.
- | c | I'm leaving the country for a month, will my card still work?
- | c | I'd never leave, you've always been good to me.
- | s | We've renewed your contract for another year as you asked.
- | c | I cancelled the order by mistake, can you restore it?
- | c | My sister switched to you last year and recommended you.
- | c | The company terminated the policy without warning.
escalation | c | I want a senior manager to review how my complaint was handled.
escalation | c | I'm referring this to the financial ombudsman.
escalation | c | I have asked my lawyer to write to you.
escalation | c | Who is your boss? I want to speak to them.
escalation | c | I'll be disputing the charge with my credit card company.
escalation | c | Consider this a formal complaint.
escalation | c | I've contacted the regulator and sent them copies of everything.
escalation | c | I'm going to post every detail of this online.
escalation | c | Please escalate my case, the answer I was given is not acceptable.
escalation | s | The client has asked for the name of our chief executive to complain.
escalation | s | He says he has already contacted a solicitor.
escalation | c | I'm asking for this to go to someone with the power to overrule you.
- | c | The lift was broken so I took the stairs.
- | c | The debt collector took me to court over a bill I had paid.
- | c | Their lawyer sent me a letter demanding payment.
- | s | I've escalated the fault to our engineers and they'll visit tomorrow.
- | c | The manager came over to say hello and check we were happy.
- | c | My complaint was resolved, thank you, no need to take it further.
- | c | Prices have escalated everywhere this year.
- | c | I spoke to a supervisor who sorted it out in minutes.
- | s | The complaints team closed the case with the customer's agreement.
delay | c | It has been a month and the refund still hasn't arrived.
delay | c | They promised a call back within a day, that was two weeks ago.
delay | c | My emails go unanswered.
delay | c | I've been chasing this since March.
delay | c | The repair was due last Tuesday and nobody has turned up.
delay | c | Six weeks on, I'm still waiting for the documents.
delay | c | Nobody ever got back to me about the claim.
delay | c | The replacement card took almost a month to arrive.
delay | c | I sent the forms in January and heard nothing until May.
delay | c | The hold time was over an hour.
delay | c | They went silent after I asked for a refund.
delay | c | The lender never answered any of my letters.
delay | s | We still haven't replied to the customer's email from last week.
delay | s | This request has been waiting for approval for twenty days.
delay | c | The order is now three weeks overdue.
delay | c | Weeks later, still no decision on my application.
- | c | Three days after the visit I rang to thank them.
- | c | The parcel arrived a day early.
- | s | Your refund was sent this morning and should show within three days.
- | c | I waited ten minutes and was seen, which was fine.
- | c | I haven't had time to send the forms yet, sorry.
- | c | The train was late but the staff kept us informed.
- | s | Thank you for waiting, here is the update you asked for.
- | c | They replied within the hour.
- | c | A week later I went back to buy another one.
staff-conduct | c | The man at the counter rolled his eyes and ignored my question.
staff-conduct | c | The agent hung up on me mid-sentence.
staff-conduct | c | The receptionist was condescending and made me feel stupid.
staff-conduct | c | She raised her voice at me in front of other customers.
staff-conduct | c | The driver swore at me when I asked about the delay.
staff-conduct | c | The staff were dismissive and couldn't care less.
staff-conduct | c | He mocked my accent on the phone.
staff-conduct | c | The collector threatened me and called me names.
staff-conduct | c | The agent was incredibly rude and kept interrupting me.
staff-conduct | c | I was treated with total contempt by the branch manager.
staff-conduct | s | A customer reported that one of our agents was sarcastic with her.
staff-conduct | s | The caller says the engineer was aggressive and refused to listen.
staff-conduct | c | The security guard was rough and shouted at my son.
staff-conduct | c | The advisor sighed loudly and said she didn't have time for this.
- | c | The staff were polite and patient even though I was upset.
- | c | I was rude to the agent and I apologise.
- | c | The man at the counter was kind and explained everything.
- | c | Nobody at the branch was unpleasant, they just couldn't help.
- | c | The comedian mocked everyone in the front row, it was hilarious.
- | s | The customer swore at our agent, who stayed calm.
- | c | The engineer was friendly and tidied up after himself.
- | c | The agent was incredibly helpful and never rushed me.
- | c | I shouted for joy when the parcel finally came.
`;
