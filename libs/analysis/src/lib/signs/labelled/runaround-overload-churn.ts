// Labelled warning-sign examples, written for Fulcrum (see ./index.ts for the format).
export const RUNAROUND_OVERLOAD_CHURN = `
runaround | c | I was transferred to four different people and nobody could help.
runaround | c | They keep passing me from one department to another.
runaround | c | Every time I call I get a different answer.
runaround | c | I've explained my problem to five different agents.
runaround | c | They told me to call the branch, and the branch told me to call the helpline.
runaround | c | I'm going round in circles with your customer service.
runaround | c | I've called six times about the same issue.
runaround | c | Nobody seems to know who is responsible, so I get bounced around.
runaround | c | I had to repeat my whole story again to yet another person.
runaround | c | Each agent tells me something different.
runaround | c | The chat sent me to the phone line, and the phone line sent me back to the chat.
runaround | c | This is the fourth time I've contacted you about this.
runaround | c | I've been passed around like a parcel.
runaround,delay | c | Put on hold, transferred, then cut off, three times today.
runaround | c | They said it's a billing issue, billing said it's technical support.
runaround | c | I was told to email, then told emails aren't accepted.
runaround | c | Your staff gave me conflicting information about the refund.
runaround | c | I keep getting redirected to the FAQ page.
runaround | c | I've been sent from pillar to post.
runaround | c | Everyone I speak to says it's someone else's job.
runaround | c | The agent told me to try another department, again.
runaround,delay | c | I've made countless calls and sent dozens of emails.
runaround | c | Why do I have to explain this every single time I call?
runaround,delay | c | They keep promising a call back that never comes, so I call again and start over.
runaround | c | I was told different things by the store and the helpline.
runaround | c | Each time I ring I'm put through to the wrong team.
runaround | c | It's a merry-go-round of transfers.
runaround | c | I spent the whole morning being bounced between departments.
runaround | c | The branch says it's the call centre's job and the call centre says it's the branch's.
runaround | s | The customer has been transferred between three teams already.
runaround | s | She has called us five times and been given different answers each time.
runaround | s | We keep sending customers back and forth between sales and support.
runaround | s | The caller had to explain the issue again to every team.
runaround | s | Nobody owns these cases, so they bounce between departments.
runaround,delay | c | Third email about the same problem and still no real answer.
runaround | c | I got passed along to four people in one call.
runaround | c | I've told my story to so many reps I've lost count.
runaround | c | Not one person has been able to give me the same answer twice.
runaround | c | They keep telling me to reapply, and then the new application gets lost too.
runaround | c | The online form tells me to call, and the phone line tells me to use the online form.
runaround | c | I was transferred, disconnected, and had to start again from scratch.
runaround | c | Nobody can tell me who actually deals with this.
runaround | c | Every person I talk to points me somewhere else.
- | c | The money was transferred to my account yesterday.
- | c | I transferred my points to my partner without any issue.
- | c | The agent transferred me straight to the right person, who fixed it.
- | c | I called once and it was sorted.
- | c | I had an 80 minute transfer at the airport.
- | c | Can I transfer my booking to a different date?
- | s | I've transferred the funds this morning.
- | c | One call and everything was sorted.
- | c | I only had to explain once, thank you.
- | c | She gave me a clear answer straight away.
- | c | I called three times because I kept changing my mind about the colour.
- | c | I've been a customer for five years and recommend you to everyone.
- | c | I spoke to two different agents and both were brilliant.
- | c | The first person I spoke to solved it.
- | c | I passed the phone to my husband who handles the account.
- | c | Each time I call, the staff are lovely.
- | c | The bus goes round in circles around the town centre.
- | s | I'll pass your details to the claims team, who will contact you today.
- | c | My wife and I went back and forth about which plan to pick.
- | c | The transfer fee was clearly shown.
- | c | I have called my mum four times today.
- | c | They put me through to the right department on the first try.
- | c | I asked the same question twice because I forgot the answer, my bad.
- | s | I've transferred your call notes so you won't need to repeat anything.
- | c | Different answers to different questions, all helpful.
- | c | This is my third time ordering from you and it's always great.
- | c | The team worked together so I didn't have to call anyone else.
- | c | I'm writing to confirm my appointment.
- | c | We went round in circles looking for the car park, but the staff helped.
- | c | I sent a second email just to add a photo.
- | c | The bank transfer went through instantly.
- | c | I was transferred to a specialist who knew exactly what to do.
- | c | Two different people helped me and both gave the same answer.
- | c | I asked around and everyone agreed it was a great service.
- | c | Can you pass this message to the manager? She was brilliant.
- | c | I transferred to a new school this year.
- | c | I repeated the order twice to make sure it was right, and it was perfect.
- | c | My call was passed to the fraud team, who sorted it in minutes.
overload | s | We are completely overwhelmed with calls this week.
overload | s | The team is so understaffed that nobody takes lunch breaks.
overload | s | I've worked every weekend this month to keep up.
overload | s | We simply can't keep up with the volume of claims.
overload | s | There's a backlog of 3,000 emails.
overload | s | Half the team is off sick and the rest of us are drowning.
overload | s | My caseload has doubled since two colleagues left.
overload | s | We're short-staffed again, so queues are long.
overload | s | People keep quitting and nobody is replacing them.
overload | s | I'm exhausted, I've been doing twelve-hour shifts.
overload | s | We've got one person covering three desks.
overload | s | The workload is not sustainable.
overload | s | I haven't had a proper break in weeks.
overload | s | We're stretched so thin that mistakes are creeping in.
overload | s | Staff are burning out and morale is low.
overload | s | There's too much work for too few people.
overload,delay | s | We're still working through last month's complaints.
overload | s | I'm answering calls and emails at the same time and can't do either properly.
overload | s | The phones never stop ringing and there are only two of us.
overload | s | Turnover is so high that new staff are training newer staff.
overload | s | I'm doing the job of three people.
overload | s | We don't have enough hands on the floor at lunchtime.
overload,delay | s | Our queue has over 400 open tickets and it grows every day.
overload,delay | s | Sorry for the wait, we are extremely busy and very short of staff.
overload,delay | c | Only one cashier was working and the queue was out the door.
overload | c | The poor girl was on her own running the whole shop.
overload | c | The staff were clearly run off their feet.
overload | c | They're obviously understaffed, you could see it.
overload,delay | c | One person on the desk and thirty people waiting.
overload | c | The agent told me they are swamped with claims.
overload | c | The branch staff said they're down to two people.
overload | c | They admitted they have a huge backlog.
overload | c | The waiter was serving the whole floor on his own.
overload | c | You need to hire more people, your staff can't cope.
overload | s | We've lost four agents this quarter and haven't replaced anyone.
overload | s | I stayed late again to clear my queue.
overload | s | The team is at breaking point.
overload | s | With the new system we have twice the admin and the same number of people.
overload | c | The nurse said they were three staff down tonight.
overload | s | We're drowning in chargeback requests.
overload | s | Everyone is doing overtime just to stand still.
overload | c | The whole call centre seems overloaded.
overload | s | There aren't enough of us to answer the phones.
- | s | The backlog is cleared and we're up to date.
- | s | We're no longer short-staffed since the new hires started.
- | s | The team is fully staffed this week.
- | c | The shop was quiet and the staff had time to chat.
- | c | There were plenty of staff on and no queue.
- | s | I have time to look into this properly for you.
- | c | I work overtime so I can only call after six.
- | c | I'm overwhelmed with gratitude, thank you.
- | c | I'm swamped at work so please email me.
- | c | My husband works weekends so he can't come in.
- | c | I was stressed out about my bills until you helped.
- | s | We hired three new people and waiting times have dropped.
- | c | Plenty of people were working and the line moved fast.
- | s | Our workload is manageable now.
- | c | The staff were relaxed and friendly.
- | s | We caught up on all the outstanding claims.
- | c | I'm so busy I forgot to pay the bill.
- | s | The queue is empty, so I can call you back right away.
- | c | My own backlog of emails is huge, sorry for the late reply.
- | s | Things have calmed down since the sale ended.
- | c | The restaurant was packed but the service was quick.
- | c | I'm drowning in paperwork for my tax return.
- | s | We have enough people on every shift now.
- | c | I have no time to come into the branch.
- | c | My team is understaffed so I can only visit on Saturday.
- | s | Thanks to the extra staff, we answer calls within a minute.
- | c | The store was busy but well organised.
- | s | I'm happy to stay on the line as long as you need.
- | c | It was a busy day but they handled it well.
- | s | We're not overwhelmed at all, please send any questions.
- | c | I burned out last year and needed a quieter job.
- | c | Lots of staff around to help.
- | c | The queue was short.
- | s | We've cleared the queue of refund requests.
- | c | The manager had time to come and talk to us.
- | s | Staff morale is great after the new rota.
- | c | I'm busy next week, can we book for the week after?
- | s | All claims from last month have been processed.
- | c | The short staff meeting was useful.
- | c | I was short of cash, so I paid later.
- | s | The backlog of applications has finally been cleared.
churn-risk | c | I'm switching to another bank.
churn-risk | c | I'll be taking my business elsewhere.
churn-risk | c | I've closed my account and moved to a competitor.
churn-risk | c | Cancel my subscription today, please.
churn-risk | c | I'm done with you people.
churn-risk | c | Never flying with you again.
churn-risk | c | I'm moving my mortgage to a lender who actually answers the phone.
churn-risk | c | After twenty years, I'm leaving.
churn-risk | c | Consider this my notice, I'm cancelling the contract.
churn-risk | c | I'll never shop here again.
churn-risk | c | If this isn't fixed by Friday, I'm closing all my accounts.
churn-risk | c | I've already signed up with your competitor.
churn-risk | c | We're looking for a new supplier.
churn-risk | c | You've lost a loyal customer.
churn-risk | c | Time to find a better provider.
churn-risk | c | I will not be renewing my policy.
churn-risk | c | Please close my account and send me the balance.
churn-risk | c | My family is moving all our accounts to another bank.
churn-risk | c | I won't be coming back.
churn-risk | c | Going to cancel and go with someone else.
churn-risk | c | This is the last straw, I'm out.
churn-risk | c | I'm not renewing when the contract ends.
churn-risk | c | Unless you refund me, I'm taking my money out.
churn-risk | c | Goodbye, I've found a cheaper and better service.
churn-risk | c | I've told my friends to avoid you and I'm leaving too.
churn-risk | c | We'll be ending our membership at the end of the month.
churn-risk | c | Started the switch to a new energy company today.
churn-risk | c | Done. Deleting the app and closing my card.
churn-risk | c | I'm seriously thinking about leaving after this.
churn-risk | c | I'll be transferring my savings to another provider.
churn-risk | s | The customer says she will close her account if the fee isn't refunded.
churn-risk | s | He's threatening to move his business to a competitor.
churn-risk | s | Three customers cancelled their memberships this week over the price rise.
churn-risk | s | The client told us they won't renew the contract.
churn-risk | c | I'd rather pay more elsewhere than deal with this again.
churn-risk | c | You won't see my business again.
churn-risk | c | Why would I stay with a bank that treats me like this? I'm off.
churn-risk | c | I'm out of here as soon as my contract ends.
churn-risk | c | Porting my number to another network tomorrow.
churn-risk | c | That's it, I'm cancelling everything.
churn-risk | c | We will not be using your services again.
churn-risk | c | Looking at other airlines for my next trip.
churn-risk | c | Your rival offered me a better deal and I'm taking it.
- | c | They closed my account without telling me.
- | c | The bank closed my account by mistake.
- | c | I'm not going to cancel, I just want it fixed.
- | c | I would never leave you, you're brilliant.
- | c | The store closed early so I'll come back tomorrow.
- | c | I closed the app and reopened it and it worked.
- | c | I switched to the new card you sent me.
- | c | I'm moving house next month, how do I update my address?
- | c | Can I switch to a cheaper plan with you?
- | c | I'll definitely be coming back again.
- | c | I've been with you for twenty years and I'm staying.
- | s | We've closed the complaint as resolved.
- | c | They cancelled my flight and rebooked me.
- | c | They cancelled my order without asking.
- | c | I left my bag on the train.
- | c | I cancelled the direct debit to the gym, can you confirm it stopped?
- | s | The branch is closing early today for training.
- | c | My old bank was terrible so I switched to you, best decision ever.
- | c | I'm leaving for holiday tomorrow, can you confirm my booking?
- | c | I moved my savings into your fixed rate account.
- | c | Switched my phone off and on and the app works now.
- | c | I'll shop here again for sure.
- | c | We'll be back next year!
- | c | The competitor's offer wasn't as good as yours.
- | c | Your company closed the old branch, so I use the app now.
- | c | I need to close my late father's account.
- | c | Please cancel the duplicate payment, not my membership.
- | s | We won't close your account, don't worry.
- | c | I thought about leaving but the manager fixed everything.
- | c | Is it possible to move my appointment to Thursday?
- | c | I was going to switch but you matched the price, thanks.
- | c | The lender closed my mortgage account once I paid it off.
- | c | My daughter is moving to another school.
- | c | Never had a problem with you before.
- | c | I'm not switching anywhere, I just want an answer.
- | c | The collector closed the account and sent it to a new agency.
- | c | Could you end my trial and move me to the full plan?
- | c | I'll never forget how kind your staff were.
- | c | Looking for a new sofa, do you have any in grey?
- | c | They froze my card and closed the account for fraud checks.
`;
