// Labelled warning-sign examples, written for Fulcrum (see ./index.ts for the format): internal
// service teams (IT, HR, facilities, finance) and their colleagues, who are their customers;
// hard negatives beside them (requests, thanks, the customer's own workload or mistakes).
export const INTERNAL_SERVICES = `
excuse | s | The laptop order is stuck because procurement hasn't released the budget, nothing I can do from the service desk.
excuse | s | Payroll runs on a vendor platform, so any mistakes there are theirs to fix, not ours.
excuse | s | I can only log it; the network team decides when it gets looked at.
excuse | s | Building access is controlled by security, facilities has no say over badges.
excuse | s | The tool only lets us reset passwords, anything else is beyond what I can do.
excuse | s | HR policy is set by the group, we just pass it on to you.
excuse | s | Sorry, my login doesn't give me rights to change cost centres.
excuse | s | That's a licensing restriction from the supplier, my hands are completely tied.
excuse | c | The service desk said the fault was with the vendor and closed my ticket.
excuse | c | IT told me it's a procurement problem and procurement told me it's an IT problem.
excuse | c | Facilities keep saying the landlord is responsible for the heating, so nobody fixes it.
excuse | c | Every time I ask about my expenses, finance says the approval workflow is out of their control.
excuse | c | The HR adviser said she couldn't do anything because the system had already processed it.
excuse | c | The reply was that the outage was caused by a third party and they couldn't help me.
excuse | c | I was told the policy comes from above and there is no point arguing.
excuse | c | They always have an excuse, this time it was the software update.
blame | s | The account locked because you ignored three password expiry reminders.
blame | s | If you had raised the request through the portal like everyone else, it would be done.
blame | s | Your manager should have approved this weeks ago, that's not on us.
blame | s | The form was rejected because you filled it in wrong, again.
blame | s | You were supposed to book the room yourself, we can't read minds.
blame | s | It's your own fault for not backing up the files.
blame | c | The service desk made out that the virus was my doing.
blame | c | HR acted as if I had forgotten to submit the form, when they lost it.
blame | c | IT told me it was my fault for clicking a link, even though it came from our own finance team.
blame | c | They keep saying I should have read the onboarding pack.
blame | c | Apparently the missing leave days are because I didn't log them properly, which is nonsense.
blame | c | The technician basically called me careless for spilling coffee on a laptop that was already broken.
policy-friction | c | I need three signatures to order a £12 keyboard.
policy-friction | c | The travel policy makes me book the cheapest fare even when it means an overnight stay.
policy-friction | c | You need a ticket for everything, even to borrow a charger.
policy-friction | c | Expenses under £5 still need a scanned receipt and a manager's approval.
policy-friction | c | We aren't allowed to install basic software without a two-week security review.
policy-friction,delay | c | New starters wait a week for a laptop because of the asset approval process.
policy-friction | c | The form asks for the same details I already gave on the last three forms.
policy-friction | c | Changing my bank details for payroll requires a paper form posted to head office.
policy-friction | s | The approval chain for hardware adds about ten days to every request.
policy-friction | s | Half of our tickets are people asking for exceptions to the password rules.
policy-friction | s | The rule that only managers can log requests means staff call us to complain instead.
policy-friction | s | Colleagues keep getting caught out by the new purchase order thresholds.
policy-friction | s | The compliance sign-off step is where most of our requests get stuck.
policy-friction | c | Red tape everywhere, just to get a desk moved.
runaround | c | The service desk sent me to HR, HR sent me to payroll, and payroll sent me back to the service desk.
runaround | c | My ticket has been reassigned between four teams and nobody has touched it.
runaround | c | Every time I chase it, the ticket lands with a different group.
runaround | c | Nobody can tell me whose job it is to fix the meeting room screen.
runaround | c | I've explained the problem to five different engineers now.
runaround | c | Facilities told me to raise it with IT and IT said it was a facilities job.
runaround | c | The ticket gets closed and I have to open a new one and start from scratch.
runaround | c | I keep getting told to log it somewhere else.
runaround | s | The request has been passed between the desktop and network teams all month.
runaround | s | The colleague has been sent back and forth between HR and finance about the same payslip.
runaround | s | No team will take ownership of the printer fleet, so the tickets just get bounced.
overload | s | There are two of us covering the whole helpdesk this week.
overload | s | The queue is growing faster than we can close tickets.
overload | s | We're so stretched that urgent requests are waiting behind routine ones.
overload | s | I haven't taken a lunch break in a fortnight, there's just too much on.
overload | s | Since the restructure, three people are doing the work of six.
overload | s | We're working evenings just to keep the backlog from growing.
overload | s | Half the team is off and the rest of us are drowning in tickets.
overload | s | Honestly, I can't keep up with the number of requests coming in.
overload | c | The IT team is clearly overwhelmed, nobody picks up the phone anymore.
overload | c | The one HR adviser for our site is covering four hundred people.
overload | c | You can tell the facilities team are run off their feet.
overload | c | The poor technician is covering three buildings on his own.
churn-risk | c | We're going to stop using the internal print service and go to an outside supplier.
churn-risk | c | Our department is looking at hiring our own IT contractor instead of using the central desk.
churn-risk | c | Honestly, we've given up on the travel desk and book everything ourselves now.
churn-risk | c | If the canteen doesn't improve, we'll keep ordering from outside.
escalation | c | I'm raising a formal grievance about how this was handled.
escalation | c | I'm copying in the head of IT because this has gone on for too long.
escalation | c | I'd like to take this up with your service manager.
escalation | c | I'm going to raise this with the works council.
escalation | c | I'm reporting this to the director of operations.
escalation | c | I want this escalated to someone who can actually make a decision.
escalation | s | The colleague has asked for her case to go to the head of HR.
escalation | s | He's filed a formal complaint about the service desk with the COO.
escalation | s | The department head is now involved and wants an explanation by Friday.
delay | c | My new starter still doesn't have a laptop after three weeks.
delay | c | The heating in our office has been broken for a month and nobody has come.
delay | c | I raised the ticket on the 2nd and it's still unassigned.
delay | c | My expenses from March still haven't been paid.
delay | c | The access request has been sitting there for ten days.
delay | c | Nobody from HR has answered my question about parental leave.
delay | c | Over a week for a password reset is ridiculous.
delay | c | I've chased the payslip correction three times and heard nothing back.
delay | c | The broken lift was reported in January and it's now April.
delay | c | It took them a month to replace a light bulb.
delay | s | We're behind on access requests by about two weeks.
delay | s | Apologies, your ticket should have been picked up days ago.
delay | s | The colleague has been waiting since the start of the month for a replacement phone.
delay | s | Expense claims are taking six weeks to reimburse at the moment.
staff-conduct | c | The engineer rolled his eyes when I asked him to explain.
staff-conduct | c | The HR adviser was dismissive and cut me off mid-sentence.
staff-conduct | c | The person on the service desk was incredibly condescending.
staff-conduct | c | The facilities manager raised his voice at me in front of my team.
staff-conduct | c | The technician was rude and walked off while I was still talking.
staff-conduct | c | Frankly the way the payroll clerk spoke to me was disrespectful.
staff-conduct | s | A colleague complained that one of our engineers was rude to her.
staff-conduct | s | We've had reports that a member of the team has been short with callers.
- | s | The laptop order has been approved and will ship tomorrow.
- | s | I've reset your password, you should be able to log in now.
- | s | Procurement released the budget this morning, so your order is on its way.
- | s | The network team fixed the outage within the hour.
- | s | We have plenty of capacity this week, so your request will be done today.
- | s | The backlog from last month has been cleared.
- | s | Thanks for your patience, the ticket is now closed.
- | s | If you need anything else, just raise a ticket and we'll pick it up.
- | s | Your manager approved the request, so I've placed the order.
- | s | We are fully staffed again after the holidays.
- | s | Please send the receipt when you have it, there's no rush.
- | s | You should have received a confirmation email from the portal.
- | s | It wasn't your fault at all, the system sent the wrong reminder.
- | s | I've escalated the fault to the supplier and they've already sent a fix.
- | s | The policy was updated so receipts under £10 are no longer needed.
- | c | The engineer was patient and explained everything clearly.
- | c | HR answered my question within an hour, very impressed.
- | c | The service desk transferred me to the right person straight away.
- | c | I'm overwhelmed with work this month, can we move the meeting?
- | c | I was rude to the technician and I've apologised to him.
- | c | I forgot to submit my timesheet, my mistake.
- | c | My team is switching to the new booking system next week.
- | c | We're moving offices in June, please update the delivery address.
- | c | The new laptop arrived the day after I asked for it.
- | c | The heating was fixed the same afternoon.
- | c | Not once has the helpdesk kept me waiting.
- | c | I never had to chase them, they kept me updated.
- | c | The policy on remote working is clear and easy to follow.
- | c | I'm waiting for my manager to sign the form, no problem on your side.
- | c | If the printer breaks again I'll log a ticket.
- | c | If IT can't fix it by Monday, could you lend me a spare laptop?
- | c | The approval came through quickly for once.
- | c | Can you tell me the procedure for booking a meeting room?
- | c | What's the process for claiming mileage?
- | c | The tool doesn't let me export to PDF, is there a setting I'm missing?
- | c | My colleague was transferred to the Leeds office last month.
- | c | I'm leaving the company in June, how do I return my laptop?
- | c | I complained to the landlord about the noise from next door.
- | c | The complaint form on the intranet was easy to use.
- | c | The contractor's van was delayed by traffic but he called ahead to let us know.
- | c | There was a short queue at the canteen, but it moved fast.
`;
