// Labelled warning-sign examples, written for Fulcrum (see ./index.ts for the format): more
// ways of saying blame, delay, escalation, staff conduct and policy friction in customer and
// staff words across banking, utilities, telecoms, retail, travel, health and internal
// services, each beside hard negatives that share its words.
export const MORE_PARAPHRASES = `
blame | s | That happened because the wrong sort code was entered on your side.
blame | s | We did send the letter, it's not our problem if you didn't open it.
blame | s | You should have told us you were moving house.
blame | s | The form was filled in incorrectly, which is why it bounced.
blame | s | Next time, please read the instructions before you call us.
blame | s | The meter reading you gave us was wrong, hence the big bill.
blame | s | He missed the appointment himself and now expects us to pay.
blame | s | She kept clicking the button, that's what caused the double payment.
blame | s | You've only got yourself to thank for the late fee.
blame | s | If you had listened the first time we wouldn't be here.
blame | c | They keep insisting I must have given my PIN to someone.
blame | c | Apparently it's my fault the parcel was left in the rain.
blame | c | The nurse acted like I'd wasted her time by coming in.
blame | c | I was accused of lying about when I sent the form.
blame | c | They put the whole mess down to me not reading an email they never sent.
blame | c | The landlord's agent said the damp was caused by me drying clothes indoors.
blame | c | Every call ends with them hinting that I did something wrong.
blame | c | I was treated as if the fraud was my own doing.
- | s | The mistake was ours, and we've put it right.
- | s | You did everything correctly, the fault sits with our system.
- | c | It was my fault, I typed the wrong postcode.
- | s | Thanks for pointing that out, you were right all along.
- | c | I forgot my password again, entirely my doing.
- | s | Nobody is blaming you, we just need the form signed.
- | s | You shouldn't have had to ring us three times, I'm sorry.
- | s | You're quite right, we should have warned you about the fee.
- | s | That was our mistake, not yours, and it's been corrected.
- | s | You weren't to know the date had changed, we should have written.
- | s | I can see you did send the form, the error is on our side.
- | s | Please don't worry, you haven't done anything wrong.
- | c | Honestly, I should have checked the dates myself.
- | c | My own fault for not reading the small print.
- | c | I put the wrong card number in, my mistake entirely.
- | c | The agent reassured me it wasn't my fault at all.
- | s | You should have received a text with the tracking link this morning.
- | s | You should now be able to log in with the new password.
- | s | You should see the refund on your statement within three days.
- | s | If you'd like the paper form instead, just let us know.
- | s | Had you wanted a later slot, we could have arranged that too.
- | s | You were quite right to ring us about it.
- | s | None of this was down to you, and I'm sorry it happened.
- | c | I should have rung them sooner, but they sorted it quickly.
- | c | I admit I missed the first letter, but they were understanding.
- | c | I made a mistake on the form and the adviser fixed it for me.
blame | s | You should have checked the dates before you booked.
blame | s | The error came from the details you entered, not from us.
blame | s | That's on you, the terms were sent when you signed up.
blame | c | She said I should have kept the receipt if I wanted a refund.
blame | c | The call handler made out I'd caused the leak myself.
blame | c | According to them the missing payment is my fault for using the old account.
- | c | The referee blamed the pitch for the cancelled match.
delay | c | Still nothing from the claims team after six weeks.
delay | c | I've been waiting since Tuesday for someone to ring back.
delay | c | The replacement card never turned up, it's been three weeks.
delay | c | My emails to the complaints address go unanswered.
delay | c | The repair keeps getting postponed.
delay | c | Support promised an update within two days, that was a fortnight ago.
delay | c | Nobody has got back to me about the broken boiler.
delay | c | The refund is taking forever.
delay | c | We sat on the runway for nearly three hours.
delay | c | Weeks go by and my application is still sitting there.
delay | c | It took them until the following month to fix a five-minute job.
delay | c | I chased the surgery four times before they sent the letter.
delay | c | Messages left on the voicemail are never returned.
delay | s | We're running about a fortnight behind on refunds.
delay | s | I'm sorry we've kept you waiting for so long.
delay | s | Apologies, your case has sat unassigned since last week.
delay | s | There's a three-week wait for home visits at the moment.
delay | s | The customer has emailed five times with no answer from us.
- | c | They got back to me within the hour.
- | c | My card arrived the day after I ordered it.
- | c | The engineer turned up early and fixed it fast.
- | c | No waiting at all, straight through to an adviser.
- | s | Refunds are now going out the same day.
- | s | We replied to every complaint within two days this month.
- | c | I'll wait until the sale starts before ordering.
escalation | c | I'm putting this in writing to your chief executive.
escalation | c | If this isn't sorted I'm going to the financial ombudsman.
escalation | c | I've contacted my MP about the way I've been treated.
escalation | c | I'm reporting this to the regulator.
escalation | c | My solicitor will be in touch.
escalation | c | I want the name of your complaints manager.
escalation | c | I'll be leaving a review so others know what to expect.
escalation | c | I've started a claim in the small claims court.
escalation | c | Please escalate this to someone with the power to fix it.
escalation | c | I've sent the whole story to the local paper.
escalation | s | The customer has asked to speak to a team leader.
escalation | s | He says he's taking it to the ombudsman if we don't refund him.
- | c | My solicitor is dealing with the house sale, please send the deeds to her.
- | c | I left a review praising the team who helped me.
- | s | The manager called the customer to say thank you for her patience.
- | c | I wrote to the chief executive to thank the branch staff.
- | c | The ombudsman's website had some useful guides on budgeting.
- | s | We escalated the faulty batch to the supplier and replacements are on their way.
- | c | The newspaper ran a nice story about your charity work.
staff-conduct | c | The receptionist was incredibly dismissive.
staff-conduct | c | He spoke to me like I was a child.
staff-conduct | c | The driver shouted at an elderly passenger.
staff-conduct | c | She sighed and rolled her eyes when I asked a question.
staff-conduct | c | The man on the phone was sarcastic and unhelpful.
staff-conduct | c | Your agent swore at me and hung up.
staff-conduct | c | The security guard was aggressive for no reason.
staff-conduct | c | The adviser was patronising from start to finish.
staff-conduct | c | Staff stood around laughing while the queue grew.
staff-conduct | c | I was mocked for my accent by the person at the counter.
staff-conduct | s | One of our agents was rude to the caller, I'm dealing with it.
staff-conduct | s | The customer says our driver was abusive when dropping off the parcel.
- | c | The receptionist was warm and patient with my mum.
- | c | He explained everything clearly and never rushed me.
- | c | The driver waited while I got my bags, so kind.
- | c | I was rude to the agent and I apologise.
- | c | The comedian mocked everyone in the front row, brilliant night.
- | s | The customer shouted at our agent, who stayed calm throughout.
- | c | Nobody was rude, they were just very busy.
policy-friction | c | They won't let me pay the bill for my mother even though I have power of attorney.
policy-friction | c | Apparently I can only cancel by sending a letter.
policy-friction | c | The rules say the voucher can't be used online, which is ridiculous.
policy-friction | c | I'm being charged a fee just to get a paper copy of my own bill.
policy-friction | c | The app forces me to reset my password every month.
policy-friction | c | I need three forms of ID to collect a parcel addressed to me.
policy-friction | c | Their refund policy only gives credit notes, never money back.
policy-friction | s | Customers keep tripping over the rule that accounts can only be closed in branch.
policy-friction | s | The new verification steps are stopping genuine customers from logging in.
policy-friction | s | Our rule that complaints must be in writing is upsetting older callers.
- | c | The returns policy was clear and the refund came quickly.
- | c | Great that you only need one form of ID now.
- | s | We've dropped the fee for paper statements.
- | c | I read the terms and the cancellation was easy.
- | s | Customers can now close their account online in a few minutes.
- | c | The new rules on hand luggage are simple to follow.
`;
