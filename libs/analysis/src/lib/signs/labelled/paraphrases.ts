// Labelled warning-sign examples, written for Fulcrum (see ./index.ts for the format):
// more paraphrases, narrative and short-message styles, and hard negatives.
export const PARAPHRASES = `
excuse | s | I'd like to help, but it's not up to me.
excuse | s | Unfortunately that decision sits with another team, so I can't touch it.
excuse | s | Our computers are down at the moment, so there's no way to check.
excuse | s | The rules come from head office and we just apply them.
excuse | s | I'm just the messenger here.
excuse | s | That's how the system is set up, there's no way around it.
excuse | s | We rely on the courier for that, so it's really down to them.
excuse | s | Honestly, it's a known issue with the software and it isn't our fault.
excuse | s | I don't have access to do that from here.
excuse | s | Legal won't let us say more than that.
excuse | c | The branch blamed the call centre and the call centre blamed the branch.
excuse | c | All I got was "the system won't let me".
excuse | c | He said there was nothing he could do and that it was up to corporate.
excuse | c | The representative stated that she did not have the ability to change it.
excuse | c | They keep hiding behind their policies.
excuse | c | She said the computer had made the decision, not her.
excuse | c | The only explanation given was that it was out of their hands.
excuse | c | They told me it was the underwriter's fault and nothing to do with them.
excuse | c | Every answer was "sorry, that's the procedure".
excuse | c | The agent claimed they had no control over the fees.
- | s | I do have access, so I've updated it for you.
- | c | I can't come in on Tuesday, it's out of my hands because of work.
- | c | It wasn't up to me, my wife booked the tickets.
- | s | That decision is mine, and I've approved it.
- | c | The system at the branch made it quick and easy.
- | c | Our computer at home is down, can you post the statement?
- | c | I just followed the instructions on your website and it worked.
- | s | It was our software's fault, and we have credited your account.
- | c | The rules on the website were easy to find.
- | c | He said there was nothing more to pay, which was a relief.
blame | s | The delay is because you sent the wrong documents.
blame | s | Had you read our email you'd have known about the change.
blame | s | Our records show you agreed to the fee, so that's down to you.
blame | s | The customer clearly didn't bother to check the dates.
blame | s | You'll need to take more care next time.
blame | s | That charge happened because you went over your limit.
blame | c | Their response was basically that I should have read the small print.
blame | c | They acted like the missing payment was my problem.
blame | c | According to the agent, the error happened because of something I did.
blame | c | The rep kept insisting I must have made a mistake.
blame | c | They put it all on me, as if I'd broken the machine.
blame | c | Their letter suggests I failed to provide information, which is untrue.
blame | c | The company is claiming I never notified them, but I did.
blame | c | I was made to feel it was my own fault.
blame | c | They said it was user error.
blame | c | He told me I should have known the rules.
- | s | I'm sorry, you should never have been sent that letter.
- | s | You should have received the code by text, let me resend it.
- | s | You should be getting a refund in the next few days.
- | s | None of this was your fault and we're sorry.
- | c | I admit I made a mistake with the dates.
- | c | The agent said it wasn't my fault and fixed it.
- | s | You were right, our letter was wrong.
- | c | My mistake, I sent the wrong account number.
- | s | You should have had a call back from us, I apologise that you didn't.
- | c | They apologised and admitted it was their error.
policy-friction | c | I had to provide the same documents three times.
policy-friction | c | It's impossible to change anything without visiting a branch in person.
policy-friction | c | They wouldn't bend the rules even once.
policy-friction | c | The process is so convoluted that I gave up.
policy-friction | c | Why does a simple change need a letter signed by a solicitor?
policy-friction | c | They want a utility bill, a passport and a bank statement just to update an email address.
policy-friction | c | The new verification rules are a nightmare.
policy-friction | c | Their terms make it almost impossible to get a refund.
policy-friction | c | Everything needs to go through an approval committee.
policy-friction | s | I've asked for an exception but the rules don't allow one.
policy-friction | s | The customer was frustrated by how many documents we asked for.
policy-friction | s | The approval chain means refunds take three sign-offs.
policy-friction | c | Apparently I need authorisation from the account holder, who is me.
policy-friction | c | Ridiculous that they require a fax in this day and age.
policy-friction | c | The rules are so strict that nobody can help.
policy-friction | c | They asked me to fill in a form to request a form.
- | c | The verification process was quick and painless.
- | c | They didn't need any documents, just my name.
- | s | I've approved the request myself, no form needed.
- | c | The rules are clear and I'm happy to follow them.
- | c | Thanks for sending the form, I've filled it in.
- | c | The approval letter arrived today.
- | s | Please note our policy changed on 1 March.
- | c | Can you tell me what documents I need to bring?
- | c | I received approval for the loan and I'm delighted.
- | c | The form was all done online in minutes.
runaround | c | Nobody takes ownership, they just pass it along.
runaround | c | I've lost count of how many people I've spoken to.
runaround | c | I have contacted them multiple times with no resolution.
runaround | c | Each time I call I have to start from the beginning.
runaround | c | One person says one thing and the next says the opposite.
runaround | c | I was told to contact the merchant, who told me to contact the bank.
runaround | c | Called again today, got a different story again.
runaround | c | I'm being shuffled from one team to another.
runaround | c | It's like talking to a wall, then another wall.
runaround | c | Sent to the app, then to the website, then back to the phone.
runaround | s | The customer said he has called seven times and nobody has sorted it.
runaround | s | This caller has been passed between four departments.
runaround | c | Round and round we go with the same questions.
runaround | c | Every department tells me it's another department's problem.
runaround | c | I've now had to explain my situation to six separate people.
runaround | c | Still no one can tell me who is handling my case.
- | c | Everyone I spoke to gave me the same clear answer.
- | c | They passed me to the right team and it was fixed in minutes.
- | c | I called twice to say thanks.
- | c | The transfer to my savings account was instant.
- | c | Three different staff members helped us and were lovely.
- | c | I spoke to several people and all were helpful.
- | c | The agent passed my compliments to her manager.
- | c | I rang the branch and they knew exactly what to do.
- | c | I've told everyone how good you were.
- | c | We moved between three hotels on our trip and all were great.
overload | s | The team can't cope with the number of calls.
overload | s | We've had three people leave and nobody has replaced them.
overload | s | I've been covering two roles since March.
overload | s | Everyone's running on empty.
overload | s | We are at capacity and new cases are piling up.
overload | s | Honestly there just aren't enough of us.
overload | s | My inbox has hundreds of unanswered emails.
overload | c | The staff looked exhausted and there were clearly too few of them.
overload | c | The single employee on shift was doing everything.
overload | c | Only two tills were open on a Saturday afternoon.
overload | c | The agent said they're drowning in calls this week.
overload | c | The call centre is obviously overwhelmed.
overload | s | The claims team is buried under a mountain of work.
overload | s | We're so busy we can't return calls the same day.
- | s | We have plenty of staff on this week.
- | c | I'm exhausted after a long week, so I'll call tomorrow.
- | s | We've cleared the backlog and are back to normal.
- | c | My workload is crazy, can you email instead?
- | c | The shop had lots of staff and no queues.
- | s | The team has capacity to help, so call any time.
- | c | I was overwhelmed by how kind they were.
- | s | We recruited ten new agents so calls are answered quickly.
- | c | My inbox is full, please send it to my other address.
- | s | We're not short of staff, so I can take my time with your case.
churn-risk | c | I'm moving to a different provider when my contract is up.
churn-risk | c | Why should I stay? I'm off to your competitor.
churn-risk | c | That's the end of my relationship with this bank.
churn-risk | c | I'm pulling all my money out.
churn-risk | c | I've had enough, I'm going elsewhere.
churn-risk | c | I will be closing my accounts with you.
churn-risk | c | I want to terminate my contract.
churn-risk | c | I'm never using this company again.
churn-risk | c | Seriously considering switching after this.
churn-risk | c | My last flight with you, ever.
churn-risk | c | I refuse to give you any more of my money.
churn-risk | c | I'll be cancelling my card and going to a credit union.
churn-risk | s | The customer has asked us to close her account because of the delays.
churn-risk | s | He said he is leaving for another bank.
churn-risk | c | Off to find a company that cares.
churn-risk | c | I'm not renewing, not after this.
- | c | The bank closed my account and won't say why.
- | c | They terminated my contract without warning.
- | c | I'm staying with you because the service is great.
- | c | I want to move my appointment, not cancel it.
- | c | The agent closed the ticket before it was fixed.
- | c | I switched to paperless statements.
- | c | We're moving abroad, how do I keep my account open?
- | c | Your competitor was worse, so I'm glad I stayed.
- | c | They closed the branch near me.
- | c | Please close the old joint account my ex-husband used, and keep mine open.
escalation | c | I'd like to speak to someone more senior, please.
escalation | c | Your manager needs to call me today.
escalation | c | I've opened a case with the financial ombudsman.
escalation | c | I'm filing a complaint with the attorney general.
escalation | c | I'll be talking to a solicitor about this.
escalation | c | I want to make an official complaint about this agent.
escalation | c | I've sent a complaint to the regulator.
escalation | c | This will be all over Twitter by tonight.
escalation | c | I want someone in management to phone me.
escalation | c | I'm taking legal action.
escalation | c | I'm going above your head.
escalation | s | The customer wants to complain to the regulator.
escalation | s | She asked for a manager twice during the call.
escalation | c | I intend to take this to the small claims court.
escalation | c | Give me the details of your complaints procedure.
escalation | c | I'll be reporting this to consumer protection.
- | c | The manager called me back and it's resolved.
- | c | A lawyer for the insurer contacted me about the accident.
- | s | I've escalated this to our senior team and they'll call you.
- | c | The collection agency filed suit against me.
- | c | I'm not going to complain, I just want it fixed.
- | c | My manager gave me the day off to sort this.
- | c | The supervisor was very understanding.
- | s | If you want, I can ask a manager to call you.
- | c | The regulator's website explained my rights clearly.
- | c | The other driver's solicitor wrote to me.
delay | c | It's been a month and nobody has responded.
delay | c | They never got back to me.
delay | c | No one has replied to my complaint.
delay | c | I've been waiting weeks for an answer.
delay | c | My emails go unanswered.
delay | c | The refund still hasn't appeared after 30 days.
delay | c | They keep saying it's coming but it never does.
delay | c | Twenty minutes in the queue and still not served.
delay | c | Over an hour on the phone before anyone picked up.
delay | c | They have not responded to my letters.
delay | c | I'm still waiting for someone to contact me.
delay | c | The case has been open since June with no progress.
delay | c | The company failed to respond within the required time.
delay | c | I was promised an update within 48 hours and heard nothing.
delay | s | We took three weeks to answer her complaint.
delay | s | The customer has been waiting far too long for his refund.
- | c | They got back to me within a day.
- | c | I'm waiting for my husband to get home before I call.
- | c | I received a response the next morning.
- | c | The delivery came two days early.
- | c | Someone replied within minutes.
- | c | We waited for the sale before buying.
- | c | A month later I ordered again, because it was so good.
- | c | I'm not in a hurry, take your time.
- | s | We responded to every email within a day.
- | c | After waiting five minutes I was seen.
staff-conduct | c | The man at the desk laughed in my face.
staff-conduct | c | She was rude from the moment I walked in.
staff-conduct | c | The agent talked to me like I was an idiot.
staff-conduct | c | He raised his voice at me.
staff-conduct | c | The staff were gossiping and ignored the queue.
staff-conduct | c | The advisor was condescending and cut me off.
staff-conduct | c | The lady on the phone was really snotty with me.
staff-conduct | c | He made a sarcastic remark about my age.
staff-conduct | c | The teller refused to even look at me.
staff-conduct | c | Appalling manners from your staff.
staff-conduct | c | The manager was smug and dismissive.
staff-conduct | c | Your employee was abusive on the phone.
staff-conduct | s | A customer complained that our agent was sarcastic.
staff-conduct | s | Our rep was short with the caller and hung up.
staff-conduct | c | They were laughing at me behind the counter.
staff-conduct | c | He was really nasty when I asked for a refund.
- | c | The agent stayed polite even when I lost my temper.
- | c | The staff laughed at my joke.
- | c | The man at the desk was lovely.
- | c | Nobody raised their voice, it was all very calm.
- | c | I was a bit rude myself, to be honest.
- | s | The customer shouted at our agent and we ended the call.
- | c | The manager was kind and patient.
- | c | They were never anything but friendly.
- | c | The teller looked after my elderly father so well.
- | c | The staff couldn't have been more polite.
delay | c | The delivery was a week late.
delay | c | My new card arrived three weeks late.
delay | c | The train was late again this morning.
delay | c | The engineer turned up four hours late.
delay | c | It took them a month to process a simple change.
delay | c | It took two weeks to get an appointment.
delay | c | It took 45 minutes to get through to anyone.
delay | c | They stopped answering my calls.
delay | c | The bank stopped responding to my letters in May.
delay | c | The company failed to respond to my complaint.
delay | c | The servicer never replied to my request.
delay | c | I never heard back from them.
delay | c | Nobody ever got back to me about the refund.
delay | c | I sent three emails and got no response.
delay | c | My messages are being ignored.
delay | c | Still no word on my claim.
delay | c | The payment is still pending after ten days.
delay | c | Waiting on hold for ages, again.
delay | c | Two hours in the queue at the branch.
delay | s | Sorry it has taken us so long to reply.
delay | s | We missed the deadline to respond to her complaint.
delay | s | Refunds are running about a month behind.
blame | s | If you had called us sooner this could have been avoided.
blame | s | The problem is that you didn't read the instructions.
blame | s | You were told about the fee when you signed up.
blame | c | They told me it was my fault the payment bounced.
blame | c | The agent blamed me for the delay.
blame | c | They said it was my responsibility to check.
blame | c | I was accused of not paying, even though I have the receipt.
blame | c | Their reply was that I should have read the terms.
`;
