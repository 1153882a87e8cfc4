// Labelled warning-sign examples, written for Fulcrum (see ./index.ts for the format): wording
// from complaint letters, phone calls and staff notes across every sign, and hard negatives that
// share their words (short waits, helpful transfers, the customer's own rules, busy but coping).
export const LETTERS_AND_CALLS = `
runaround | c | On Monday the bank told me to ask the retailer, and on Tuesday the retailer told me to ask the bank.
runaround | c | Each time I phone I'm put through to another department that says it isn't theirs.
runaround | c | The website tells you to call, and the call line tells you to go online.
runaround | c | I rang the number I was given and they gave me yet another number.
runaround | c | I have now spoken to seven people and I'm no further forward.
runaround | c | The complaints team sent me to sales and sales sent me back to complaints.
runaround | c | Nobody will own the problem, it just gets handed on.
runaround | c | I had to go over the whole story again with every new agent.
runaround | c | Two advisers gave me two completely different answers about the same charge.
runaround | c | They told me my case was with the claims team, but the claims team had never heard of it.
runaround | c | Every call starts from zero because nobody reads the notes.
runaround | c | I've been pinged back and forth between the landlord and the letting agent for weeks.
runaround | c | I was promised a callback from a specialist, but instead I was told to ring a different helpline.
runaround | c | They keep passing the buck between the branch and head office.
runaround | c | Customer services say it's a technical matter, the technical team say it's for customer services.
runaround | c | What a run-around, three departments and not one answer.
runaround | c | I'm stuck in a loop between your app support and your card team.
runaround | c | I'm told something different every time I get in touch.
runaround | s | She's been transferred to us from three other teams already, poor woman.
runaround | s | We keep sending these customers to the branch, and the branch sends them back to us.
runaround | s | The caller has had to explain his situation to four of our advisers so far.
runaround | s | Nobody seems to own address changes, so they ping between teams.
blame | s | If you'd kept to the payment plan, we wouldn't be having this conversation.
blame | s | You can't blame us when you gave the wrong date of birth.
blame | s | It was clearly stated in the contract you signed, so you only have yourself to blame.
blame | s | The parcel was returned because nobody was home, which is down to you.
blame | s | You should really have checked the size guide before ordering.
blame | s | This wouldn't have happened if you had listened to the advice we gave you.
blame | s | The problem is on your end, your device isn't up to date.
blame | s | I'm afraid the mistake was made when you filled in the online form.
blame | c | They keep saying the error was on my side.
blame | c | The letter was basically a telling-off for not paying on time, which I did.
blame | c | The adviser implied it was my own stupidity.
blame | c | They blamed me for their own courier's mistake.
blame | c | I was made out to be the one at fault.
blame | c | Apparently I'm to blame because I didn't chase them sooner.
blame | c | The manager insisted I had misread the price tag.
blame | c | Instead of an apology I got told I'd used the product wrong.
blame | c | They are trying to make out that I agreed to the upgrade.
blame | c | She said if I'd read the email properly I'd have known.
blame | c | The engineer put the fault down to me using the wrong plug.
delay | c | It has now been nine weeks since I sent the claim form.
delay | c | The refund you promised by the end of the month still hasn't appeared.
delay | c | I've sent four emails this month and had no reply to any of them.
delay | c | The boiler repair keeps getting postponed.
delay | c | My case has been open since spring with no progress.
delay | c | We waited over an hour past our booking time for a table.
delay | c | It took nearly three months to get my deposit back.
delay | c | They said two to three days and it's been two to three weeks.
delay | c | I'm still waiting for the paperwork you said you'd post in May.
delay | c | Three calls, three promises of a callback, zero callbacks.
delay | c | The train sat outside the station for forty minutes.
delay | c | Nobody answers the phone at the surgery before lunch.
delay | c | My query has been left hanging for weeks.
delay | c | Haven't heard a peep since I sent the complaint.
delay | c | Your team has completely ghosted me.
delay | c | Still nothing on my refund, week six now.
delay | s | We've been slow to deal with this, and I'm sorry.
delay | s | The customer's refund has been outstanding for seven weeks.
delay | s | Her complaint sat in the queue for a month before anyone opened it.
delay | s | Turnaround on repairs has slipped to about three weeks.
delay | s | We didn't call him back when we said we would.
excuse | s | There's nothing on my screen that lets me change it, sorry.
excuse | s | That's set nationally, there is no flexibility at branch level.
excuse | s | We just follow what the system tells us.
excuse | s | It's the bank's rule, not ours, we only process the payment.
excuse | s | I'm not authorised to make exceptions, it would have to come from the top.
excuse | s | The mistake happened at the depot, which is run by a separate company.
excuse | s | Those prices are set by head office, I can't change them at the till.
excuse | c | Their excuse this time was staff training.
excuse | c | The receptionist just said the computer wouldn't let her book it.
excuse | c | Every problem is always someone else's fault with this company.
excuse | c | They told me the glitch was with their supplier and washed their hands of it.
excuse | c | He said he only works on the phones and can't touch billing.
excuse | c | The store manager said the decision was made centrally and there was nothing he could do.
excuse | c | I keep hearing that it's the new software's fault.
policy-friction | c | I have to send a letter by post just to change my email address.
policy-friction | c | The rule that you can only book two weeks ahead makes it impossible to plan.
policy-friction | c | Why do I need a referral letter for something I've had treated before?
policy-friction | c | A twenty-page application for a small grant is ridiculous.
policy-friction | c | I was turned away because my ID had expired last week, even with my passport.
policy-friction | c | The bank won't let anyone else speak for my elderly father, even with his permission.
policy-friction | c | Their procedures are so rigid that nobody can use common sense.
policy-friction | c | The requirement to reset my password every month drives me mad.
policy-friction | c | They insisted on a certified copy, which cost me forty pounds.
policy-friction | c | So much bureaucracy for a simple refund.
policy-friction | s | The two-signature rule means transfers wait until a second manager is free.
policy-friction | s | We turn people away every day because of the proof-of-address requirement.
policy-friction | s | Customers find the cancellation form confusing and most of them fill it in twice.
policy-friction | s | The rule that we can't call customers back on mobiles causes a lot of complaints.
overload | s | There's only me on the counter and a room full of people.
overload | s | The whole team is burnt out from covering vacancies.
overload | s | We haven't got the staff to deal with the volume since the merger.
overload | s | I've got three hundred emails in my inbox and no time to answer them.
overload | s | We keep losing people, and the ones left are exhausted.
overload | s | Every day we start the shift already behind.
overload | s | Our team has been running at half strength for months.
overload | c | Only one agent was answering phones for the whole country, apparently.
overload | c | The staff are obviously overworked and underpaid.
overload | c | The care workers are rushed off their feet and can't spend time with anyone.
overload | c | The poor lad at the desk was trying to do three jobs at once.
overload | c | They clearly need more staff on weekends.
staff-conduct | c | The adviser was sarcastic throughout the call.
staff-conduct | c | She spoke to me as if I was stupid.
staff-conduct | c | The assistant ignored me and carried on chatting to her colleague.
staff-conduct | c | The agent got angry with me for asking a question.
staff-conduct | c | One of your staff made a nasty comment about my weight.
staff-conduct | c | The bouncer pushed my friend for no reason.
staff-conduct | c | The cashier threw my change on the counter.
staff-conduct | c | Absolutely no respect from the person who served me.
staff-conduct | c | The doctor's receptionist was short with me and hung up.
staff-conduct | c | The rep was smug and unhelpful.
staff-conduct | s | A customer has reported that our installer was rude and used bad language.
staff-conduct | s | The caller says the adviser was dismissive of her concerns.
escalation | c | I'm going to take this further.
escalation | c | I'll be contacting the ombudsman if I don't hear back.
escalation | c | Put me through to your complaints department.
escalation | c | I want this reviewed by someone more senior than you.
escalation | c | I have reported the company to the data protection regulator.
escalation | c | I've started legal proceedings.
escalation | c | I've asked my bank to reverse the payment.
escalation | c | I'm escalating this complaint.
escalation | s | The customer wants to speak to the branch manager about the refusal.
escalation | s | He has threatened to go to the press.
churn-risk | c | Once this contract is up, I'm gone.
churn-risk | c | I've moved my mortgage to another lender.
churn-risk | c | We've decided to take our custom elsewhere.
churn-risk | c | I'd cancel today if I could.
churn-risk | c | Please cancel my membership, I've had enough.
churn-risk | c | Honestly thinking of ditching you after all these years.
churn-risk | s | The customer has asked us to close all his accounts.
churn-risk | s | She said she's moving her pension to a different provider.
- | c | I rang twice because the line was bad the first time.
- | c | The advisers all gave me the same clear answer.
- | c | The bank sent me to the right branch and they sorted it.
- | c | I spoke to three people and each one was helpful.
- | c | I was passed to the fraud team, who sorted it in minutes.
- | c | The ticket was handed to a specialist the same day and fixed.
- | c | Your agent explained the whole process so I didn't need to call again.
- | c | I had to repeat my postcode because the line was crackly.
- | c | The loop bus runs every ten minutes.
- | c | I went round the shop twice looking for the milk.
- | c | The engineer said the wiring fault was the previous owner's work, and fixed it anyway.
- | c | The fault was on the supplier's side and they replaced it straight away.
- | c | The computer wouldn't start, so I brought it in for repair.
- | c | It's not up to me, my partner decides on the holidays.
- | c | My manager won't let me take leave in December.
- | c | My company has a policy of no personal calls at work.
- | c | I have to follow the rules at my gym, it's fine.
- | c | I needed two forms of ID, which I had with me.
- | c | The paperwork was already filled in when I arrived.
- | c | The signature was all they needed.
- | c | They needed proof of address and a utility bill did the job.
- | c | The terms were fair and clearly explained.
- | c | The agent said I'd done nothing wrong.
- | c | They never blamed me, even though it was partly my mistake.
- | c | I should have read the instructions, my own silly fault.
- | c | My son broke the screen, so we'll pay for the repair.
- | c | I gave you the wrong address, sorry about that.
- | c | My bank said it was a fraud attempt and blocked the card, which I'm grateful for.
- | c | I waited two minutes and got through.
- | c | It took less than a day to get my refund.
- | c | I only waited a moment before someone served me.
- | c | The repair was finished ahead of schedule.
- | c | Your reply came back within the hour.
- | c | They answered every email within a day.
- | c | I can't wait to get the keys to the new flat.
- | c | The queue at the museum was long, but worth it.
- | c | My neighbour has been waiting weeks for a delivery from another company.
- | c | I haven't replied to your offer yet because I'm still deciding.
- | c | I ignored the first letter because I thought it was spam, my bad.
- | c | The train was a few minutes late, no big deal.
- | c | The staff were friendly and patient with my mum.
- | c | The assistant went out of her way to help.
- | c | The receptionist was kind even though I was late.
- | c | The security guard helped me find my car.
- | c | The doctor laughed when my son told a joke.
- | c | I was angry, but the agent stayed calm and polite.
- | c | I raised my voice at the agent and I regret it.
- | c | I'm very busy this week, could we do the call on Friday?
- | c | My team is understaffed this month, so I'll send the report late.
- | c | The store was busy but there were plenty of staff.
- | c | The nurses were busy but always came when we called.
- | c | Things at my job are overwhelming right now.
- | c | I'm moving my savings into your fixed-rate account.
- | c | We're switching to your family plan next month.
- | c | I'm closing the garage door now, can you ring back?
- | c | I cancelled the appointment because I felt better.
- | c | I'd like to speak to the manager to give some positive feedback.
- | c | The supervisor came over and made sure we were looked after.
- | c | My lawyer sent over the signed contract, thanks for your help.
- | c | The ombudsman's website had useful guidance.
- | c | I've posted a five-star review.
- | c | I'm taking this to my friend's house for the weekend.
- | c | Could I have a copy of your complaints procedure for my records?
- | s | Sorry for any confusion, here is the correct reference number.
- | s | I'll transfer you to the team who handles this, they're expecting your call.
- | s | You should have the new card within three days.
- | s | You shouldn't need to do anything else, we've got it from here.
- | s | We rely on you to tell us about changes, so thank you for updating us.
- | s | The policy allows a refund in your case, so I've processed it.
- | s | The system won't charge you twice, the second payment is a hold that drops off.
- | s | I've been given permission to waive the fee, so it's done.
- | s | There's no backlog at the moment, so we'll look at it today.
- | s | We're quieter this week, so I can call you this afternoon.
- | s | The branch and our team have agreed who will handle your case.
- | s | Thanks for waiting, I've got your answer now.
- | s | The customer was happy with how quickly we replied.
- | s | The customer said our adviser was polite and patient.
- | s | She has decided to keep her account open.
delay | c | Day eleven of waiting for someone to call me back about the leak.
delay | c | The parcel tracking hasn't moved in a week.
delay | c | I applied for the loan six weeks ago and I'm still waiting for a decision.
delay | c | Your engineer was meant to arrive between 8 and 12, it's now 4pm.
delay | c | I've lost count of the emails I've sent without a single answer.
delay | c | Nobody got back to me, even though I was promised a reply the next day.
delay | c | The money left my account on the 1st and still hasn't reached the other bank.
delay | c | I've been trying to get an appointment for a month.
delay | c | The so-called express delivery took nine days.
delay | c | Your online chat says a reply within minutes, I've been in the queue since lunchtime.
delay | c | Three weeks on and my complaint hasn't even been acknowledged.
delay | c | The plumber you sent is now two days overdue.
delay | c | The reimbursement is taking an eternity.
delay | c | My messages on the app just sit there unread.
delay | c | They still haven't fixed the streetlight we reported in October.
delay | c | It's been dragging on since the spring.
delay | c | I was told the replacement would ship immediately, that was a month ago.
delay | c | Hours on the phone over three days and I still haven't spoken to a person.
delay | s | This customer's refund should have gone out a fortnight ago.
delay | s | I'm sorry nobody replied to your letter sooner.
delay | s | We're currently about three weeks behind on new applications.
delay | s | The case has been sitting unassigned since the 4th.
escalation | c | I'm going over your head on this one.
escalation | c | I want my complaint looked at by the complaints manager, not another adviser.
escalation | c | If this is your final response, I'll be sending it to the ombudsman.
escalation | c | I've reported the matter to Citizens Advice and they're helping me complain.
escalation | c | I've made a complaint to the energy regulator.
escalation | c | I'm putting this in writing to your head office.
escalation | c | Please give me the address of your chief executive's office.
escalation | c | I have instructed a solicitor to deal with this.
escalation | c | I'm disputing the charge with my credit card company.
escalation | s | The customer has asked for a senior manager to call her back today.
escalation | s | He says he's already contacted the regulator.
blame | s | The charge is correct, you didn't cancel before the renewal date.
blame | s | I can see you missed two payments, so the account was suspended.
blame | s | As I explained, you selected the wrong option when you booked.
blame | s | The warranty doesn't cover damage caused by customers dropping the phone.
blame | c | The reply blamed me for not providing a receipt I had already sent twice.
blame | c | Their stance is that I should have spotted the error myself.
blame | c | Apparently it's my fault the engineer couldn't find the house.
blame | c | They've decided the damage was caused by me.
blame | c | The adviser basically told me I'd brought it on myself.
- | s | That one's on us, I'm sorry, I've refunded the charge.
- | s | We should have spotted the mistake ourselves, apologies.
- | s | It was our error, not yours, and it's been corrected.
- | s | You're quite right, our engineer should have called ahead.
- | s | You did everything right, the fault was in our system.
- | s | You should have the replacement by Thursday.
- | s | You don't need to send the receipt again, we have it.
- | c | I admit it was my fault for missing the payment.
- | c | I blamed the courier at first, but it was my neighbour who took it in.
- | c | I left a glowing review for your engineer.
- | c | The manager came out to thank us for being patient.
- | c | I'd like to pass a compliment to your supervisor about Jane.
- | c | The regulator's report says your bank is one of the best.
- | c | I saw your boss on the news talking about the new branches.
- | c | My lawyer is happy with the documents you sent.
- | c | I'm writing to head office to say how good the branch is.
- | c | The complaint I made last year was handled brilliantly.
- | c | My card company confirmed the payment went through.
- | c | The review of my claim came back in my favour.
- | c | Waited a week for the sofa, as expected for made-to-order.
- | c | Delivery took the three days you said it would.
- | c | I was in the queue for a few minutes, which is fine at lunchtime.
- | c | The answer came back the next morning.
- | c | I'm waiting for my pay day before I book.
- | c | Sorry for taking so long to send the meter reading.
- | c | I'll get back to you next week once I've checked with my wife.
- | s | We replied within the hour, as the customer asked.
- | s | Your application was approved the same day.
- | s | The parcel is due tomorrow, right on schedule.
`;
