// Labelled warning-sign examples, written for Fulcrum (see ./index.ts for the format): blame,
// delay and churn told in many ways, each beside hard negatives that share their words — the
// speaker owning a fault, an inquiry about a delay, a point in time rather than a wait, a
// booking or a relative's account closed rather than the customer leaving.
export const BLAME_DELAY_CHURN_CONTRASTS = `
blame | s | The payment failed because the card details you typed were out of date.
blame | s | Had you read the welcome pack, you'd have known about the fee.
blame | s | We can't be held responsible for you giving out your passcode.
blame | s | The boiler broke because it wasn't serviced, which is the tenant's job.
blame | s | Honestly, the customer brought this on himself by ignoring three letters.
blame | s | You didn't tell us about the new address, so the card went to the old one.
blame | s | Your child made those in-app purchases, so the charges stand.
blame | s | The delay is down to you sending the wrong documents.
blame | s | Users keep breaking their laptops and then expect us to replace them for free.
blame | s | If you'd bothered to check the tracking, you'd have seen it was delivered.
blame | s | It's your responsibility to keep the meter accessible.
blame | s | That's what happens when you don't back up your files.
blame | c | The call handler basically said I'd caused the leak myself.
blame | c | According to the bank, I must have been careless with my card.
blame | c | They're claiming I damaged the phone, which is nonsense.
blame | c | The receptionist made me feel like it was my fault the doctor was running late.
blame | c | I got a lecture about reading emails instead of an answer.
blame | c | Their reply basically says the whole problem is my doing.
blame | c | They insist I agreed to the upgrade, but I never did.
blame | c | The insurer says the damage happened because I left a window open.
blame | c | The engineer told me I'd been using the heating wrong for years.
blame | c | Somehow the missed delivery is being put down to me.
blame | c | The IT desk treated me like an idiot for locking my account.
blame | c | Every time I complain they turn it around onto me.
- | c | That one's on me, I booked the wrong date.
- | c | I should have checked the size before ordering, my mistake.
- | c | I'll hold my hands up, I forgot to cancel the trial.
- | c | Completely my own error, I sent the money to the wrong account.
- | c | I was careless with my PIN, I know.
- | s | That was our mistake, not yours, and the charge has been refunded.
- | s | You're not to blame at all, the system sent the wrong letter.
- | s | The error was on our side and we're sorry for the trouble.
- | s | You should receive a new card within five working days.
- | s | You should see the refund on your statement by Monday.
- | s | If you have trouble logging in, just give us a ring.
- | s | Please check the confirmation email for your booking reference.
- | s | You were right to raise this with us.
- | c | What happens if I pay the bill a day late?
- | c | Who is responsible for fixing the fence between our gardens?
- | c | The staff were clear that nobody had done anything wrong.
- | c | The manager said the mix-up was their fault and gave me a voucher.
- | c | She told me it wasn't my fault at all and sorted it out.
blame | s | You entered the wrong reference, that's why the payment bounced.
blame | s | We did warn you about the charge in writing, so it's down to you.
blame | s | You must have left the card somewhere, our systems are secure.
blame | s | The tenant let the drains block, so the repair cost falls to them.
blame | s | Had she kept her receipt, we could have refunded her.
blame | s | You agreed to the terms when you clicked accept.
blame | s | People who lose their login details can't expect us to drop everything.
blame | s | The fault lies with how you installed it, not with the product.
blame | s | You really need to read our messages before calling us.
blame | s | If you'd answered when the courier rang, you'd have your parcel.
blame | c | They said the missed payment was my problem, not theirs.
blame | c | I was made to feel stupid for not knowing the rules.
blame | c | The adviser told me I should have known better.
blame | c | They're pinning the overdraft on me even though their app crashed.
blame | c | The clinic claims I never turned up, but I was sat in the waiting room.
blame | c | Apparently I caused the outage by restarting the router.
blame | c | I was told off like a child for forgetting my card.
blame | c | Their response boiled down to "you should have been more careful".
- | c | I got the date wrong, that's entirely down to me.
- | c | I should have read the email properly, sorry for the fuss.
- | c | We should have booked earlier, our own fault.
- | c | My mistake, I thought the offer ran until Sunday.
- | c | I blame the weather more than anyone.
- | s | We should have told you about the fee, and we've taken it off.
- | s | I should have called you back yesterday, I'm sorry.
- | s | Nothing you did caused this, it was a fault in our billing.
- | s | You should get a text when the engineer is on the way.
- | s | You may need to read the letter again for the new account number.
- | s | If you missed our call, don't worry, we'll try again tomorrow.
- | c | Who should I send the form to?
- | c | Should I have received a letter by now?
delay | c | It's been three weeks since I sent my claim and I've heard nothing.
delay | c | Still no word from anyone about my repair.
delay | c | The company has gone quiet since I asked for compensation.
delay | c | I emailed twice last month and neither got a reply.
delay | c | My complaint has been sitting unanswered since March.
delay | c | They said a week, it has now been five.
delay | c | My card was meant to arrive in three days and it's been a fortnight.
delay | c | The appointment was pushed back again, now it's in June.
delay | c | Took them over a month to send a simple letter.
delay | c | I've been waiting since Friday for someone to call me back.
delay | c | Nobody ever returns my calls.
delay | c | The repair was booked for the morning and the engineer turned up at six in the evening.
delay | c | We were kept on the plane for two hours with no explanation.
delay | c | The tracking has said "out for delivery" for four days.
delay | c | My transfer still hasn't gone through after ten days.
delay | c | Over a week and no one has even looked at my ticket.
delay | c | My council tax query has been ignored for two months.
delay | c | The pharmacy still hasn't got my prescription ready, it's the third visit.
delay | s | We're running about two weeks behind on refund requests.
delay | s | Replies to emails are currently taking up to fifteen working days.
delay | s | I'm sorry nobody got back to you last week as promised.
delay | s | Apologies that your case has taken so long to progress.
delay | s | The backlog means new claims won't be looked at for a month.
delay | s | His order should have gone out on Monday and it's still in the warehouse.
delay | s | The ticket has been sitting in the queue for nine days without an owner.
delay | s | We haven't replied to her last three emails, which isn't good enough.
- | c | Is the 8:15 running late today?
- | c | Are there any delays expected on the motorway tonight?
- | c | Will my parcel still arrive on Friday with the strike on?
- | c | How long does a refund usually take?
- | c | I ordered on Monday and it arrived on Wednesday, brilliant.
- | c | I spoke to them last week and they sorted it straight away.
- | c | Three days later I called again just to say thanks.
- | c | The form takes about ten days to process, which is what they said.
- | c | Sorry I'm late replying, I was away.
- | c | I took two weeks to send the documents because I was on holiday.
- | c | The flight left on time and landed early.
- | c | I've been with this bank for twenty years.
- | c | Next month I'm moving to the new office.
- | c | We waited a few minutes and then the doctor saw us.
- | s | Your replacement will be posted the following week.
- | s | Refunds normally take three to five working days to appear.
- | s | I'll call you back tomorrow morning with an update.
- | s | We're still waiting for the customer to return the form.
- | s | Thank you for your patience, your order has now shipped.
- | s | The delay was resolved and all orders are now going out the same day.
churn-risk | c | I'm moving my mortgage to another lender when the deal ends.
churn-risk | c | After this, I'm taking my business somewhere else.
churn-risk | c | You won't be getting another penny from me.
churn-risk | c | I've already signed up with a different supplier.
churn-risk | c | I've put in my notice on the broadband, I'm off at the end of the month.
churn-risk | c | I'll be closing all my accounts with you this week.
churn-risk | c | Not renewing my membership after the way I was treated.
churn-risk | c | Never shopping here again.
churn-risk | c | I'm done with this company.
churn-risk | c | Going back to my old provider, at least they answered the phone.
churn-risk | c | Please tell me how to cancel, I want out.
churn-risk | c | That's the last time I fly with you.
churn-risk | c | My whole family is switching their phones to another network.
churn-risk | c | We'll be using a different firm for next year's audit.
churn-risk | c | I'm seriously considering taking my savings elsewhere.
churn-risk | s | The customer has asked for his final bill because he's switching supplier.
churn-risk | s | She said she'll move her accounts if this isn't fixed by Friday.
churn-risk | s | Two of our biggest clients have told us they won't renew.
- | c | I need to cancel my dentist appointment for Thursday, can we rebook?
- | c | How do I close my mum's account now that she's passed away?
- | c | We're moving house next month, how do I update my address?
- | c | I've just renewed my insurance for another year, easy as anything.
- | c | I'm staying with you because the service has been great.
- | c | They closed my account without telling me why.
- | c | The branch near me is closing, which is a shame.
- | c | I cancelled the duplicate order, the other one is fine.
- | c | My sister switched to you last year and loves it.
- | c | Can I move my booking to a later flight?
- | c | I was thinking of leaving but they sorted it and I'm staying.
- | c | I'm leaving for the airport now, see you soon.
- | s | The customer cancelled one of her two direct debits.
- | s | He's closing his old savings account and opening a new one with us.
- | s | Customers can switch tariffs online at any time.
churn-risk | c | I'm voting with my feet and going to a credit union.
churn-risk | c | My contract is up in May and I won't be staying.
churn-risk | c | Time to look for a gym that actually fixes its showers.
churn-risk | c | Cancel my subscription, I've had enough.
churn-risk | c | We'll be taking our custom to the shop across the road from now on.
churn-risk | c | I've requested a transfer of my ISA to another provider.
churn-risk | c | You've just lost a twenty-year customer.
churn-risk | c | Unless this is fixed by Monday, I'm leaving.
churn-risk | c | I'll never book through your website again.
churn-risk | c | Deleted the app, closed the account, goodbye.
churn-risk | c | As soon as I find a decent alternative, I'm gone.
churn-risk | c | There are plenty of other energy suppliers who would want my money.
churn-risk | c | I won't be recommending you to anyone, and I won't be back myself.
churn-risk | s | The client is moving their payroll to a competitor next quarter.
churn-risk | s | He told me he's already found another insurer and wants to cancel.
- | c | I'll send the signed form over this afternoon.
- | c | Can you put me on the later train instead?
- | c | I cancelled last month's order, can I still get the credit?
- | c | I'm leaving on the night bus and back on Tuesday.
- | c | I'll give it another day and check the tracking again.
- | c | I'll be in touch once I've spoken to my partner.
- | c | Could you open more branches in the north?
- | c | Is it cheaper to book the return separately?
- | c | Another great stay, thanks to the whole team.
- | c | I'd love to see more flights to the coast next summer.
- | c | I will be emailing the documents tomorrow.
- | c | I switched to paperless billing and it's much easier.
- | s | Your subscription has been cancelled as you asked, and you won't be charged again.
- | s | The customer will call back once she has her account number.
- | s | Bookings for next summer open on the first of the month.
`;
