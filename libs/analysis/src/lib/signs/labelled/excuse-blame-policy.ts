// Labelled warning-sign examples, written for Fulcrum (see ./index.ts for the format).
export const EXCUSE_BLAME_POLICY = `
excuse | s | Due to our policy we cannot refund opened items.
excuse | s | I'm afraid my hands are tied on this one.
excuse | s | The system is down so I can't process your request today.
excuse | s | Unfortunately the computer won't let me change the date.
excuse | s | That's not something my department handles.
excuse | s | There's nothing I can do, it's head office's decision.
excuse | s | It's out of my hands now, I'm sorry.
excuse | s | I'm not authorised to make that change.
excuse | s | Our system doesn't allow partial refunds.
excuse | s | That's just how the process works, I don't make the rules.
excuse | s | I only work here, I can't change anything.
excuse | s | It's not my call, you'll have to take it up with billing.
excuse | s | The software is playing up so there's nothing I can do today.
excuse | s | Head office decides that, not us.
excuse | s | Our hands are tied by the regulations.
excuse | s | That's above my pay grade.
excuse | s | The IT system has been down all week, so we can't issue new cards.
excuse | s | I'd love to help but the rules don't let me.
excuse | s | It's the warehouse's fault, not ours.
excuse | s | Blame the courier, we just hand the parcels over.
excuse,delay | s | We can't do anything until the other department gets back to us.
excuse | s | Sorry, our policy doesn't allow me to override that.
excuse | s | I can't help with that, it's a different team's responsibility.
excuse | s | The tool won't accept the change, so it is what it is.
excuse | s | There is nothing we can do because the supplier let us down.
excuse | s | The computer is very slow today so I can't look that up.
excuse | c | The agent said her hands were tied.
excuse | c | She told me the system was down so she couldn't do anything.
excuse | c | They kept saying it was company policy and there was nothing they could do.
excuse | c | The manager just said that's the rule and shrugged.
excuse,staff-conduct | c | He told me it wasn't his department and hung up.
excuse | c | Every time I ask they blame the computer system.
excuse | c | The rep claimed it was out of her control.
excuse | c | They said their hands are tied because of head office.
excuse | c | I was told the software wouldn't let them issue a refund.
excuse | c | Staff said it wasn't their responsibility and pointed me to the courier.
excuse | c | They blamed the third-party supplier instead of fixing it.
excuse | c | She said "that's our policy, I can't help you".
excuse | c | Apparently the computer says no.
excuse | c | The agent said they only follow orders from head office.
excuse | c | Their excuse was that the system had a glitch.
excuse | c | He insisted it was the bank's rules and not up to him.
excuse | c | They said it's out of their control.
excuse | c | The clerk said she wasn't authorised to help me.
excuse | c | They told me there was nothing they could do because of the new procedures.
excuse | c | The answer was always that the system would not allow it.
excuse | c | Their line is that it's the courier's problem, not theirs.
- | c | It's out of my control, I was in hospital when the payment was due.
- | c | I missed the deadline for reasons beyond my control.
- | c | My hands are full with the kids so please email me.
- | c | The system is great, I can do everything online.
- | s | The system is back up, so I've processed your request.
- | s | I've checked our policy and we can refund you in full.
- | s | Good news: I am authorised to waive the fee this time.
- | s | I'll take this to head office myself and push for an exception.
- | c | Your app lets me change the date easily.
- | c | I read the policy and it all makes sense.
- | s | It's not your fault at all, we made the mistake.
- | s | Our mistake, not yours, and we will fix it.
- | c | The agent took responsibility and fixed it.
- | s | I can do that for you right now.
- | c | I'm not allowed to use my phone at work so please write.
- | c | Due to a family emergency I couldn't call earlier.
- | c | Because of the storm my flight was cancelled, which is nobody's fault.
- | s | We changed our procedures so this won't happen again.
- | c | The department was very helpful.
- | s | This is my responsibility and I'll see it through.
- | c | Is it your policy to charge for paper statements?
- | c | What are the rules for carrying on a guitar?
- | s | Our policy is to refund within 14 days, and your refund was sent today.
- | c | The system upgrade went smoothly for me.
- | c | I couldn't do anything about it because I was abroad.
- | s | There's nothing more you need to do, it's all sorted.
- | c | The computer I bought from you works perfectly.
- | c | I'm out of the country so I can't come to the branch.
- | c | The software update fixed my login problem.
- | c | It was beyond my control, my card was stolen.
- | c | Head office called me back and sorted it.
- | c | There's nothing they could do about the weather, and the crew were lovely.
- | s | We can override the limit for you today.
- | c | My own laptop was down so I couldn't log in.
- | c | I forgot my password, that's on me.
- | c | The policy was explained clearly and the agent was patient.
- | s | Nothing to worry about, the payment went through.
- | c | My hands are tied at work until five, so please call after that.
- | s | I have the authority to fix this, so I've done it.
- | c | Our hands were full with shopping bags and the driver helped us.
- | s | The system lets me refund you straight away, done.
blame | s | You should have read the terms before booking.
blame | s | You failed to attach the receipt.
blame | s | As I already explained, you need to read the email we sent.
blame | s | This happened because you entered the wrong account number.
blame | s | It was clearly stated in the contract you signed.
blame | s | If you had checked your statements you would have noticed.
blame | s | You were supposed to cancel before the renewal date.
blame | s | That's your responsibility, not ours.
blame | s | You didn't provide the correct documents.
blame | s | You must have clicked the wrong button.
blame | s | The customer should have read the small print.
blame | s | Customers are expected to keep their receipts, and he didn't.
blame | s | The mistake is on your side, the form was filled in wrongly.
blame | s | The customer ignored our reminders and now wants us to fix it.
blame | s | You'd have avoided the charge if you'd paid on time.
blame | s | Had you called earlier we could have helped.
blame | s | It's not our problem that you missed the email.
blame | s | You agreed to these terms when you signed up, so it's on you.
blame | s | Unfortunately you didn't follow the instructions in the email.
blame | s | This wouldn't have happened if you'd updated your address.
blame | s | You are responsible for keeping your PIN safe, so we can't refund this.
blame | s | Next time please read the confirmation properly.
blame | s | The caller clearly didn't read the booking conditions.
blame | c | The agent said it was my fault for not reading the email.
blame | c | They blamed me for their own mistake.
blame | c | She basically told me I should have known better.
blame,staff-conduct | c | They made me feel stupid for asking.
blame,staff-conduct | c | The rep accused me of lying about the delivery.
blame | c | He said I must have entered the wrong details, which I didn't.
blame | c | They keep saying the problem is on my end.
blame | c | I was told it was my own fault for trusting them.
blame | c | The manager insisted I had caused the damage myself.
blame | c | Instead of helping they lectured me about reading the terms.
blame | c | They treated me as if I had done something wrong.
blame | c | Their answer was that I should have called sooner.
blame | c | They claim I never sent the form even though I have proof.
blame,staff-conduct | c | The staff implied I was trying to scam them.
blame | c | They pinned the blame on me.
blame | c | They said I should've checked the dates myself.
blame | c | I got told off for not bringing the right documents.
blame,delay | c | They said the delay was down to me not filling the form in properly.
blame | c | The agent blamed me for the card being declined.
blame | c | Somehow it became my mistake that their website crashed.
- | s | I'm sorry, you shouldn't have had to chase us.
- | s | I'm so sorry, you should never have been charged.
- | s | You should have received a refund by now, let me check.
- | s | You should have the new card by Friday.
- | s | You should have got an email with your reference.
- | c | You should have told me about the fee.
delay | c | You failed to deliver my parcel on time.
delay | c | You didn't call me back as promised.
- | s | This was our mistake, not yours.
- | s | It's not your fault at all, and we've fixed it.
- | c | It was my fault, I typed the wrong address.
- | c | I blame myself for not reading the terms.
- | s | You were right to contact us.
- | c | I should have read the terms, lesson learned.
- | s | You don't need to do anything else.
- | c | They apologised and said it wasn't my fault.
- | c | The agent said it was their error and refunded me.
- | c | The agent took the blame and apologised.
- | s | You should have a confirmation email in your inbox.
- | s | You should have been told about the fee, and I'm sorry you weren't.
- | c | My fault for not checking the weather.
- | s | As you mentioned on the phone, the parcel was damaged, so here's a replacement.
- | c | They were clear it was a system error and not my fault.
- | s | If you had any trouble with the form, please call us.
- | s | You have every right to be upset.
- | c | I told them it was my mistake and they were very understanding.
- | s | You did everything right, the error is ours.
- | s | You shouldn't have to wait this long for a refund.
- | s | Read the attached letter for your new account details.
- | c | The instructions were clearly stated on the website and easy to follow.
- | s | Thank you for providing the documents so quickly.
- | c | You didn't charge me twice after all, my mistake.
- | c | My husband blamed me for booking the wrong date.
- | c | We blamed the weather, not the airline.
- | s | You shouldn't have been put through that, I apologise.
- | s | You were told the wrong date by my colleague, which is our error.
- | s | We should have called you, not the other way round.
- | s | Please don't blame yourself, anyone could have missed it.
- | c | You should have seen my face when the refund arrived!
- | s | You could have been clearer with us, I agree we should explain it better.
policy-friction | c | So much red tape just to change my address.
policy-friction | c | I had to fill in three different forms for one refund.
policy-friction | c | They need approval from head office before they can do anything.
policy-friction | c | Apparently it's against policy to refund in cash.
policy-friction | c | The rules make no sense, I've been a customer for ten years.
policy-friction | c | I have to jump through hoops just to close an account.
policy-friction | c | They wouldn't make an exception even though it was their mistake.
policy-friction | c | Why do I need a signed letter to update my phone number?
policy-friction | c | Another form, another signature, another week.
policy-friction | c | The paperwork is endless.
policy-friction | c | The bureaucracy here is unbelievable.
policy-friction | c | They refused to waive the fee because of some rule.
policy-friction | c | It still needs sign-off from a manager who is on holiday.
policy-friction | c | I can't withdraw my own money without an appointment, ridiculous rule.
policy-friction | c | Their policy says I must visit a branch in person, but the nearest is 50 miles away.
policy-friction | c | They insisted on a notarised copy of my passport for a simple change.
policy-friction | c | The process requires me to print, sign and post a form in this day and age.
policy-friction | c | I was told the rules are the rules, no exceptions.
policy-friction | c | They won't let me pay by card, cash only, company policy.
policy-friction,delay | c | We're stuck waiting for the underwriter to approve it.
policy-friction | s | We can't process this without a wet signature, that's the rule.
policy-friction | s | I need to get approval from my manager, which can take a week.
policy-friction | s | Policy says we can't accept returns after 14 days, no exceptions.
policy-friction | s | You'll need to complete a separate form for each account.
policy-friction | s | I'm not permitted to refund without a receipt.
policy-friction | s | The customer had to fill in the same form twice because the process changed.
policy-friction,delay | s | The new approval process is slowing everything down.
policy-friction | s | Our sign-off rules mean even small refunds need two managers.
policy-friction | s | Customers keep complaining about how many forms we ask for.
policy-friction | c | The terms don't allow any changes after booking, which is absurd.
policy-friction | c | Not allowed to bring a drink through, not even water.
policy-friction | c | Every change needs a written request by post.
policy-friction | c | I've sent the same documents four times because each department wants its own copy.
policy-friction | c | They asked for yet more proof of identity.
policy-friction | c | The hoops you make customers jump through are ridiculous.
policy-friction | c | The rigid rules cost me a day off work.
policy-friction,delay | c | My claim is on hold pending approval from another department.
policy-friction | c | Apparently the policy forbids them from telling me why.
policy-friction | c | They demanded proof of address that I already gave them twice.
policy-friction | s | I know the form is long, but we can't skip any section.
policy-friction | c | The checklist of documents they want is absurd.
policy-friction | c | Computer says I need a utility bill, but I only have paperless bills.
policy-friction | c | A simple refund shouldn't need three signatures.
- | c | I got approval for my mortgage in two days.
- | c | The paperwork was all ready when I arrived.
- | c | The form was quick and simple to fill in.
- | c | Thanks for approving my loan so fast.
- | c | Your returns policy is generous and clear.
- | s | Your application has been approved.
- | s | I've waived the fee as a one-off.
- | s | We made an exception and refunded you in full.
- | c | The rules were explained clearly and made sense.
- | c | I signed the forms online in a few minutes.
- | c | They approved my claim without any fuss.
- | c | No paperwork needed, just a quick call.
- | s | There's no form to fill in, I've done it for you.
- | c | I read the policy before I booked.
- | c | Where can I find the form to change my address?
- | c | I'd like to apply for an overdraft, what do I need?
- | s | We've simplified the form so it takes two minutes.
- | c | The process was straightforward from start to finish.
- | c | I love that there is no red tape with this bank.
- | c | My manager approved my holiday so I'm rebooking.
- | c | I'm allowed to bring one bag on board, right?
- | c | The policy number is on the letter.
- | s | Please sign and return the attached form at your convenience.
- | c | The documents arrived and I filled them in easily.
- | c | Pets are not allowed in the cabin, which is fine by me.
- | c | I'm pleased the regulations keep my money safe.
- | s | Approval came through this morning.
- | c | I completed the form and everything went through.
- | c | Their policies are fair.
- | s | No further documents are needed.
- | c | The permit was approved quickly.
- | s | I got sign-off for your refund within the hour.
- | c | Great policy on price matching.
- | c | They let me skip the form because I'm a long-time customer.
- | c | The application asked for my income, which is fair enough.
- | c | Is there a form for a change of name?
- | c | My employer needs approval for the expense first.
- | c | The procedure at the dentist was painless.
- | c | The escalator was broken but the lift worked.
- | c | Rules are there for a reason and I understand that.
`;
