// Labelled warning-sign examples, written for Fulcrum (see ./index.ts for the format).
export const ESCALATION_DELAY_CONDUCT = `
escalation | c | Put me through to someone senior.
escalation | c | I want to speak to a manager right now.
escalation | c | I'm making a formal complaint.
escalation | c | I will be contacting the ombudsman.
escalation | c | I've reported you to the financial regulator.
escalation | c | My solicitor will be in touch.
escalation | c | I'm taking you to the small claims court.
escalation | c | I want this escalated to your complaints team.
escalation | c | Let me talk to your supervisor.
escalation | c | I'll be writing to your CEO about this.
escalation | c | I've filed a complaint with the consumer protection bureau.
escalation | c | This is going on social media tonight.
escalation | c | Get me someone with actual authority.
escalation | c | I'm contacting a local journalist about how you treat customers.
escalation | c | I've lodged a dispute with my card issuer.
escalation | c | Is there anyone above you I can talk to?
escalation | c | I demand to speak to whoever is in charge.
escalation | c | I'll be seeking legal advice.
escalation | c | I've complained to the CFPB.
escalation | c | If this isn't resolved I will go to the ombudsman.
escalation | c | I want the name of your head of customer service.
escalation | c | I'm raising this with trading standards.
escalation | c | My next call will be to my lawyer.
escalation | c | Please pass this to your complaints department, I'm not letting it go.
escalation | c | Can I have your manager's email address? I want to complain.
escalation | c | I'm going to leave a one-star review everywhere I can.
escalation | c | I asked for a supervisor three times.
escalation | c | I've written to my MP about this.
escalation | c | Escalate this to someone who can actually make a decision.
escalation | c | I am filing a chargeback with my bank.
escalation | s | The customer demanded to speak to a manager.
escalation | s | She says she will go to the ombudsman if we don't refund her.
escalation | s | The caller threatened legal action.
escalation | s | He has asked for his complaint to be escalated to head office.
escalation | s | The client is posting about us on social media.
escalation | c | I'll see you in court.
escalation | c | Take this higher, I'm not accepting that answer.
escalation | c | I want a senior person to review my case.
escalation | c | Transfer me to your boss.
escalation | c | I'm reporting this to the Better Business Bureau.
escalation | c | I'm going to the press with this.
escalation | c | I need someone higher up to look at this.
escalation | c | I'll be taking this further.
- | c | The collector filed a lawsuit against me.
- | c | Their lawyer sent me a threatening letter.
- | c | The escalator was broken.
- | c | The manager was lovely and sorted it out.
- | s | I've escalated your case to our specialist team.
- | c | My complaint was handled quickly, thank you.
- | c | The debt collector took me to court over a debt I don't owe.
- | c | I'm a manager myself so I understand how busy you are.
- | c | My lawyer is handling the house purchase, can you send her the statement?
- | s | If you'd like to speak to a manager, I can arrange that.
- | c | Things escalated quickly at the party.
- | c | I don't want to make a formal complaint, I just want my money back.
- | c | No need to escalate, the agent fixed it.
- | c | The supervisor came over and helped straight away.
- | c | The bank's legal team sent me a letter about my arrears.
- | s | The regulator has updated its guidance.
- | c | The court date for my divorce is next month so I need my statements.
- | c | My attorney said everything looks fine.
- | c | The agency sued me for an old phone bill.
- | c | I complained to my husband about the weather.
- | c | I'd like to compliment the manager on her service.
- | c | I posted a photo of my lovely meal on social media.
- | c | Your CEO's letter about the changes was helpful.
- | c | I'll recommend you to my friends on social media.
- | c | The company threatened to sue me.
- | c | The landlord took legal action against me.
- | s | We've passed your compliment to the manager.
- | c | I spoke with a supervisor and she was fantastic.
- | c | The newspaper had an ad for your savings account.
- | c | I won't be complaining, it was a small mistake.
- | c | The complaint form on your website works well.
- | c | Not once did I feel the need to ask for a manager.
- | c | My manager at work wants proof of my appointment.
- | c | They said they'd escalate it and they did, thanks.
- | c | A lawyer from the other driver's insurer called me.
- | c | The reviews online were great, so I booked.
- | c | The manager on duty was helpful.
- | c | The servicer's attorney filed a foreclosure case.
- | c | I'd give you a five-star review if I could.
delay | c | It took three weeks to get a reply.
delay | c | I've been on hold for an hour.
delay | c | Still waiting for my refund after two months.
delay | c | They did not respond to any of my emails.
delay | c | They stopped replying after I sent the documents.
delay | c | Nobody has got back to me.
delay | c | My parcel is ten days late.
delay | c | I've heard nothing since I applied in March.
delay | c | The refund was promised in five days and it's now been six weeks.
delay | c | I've been waiting since Monday for a callback.
delay | c | It takes forever to get through on the phone.
delay | c | Your response time is painfully slow.
delay | c | The repair has been delayed again.
delay,runaround | c | I emailed twice and never got an answer.
delay | c | We sat in the waiting room for three hours.
delay | c | They promised to call back yesterday and didn't.
delay | c | No update on my claim for a month.
delay | c | My messages have been left on read for days.
delay | c | I've been chasing this since January.
delay | c | The queue to check in was over an hour long.
delay | c | Weeks later, still nothing.
delay | c | The flight was delayed four hours with no explanation.
delay | c | My complaint has gone unanswered.
delay | c | Ages to get a simple answer.
delay | c | I'm still waiting on the engineer who was meant to come on Tuesday.
delay | c | The letter arrived a month after the deadline.
delay | c | My application has been pending for 12 weeks.
delay | c | They ignored my emails completely.
delay | c | I've had no reply to my letter of 3 June.
delay | c | The transfer was supposed to take a day and it took two weeks.
delay | c | I've been left waiting with no word from anyone.
delay | s | Sorry for the delay in getting back to you.
delay | s | Our reply took longer than it should have, I apologise.
delay | s | Claims are taking up to eight weeks at the moment.
delay | s | We haven't responded to her emails for a fortnight.
delay | s | The customer has been waiting since last month for a decision.
delay | c | Took them nine days to even acknowledge my complaint.
delay | c | You never answered my question from last week.
delay | c | Over a month and my card still hasn't arrived.
delay | c | Radio silence since my last call.
delay | c | Tried for days and nobody picks up.
delay | c | The company never responded to my dispute.
delay | c | They have yet to reply to my letter.
- | c | 2 days later I called to confirm the booking.
- | c | A week later I went back to buy another one.
- | c | The flight arrived on time.
- | c | They replied within the hour.
- | c | No delay at all, the refund came the next day.
- | c | I waited a minute and the agent was with me.
- | c | I'm happy to wait until next week for the new model.
- | s | We'll reply within two working days.
- | c | They responded quickly and politely.
- | c | I put my card on hold while I was abroad.
- | c | Can you put the delivery on hold while I'm away?
- | c | I'll wait for your email.
- | c | Three days later my parcel arrived, right as promised.
- | c | We waited for the weather to clear and then flew.
- | c | I'm running late for my appointment, can I rebook?
- | c | I was late paying my bill, sorry.
- | c | The engineer came early.
- | c | I got an answer the same day.
- | c | Please reply when you have a chance, no rush.
- | c | Not once did I have to wait.
- | c | The queue moved quickly.
- | c | My late husband's account needs updating.
- | s | The backlog is cleared and replies go out the same day.
- | c | I stopped replying to the marketing emails.
- | c | I didn't respond to your survey, sorry.
- | c | The refund was processed within a day.
- | c | I've been waiting for this sale all year!
- | c | It arrived a day early.
- | c | I was on hold for less than a minute.
- | c | The wait was worth it for such good food.
- | c | We sat for hours enjoying the view.
- | s | I'll get back to you by Friday with an answer.
- | c | Ten years later I'm still a happy customer.
- | c | The slow cooker arrived and works great.
- | c | I'm still waiting to hear if I got the job, so I'll pay next week.
- | c | I can't wait to use my new card.
- | c | There was no queue at all.
- | c | My late payment fee was waived, thank you.
- | c | If I don't hear from the landlord by Friday I'll call you.
- | c | Months later the sofa still looks brand new.
staff-conduct | c | The agent laughed at me when I asked for help.
staff-conduct | c | She was incredibly rude.
staff-conduct | c | He rolled his eyes and walked off.
staff-conduct | c | The staff were dismissive and condescending.
staff-conduct | c | The manager shouted at me in front of everyone.
staff-conduct | c | The rep hung up on me.
staff-conduct | c | He swore at my wife.
staff-conduct | c | They treated me like a criminal.
staff-conduct | c | The woman at the counter was unbelievably arrogant.
staff-conduct | c | Your agent mocked my accent.
staff-conduct | c | The driver refused to help and told me to get lost.
staff-conduct | c | Staff were chatting among themselves and ignored us.
staff-conduct | c | The receptionist didn't even look up from her phone.
staff-conduct | c | He was sarcastic and talked down to me.
staff-conduct | c | The cashier snapped at my elderly mother.
staff-conduct | c | Nobody bothered to apologise.
staff-conduct | c | The security guard was aggressive for no reason.
staff-conduct | c | I've never been spoken to so disrespectfully.
staff-conduct,excuse | c | The employee smirked and said it wasn't his problem.
staff-conduct | c | The waiter was surly the whole evening.
staff-conduct | c | The advisor kept interrupting me and wouldn't listen.
staff-conduct | c | She called me stupid.
staff-conduct | c | The staff made fun of my disability.
staff-conduct | c | He was patronising and treated me like a child.
staff-conduct | c | The clerk was extremely unprofessional.
staff-conduct | c | The manager was hostile from the start.
staff-conduct | c | The agent lied to me about the fees.
staff-conduct | c | They were so rude I left in tears.
staff-conduct | c | The staff couldn't care less.
staff-conduct | c | She sighed loudly every time I asked a question.
staff-conduct | s | A colleague was rude to the customer and she has complained.
staff-conduct | s | The customer says our agent shouted at him.
staff-conduct | s | One of our team hung up on a caller.
staff-conduct | c | The person on the phone was curt and unhelpful.
staff-conduct | c | Zero manners from the branch staff.
staff-conduct | c | He made a racist comment.
staff-conduct | c | They gave me attitude when I asked for a receipt.
staff-conduct,delay | c | The attendant ignored me for ten minutes while on her phone.
staff-conduct | c | Disgusting attitude from the girl at the till.
staff-conduct | c | The staff were belittling and impatient.
staff-conduct | c | Your rep was downright nasty.
staff-conduct | c | The agent was short with me and clearly didn't want to help.
- | c | Not once was anyone rude to me.
- | c | The staff were never rude, just busy.
- | c | I was rude to the agent and I apologise.
- | s | The customer was rude and swore at our staff.
- | c | The agent was polite and helpful.
- | c | She was incredibly kind.
- | c | The manager laughed with us and made the day fun.
- | c | He rolled out the red carpet for us.
- | c | The staff were so friendly.
- | c | We laughed about the mix-up together.
- | c | No one was unprofessional at any point.
delay | c | I'm not saying the staff were rude, but the wait was long.
- | c | Rude awakening when I saw the bill.
- | c | The waiter was attentive and charming.
- | c | The movie was hilarious, we laughed all night.
- | c | My son was rude to the waiter and the waiter handled it well.
- | c | The customer in front of me was shouting at the staff.
- | c | The other passenger was aggressive.
- | c | The staff could not have been more helpful.
- | c | The driver couldn't have been nicer.
- | c | He listened carefully to everything.
- | c | I hung up on the agent by accident, sorry.
- | c | My husband shouted at the TV during the match.
- | c | The agent was patient even though I was angry.
- | c | I snapped at the agent and felt bad afterwards.
- | s | Our agent stayed calm while the caller shouted.
- | c | Everyone treated me with respect.
- | c | I was treated like royalty.
- | c | There was no attitude at all, just great service.
- | c | The dog was aggressive but the staff calmed it down.
- | c | I ignored the first email, my mistake.
- | c | The security guard was reassuring.
- | c | Never met such a kind receptionist.
- | c | The manager apologised and listened.
- | c | They didn't ignore me at all, they called back fast.
- | c | The crew were charming and professional.
- | c | The rude man in the queue was asked to leave by staff.
- | c | She was a bit quiet but very efficient.
- | c | Staff were polite even though the shop was busy.
- | c | At no point was the agent anything but courteous.
- | s | Your refund has been processed.
- | c | Thanks for the quick help today.
- | c | How do I change my PIN?
- | c | What time does the branch open on Saturday?
- | c | The new app is great.
- | s | Thank you for your message, I've updated your address.
- | s | I'm sorry for the trouble, I've refunded the fee and added a note to your account.
- | c | Lovely service as always.
- | c | Can you send me a copy of my statement?
`;
